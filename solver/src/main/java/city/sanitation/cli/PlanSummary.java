package city.sanitation.cli;

import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReport.Kpis;
import java.io.PrintWriter;

/** The ten-second read of a plan: score, fleet, kilometres, water, blind spots, toilets, overtime, what is left. */
record PlanSummary(PlanReport report) {

    static final int MAX_LISTED = 15;

    /** A figure that has no value (nothing washed) is a dash, not 0, which would read as a perfect plan. */
    private static String orDash(Double figure) {
        return figure == null ? "–" : "%.2f".formatted(figure);
    }

    void print(PrintWriter out) {
        Kpis kpis = report.kpis();
        out.println();
        out.printf(
                "Plan for %s — score %s (%s)%n",
                report.dataset(), report.score(), report.feasible() ? "feasible" : "NOT feasible: hard rules broken");
        out.printf("  Vehicles used      %d of %d%n", kpis.vehiclesUsed(), kpis.vehiclesAvailable());
        out.printf("  Driven             %.1f km (deadheading %.1f km)%n", kpis.kmDriven(), kpis.kmDeadheaded());
        out.printf(
                "  Washed             %.1f km, %d of %d street passes, water %.1f m³, %d refills%n",
                kpis.kmWashed(),
                kpis.streetPassesDone(),
                kpis.streetPassesPlanned(),
                kpis.waterUsedM3(),
                kpis.refills());
        out.printf(
                "  Washing trucks     %s km deadheaded per km washed, %s subdistricts per washing vehicle%n",
                orDash(kpis.washingDeadheadKmPerKmWashed()), orDash(kpis.subdistrictsPerWashingVehicle()));
        out.printf(
                "  Blind spots        %d cleared (%d within SLA, %d overdue, worst %d min late), %d unassigned,"
                        + " %d dumps%n",
                kpis.blindSpotsCleared(),
                kpis.blindSpotsClearedWithinSla(),
                kpis.blindSpotsOverdue(),
                kpis.worstLatenessMinutes(),
                kpis.blindSpotsUnassigned(),
                kpis.dumps());
        out.printf(
                "  Toilet rounds      %d of %d, %d toilets left past their maximum gap (%d min over)%n",
                kpis.toiletRoundsDone(),
                kpis.toiletRoundsPlanned(),
                kpis.toiletMaxGapBreaches(),
                kpis.toiletMaxGapOverMinutes());
        out.printf("  Overtime           %d min%n", kpis.overtimeMinutes());
        out.printf(
                "  Waiting            %d min on the street, %d min at the depot%n",
                kpis.waitingMinutesOnStreet(), kpis.waitingMinutesAtDepot());
        out.printf(
                "  Utilisation        %s%n",
                String.join(
                        ", ",
                        kpis.utilisationByVehicleType().stream()
                                .map(type -> "%s %.0f %% (%d/%d used)"
                                        .formatted(
                                                type.vehicleTypeId(),
                                                100 * type.utilisation(),
                                                type.vehiclesUsed(),
                                                type.vehiclesAvailable()))
                                .toList()));
        out.printf("  Unassigned tasks   %d%n", kpis.unassignedTasks());
        report.unassigned().stream()
                .limit(MAX_LISTED)
                .forEach(task -> out.printf("    %-22s %s — %s%n", task.taskId(), task.label(), task.reason()));
        if (report.unassigned().size() > MAX_LISTED) {
            out.printf("    ... and %d more in plan.json%n", report.unassigned().size() - MAX_LISTED);
        }
        report.late().stream()
                .limit(MAX_LISTED)
                .forEach(late -> out.printf(
                        "    late %-17s %s finishes %d min after its deadline%n",
                        late.taskId(), late.vehicleId(), late.lateMinutes()));
    }
}
