package city.sanitation.app.district;

import city.sanitation.dataset.PlanningHorizon;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.BreakRule;
import city.sanitation.fleet.Shift;
import city.sanitation.fleet.Vehicle;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.WashingRequirement;
import city.sanitation.weather.DistrictWeather;
import city.sanitation.weather.Forecast;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A district's stored data moved to the day being planned: the horizon, shifts and breaks keep their times of day,
 * and the blind spots are the ledger's open reports rather than those the dataset was imported with. The district's
 * newest forecast (stored apart, from the API or the weather source) is used when it covers the day's horizon, else the
 * dataset's own when that does; with neither the day is planned without weather.
 */
public final class DatasetForDay {

    private DatasetForDay() {}

    /**
     * @param lastWashed per washing requirement, the last day crews washed it, when later than the data says
     * @param vehiclesOff the vehicles and crews that do not work that day
     * @param newestForecast the district's forecast stored apart from its data; {@link Forecast#NONE} when none
     */
    public static SanitationDataset of(
            SanitationDataset d,
            LocalDate day,
            List<BlindSpotReport> openReports,
            Map<String, LocalDate> lastWashed,
            Set<String> vehiclesOff,
            Forecast newestForecast) {
        long days = ChronoUnit.DAYS.between(d.horizon().planningDay(), day);
        PlanningHorizon horizon = new PlanningHorizon(
                day,
                d.horizon().timeZone(),
                d.horizon().start().plusDays(days),
                d.horizon().end().plusDays(days));
        List<Vehicle> vehicles = d.vehicles().stream()
                .filter(vehicle -> !vehiclesOff.contains(vehicle.id()))
                .map(vehicle -> new Vehicle(
                        vehicle.id(),
                        vehicle.name(),
                        vehicle.typeId(),
                        vehicle.depotId(),
                        new Shift(
                                vehicle.shift().start().plusDays(days),
                                vehicle.shift().end().plusDays(days),
                                vehicle.shift().hardEnd().plusDays(days),
                                vehicle.shift().latestStart() == null
                                        ? null
                                        : vehicle.shift().latestStart().plusDays(days)),
                        vehicle.breaks().stream()
                                .map(rule -> new BreakRule(
                                        rule.earliestStart().plusDays(days),
                                        rule.latestEnd().plusDays(days),
                                        rule.duration()))
                                .toList(),
                        vehicle.skills(),
                        vehicle.homeTerritories(),
                        vehicle.homeTerritoriesStrict()))
                .toList();
        LocalDateTime horizonEnd = horizon.end();
        List<BlindSpotReport> reports = openReports.stream()
                .filter(report -> report.reportedAt().isBefore(horizonEnd))
                .toList();
        return d.toBuilder()
                .horizon(horizon)
                .vehicles(vehicles)
                .washingRequirements(d.washingRequirements().stream()
                        .map(requirement -> washedLater(requirement, lastWashed.get(requirement.id())))
                        .toList())
                .blindSpots(reports)
                .weather(weather(d.weather(), newestForecast, horizon))
                .build();
    }

    /** The weather rules hold every day; a forecast only for the days it covers, never shifted to another date. */
    private static DistrictWeather weather(DistrictWeather stored, Forecast newest, PlanningHorizon horizon) {
        Forecast covering = newest.covering(horizon.start(), horizon.end());
        return covering.isEmpty() ? stored.forPeriod(horizon.start(), horizon.end()) : stored.withForecast(covering);
    }

    private static WashingRequirement washedLater(WashingRequirement requirement, LocalDate washed) {
        if (washed == null || (requirement.lastDone() != null && !washed.isAfter(requirement.lastDone()))) {
            return requirement;
        }
        return new WashingRequirement(
                requirement.id(),
                requirement.segmentId(),
                requirement.direction(),
                requirement.passes(),
                requirement.frequency(),
                requirement.capability(),
                washed);
    }
}
