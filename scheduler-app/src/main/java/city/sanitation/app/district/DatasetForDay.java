package city.sanitation.app.district;

import city.sanitation.dataset.PlanningHorizon;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.BreakRule;
import city.sanitation.fleet.Shift;
import city.sanitation.fleet.Vehicle;
import city.sanitation.task.BlindSpotReport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A district's stored data moved to the day being planned: the horizon, shifts and breaks keep their times of day,
 * and the blind spots are the ledger's open reports rather than those the dataset was imported with.
 */
public final class DatasetForDay {

    private DatasetForDay() {}

    public static SanitationDataset of(SanitationDataset d, LocalDate day, List<BlindSpotReport> openReports) {
        long days = ChronoUnit.DAYS.between(d.horizon().planningDay(), day);
        PlanningHorizon horizon = new PlanningHorizon(
                day,
                d.horizon().timeZone(),
                d.horizon().start().plusDays(days),
                d.horizon().end().plusDays(days));
        List<Vehicle> vehicles = d.vehicles().stream()
                .map(vehicle -> new Vehicle(
                        vehicle.id(),
                        vehicle.name(),
                        vehicle.typeId(),
                        vehicle.depotId(),
                        new Shift(
                                vehicle.shift().start().plusDays(days),
                                vehicle.shift().end().plusDays(days),
                                vehicle.shift().hardEnd().plusDays(days)),
                        vehicle.breaks().stream()
                                .map(rule -> new BreakRule(
                                        rule.earliestStart().plusDays(days),
                                        rule.latestEnd().plusDays(days),
                                        rule.duration()))
                                .toList(),
                        vehicle.skills()))
                .toList();
        LocalDateTime horizonEnd = horizon.end();
        List<BlindSpotReport> reports = openReports.stream()
                .filter(report -> report.reportedAt().isBefore(horizonEnd))
                .toList();
        return new SanitationDataset(
                d.formatVersion(),
                d.name(),
                horizon,
                d.roadNetwork(),
                d.osmSource(),
                d.territories(),
                d.depots(),
                d.hydrants(),
                d.transferStations(),
                d.vehicleTypes(),
                vehicles,
                d.washingRequirements(),
                d.washingWindowRules(),
                reports,
                d.toilets(),
                d.constraintWeights());
    }
}
