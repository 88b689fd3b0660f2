package city.sanitation.planning.split;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReport.Kpis;
import city.sanitation.planning.report.PlanReport.RuleEffect;
import city.sanitation.planning.report.PlanReport.VehicleTypeUtilisation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reports of a district's parts as one report, as a single solve writes it: routes, undone and late work side by
 * side, scores, counts and kilometres added up, the ratios weighted by what they are ratios of. A toilet whose rounds
 * lie in two parts is judged in each part on its own rounds (its gaps across the parts are not checked).
 */
public final class PartReports {

    private PartReports() {}

    public static PlanReport merge(String dataset, List<PlanReport> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(
                    "There are no part reports to merge for (%s).%nMaybe the split gave no parts.".formatted(dataset));
        }
        HardMediumSoftLongScore score = HardMediumSoftLongScore.ZERO;
        boolean feasible = true;
        List<PlanReport.RouteReport> routes = new ArrayList<>();
        List<PlanReport.UnassignedTask> unassigned = new ArrayList<>();
        List<PlanReport.LateTask> late = new ArrayList<>();
        Map<String, RuleEffect> rules = new LinkedHashMap<>();
        for (PlanReport part : parts) {
            score = score.add(HardMediumSoftLongScore.parseScore(part.score()));
            feasible &= part.feasible();
            routes.addAll(part.routes());
            unassigned.addAll(part.unassigned());
            late.addAll(part.late());
            part.rules().forEach(rule -> rules.merge(rule.rule(), rule, PartReports::add));
        }
        PlanReport first = parts.get(0);
        return new PlanReport(
                first.formatVersion(),
                dataset,
                first.horizonStart(),
                score.toString(),
                feasible,
                kpis(parts.stream().map(PlanReport::kpis).toList()),
                routes,
                unassigned,
                late,
                first.setAside(),
                List.copyOf(rules.values()));
    }

    private static RuleEffect add(RuleEffect a, RuleEffect b) {
        List<String> tasks = new ArrayList<>(a.taskIds());
        tasks.addAll(b.taskIds());
        List<String> vehicles = new ArrayList<>(a.vehicleIds());
        vehicles.addAll(b.vehicleIds());
        return new RuleEffect(
                a.rule(),
                a.level(),
                a.count() + b.count(),
                a.amount() + b.amount(),
                a.unit(),
                a.scoreImpact() + b.scoreImpact(),
                a.broken() || b.broken(),
                tasks,
                vehicles);
    }

    static Kpis kpis(List<Kpis> parts) {
        int vehiclesUsed = 0;
        int vehiclesAvailable = 0;
        double kmDriven = 0;
        double kmDeadheaded = 0;
        double kmWashed = 0;
        double water = 0;
        int refills = 0;
        int dumps = 0;
        int cleared = 0;
        int withinSla = 0;
        int overdue = 0;
        int blindSpotsUnassigned = 0;
        int roundsDone = 0;
        int roundsPlanned = 0;
        int gapBreaches = 0;
        long gapOverMinutes = 0;
        int passesDone = 0;
        int passesPlanned = 0;
        long overtime = 0;
        int unassigned = 0;
        long waitingStreet = 0;
        long waitingDepot = 0;
        double deadheadWeighted = 0;
        double washedWeighting = 0;
        double subdistrictsWeighted = 0;
        double washingVehicles = 0;
        long worstLateness = 0;
        int saltReloads = 0;
        Map<String, long[]> utilisation = new TreeMap<>();
        for (Kpis kpis : parts) {
            vehiclesUsed += kpis.vehiclesUsed();
            vehiclesAvailable += kpis.vehiclesAvailable();
            kmDriven += kpis.kmDriven();
            kmDeadheaded += kpis.kmDeadheaded();
            kmWashed += kpis.kmWashed();
            water += kpis.waterUsedM3();
            refills += kpis.refills();
            dumps += kpis.dumps();
            cleared += kpis.blindSpotsCleared();
            withinSla += kpis.blindSpotsClearedWithinSla();
            overdue += kpis.blindSpotsOverdue();
            blindSpotsUnassigned += kpis.blindSpotsUnassigned();
            roundsDone += kpis.toiletRoundsDone();
            roundsPlanned += kpis.toiletRoundsPlanned();
            gapBreaches += kpis.toiletMaxGapBreaches();
            gapOverMinutes += kpis.toiletMaxGapOverMinutes();
            passesDone += kpis.streetPassesDone();
            passesPlanned += kpis.streetPassesPlanned();
            overtime += kpis.overtimeMinutes();
            unassigned += kpis.unassignedTasks();
            waitingStreet += kpis.waitingMinutesOnStreet();
            waitingDepot += kpis.waitingMinutesAtDepot();
            if (kpis.washingDeadheadKmPerKmWashed() != null) {
                // The ratio over the washing vehicles, weighted by the km they washed, gives the ratio of the sums.
                deadheadWeighted += kpis.washingDeadheadKmPerKmWashed() * kpis.kmWashed();
                washedWeighting += kpis.kmWashed();
            }
            if (kpis.subdistrictsPerWashingVehicle() != null) {
                subdistrictsWeighted += kpis.subdistrictsPerWashingVehicle() * kpis.vehiclesUsed();
                washingVehicles += kpis.vehiclesUsed();
            }
            worstLateness = Math.max(worstLateness, kpis.worstLatenessMinutes());
            saltReloads += kpis.saltReloads();
            for (VehicleTypeUtilisation type : kpis.utilisationByVehicleType()) {
                long[] sums = utilisation.computeIfAbsent(type.vehicleTypeId(), id -> new long[4]);
                sums[0] += type.vehiclesAvailable();
                sums[1] += type.vehiclesUsed();
                sums[2] += type.workingMinutes();
                sums[3] += type.shiftMinutes();
            }
        }
        List<VehicleTypeUtilisation> types = new ArrayList<>();
        utilisation.forEach((type, sums) -> types.add(new VehicleTypeUtilisation(
                type, (int) sums[0], (int) sums[1], sums[2], sums[3], sums[3] == 0 ? 0 : (double) sums[2] / sums[3])));
        return new Kpis(
                vehiclesUsed,
                vehiclesAvailable,
                kmDriven,
                kmDeadheaded,
                kmWashed,
                water,
                refills,
                dumps,
                cleared,
                withinSla,
                overdue,
                blindSpotsUnassigned,
                roundsDone,
                roundsPlanned,
                gapBreaches,
                gapOverMinutes,
                passesDone,
                passesPlanned,
                overtime,
                unassigned,
                waitingStreet,
                waitingDepot,
                washedWeighting == 0 ? null : deadheadWeighted / washedWeighting,
                washingVehicles == 0 ? null : subdistrictsWeighted / washingVehicles,
                worstLateness,
                types,
                saltReloads);
    }
}
