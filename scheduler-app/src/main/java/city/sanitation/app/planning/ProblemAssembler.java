package city.sanitation.app.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import city.sanitation.app.district.DatasetDocuments;
import city.sanitation.app.district.DatasetForDay;
import city.sanitation.app.district.VehicleDaysOff;
import city.sanitation.app.ledger.BlindSpotLedger;
import city.sanitation.app.weather.DistrictForecasts;
import city.sanitation.app.weather.ForecastSnapshots;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.report.PlanGeoJson;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReporter;
import city.sanitation.weather.Forecast;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds a day's problem from the stored data and the ledger, and turns solved plans into stored documents. */
@Component
class ProblemAssembler {

    private final DatasetDocuments documents;
    private final BlindSpotLedger ledger;
    private final SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager;
    private final PlanDocuments planDocuments;
    private final StreetsWashed streetsWashed;
    private final VehicleDaysOff daysOff;
    private final PlanRepository plans;
    private final DayDataReader dayData;
    private final DistrictForecasts forecasts;
    private final ForecastSnapshots snapshots;

    ProblemAssembler(
            DatasetDocuments documents,
            BlindSpotLedger ledger,
            SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager,
            PlanDocuments planDocuments,
            StreetsWashed streetsWashed,
            VehicleDaysOff daysOff,
            PlanRepository plans,
            DayDataReader dayData,
            DistrictForecasts forecasts,
            ForecastSnapshots snapshots) {
        this.documents = documents;
        this.ledger = ledger;
        this.solutionManager = solutionManager;
        this.planDocuments = planDocuments;
        this.streetsWashed = streetsWashed;
        this.daysOff = daysOff;
        this.plans = plans;
        this.dayData = dayData;
        this.forecasts = forecasts;
        this.snapshots = snapshots;
    }

    /**
     * The plan's day as a problem on a version of the district's data: the open ledger reports, and those the plan's
     * crews have already started or finished (a re-plan during the day keeps them in their routes). An item that
     * cannot be planned is set aside with its reason and the rest is planned; only bad core data fails.
     */
    SanitationProblem build(Plan plan, long datasetVersionId) {
        String districtId = plan.districtId();
        LocalDate date = plan.planDate();
        String name = "district " + districtId + " on " + date;
        DayDataReader.StoredVersion version = dayData.version(datasetVersionId, name);
        SanitationDataset stored = version.loaded().dataset();
        Set<String> reported = plans.crewProgress(plan.id()).values().stream()
                .flatMap(Set::stream)
                .collect(Collectors.toSet());
        SanitationDataset day = DatasetForDay.of(
                stored,
                date,
                ledger.reportsForPlan(districtId, reported),
                streetsWashed.lastWashedBefore(districtId, date, stored),
                daysOff.offOn(districtId, date),
                forecastOf(plan));
        return new ProblemBuilder().build(dayData.day(version, day, name));
    }

    /** A what-if plan's own forecast; any other plan's is the district's newest (when it covers the day). */
    private Forecast forecastOf(Plan plan) {
        return plan.whatIfForecast() != null
                ? snapshots.forecast(plan.whatIfForecast())
                : forecasts.newest(plan.districtId());
    }

    /** Rebuilds a stored assignment on its data, with every derived stop and the score. */
    SanitationPlan restore(SanitationProblem problem, PlanAssignment assignment) {
        SanitationPlan plan = problem.plan();
        assignment.applyTo(plan);
        solutionManager.update(plan);
        return plan;
    }

    StoredPlan documents(SanitationProblem problem, SanitationPlan solved) {
        PlanReport report = new PlanReporter(solutionManager).report(problem, solved);
        return new StoredPlan(
                report.score(),
                report.feasible(),
                (int) report.rulesBroken(),
                planDocuments.write(PlanAssignment.of(solved)),
                planDocuments.write(report),
                new PlanGeoJson().toGeoJson(problem, solved).toString(),
                // The forecast the day's problem was built with, as it shaped the passes (trimmed to the day).
                snapshots.store(problem.source().dataset().weather().forecast()).orElse(null));
    }

    /**
     * A solved plan as stored: its documents, and what the version list shows without reading them.
     *
     * @param forecastDigest the stored forecast it was planned with; null when its day had none
     */
    record StoredPlan(
            String score,
            boolean feasible,
            int rulesBroken,
            String assignment,
            String report,
            String geojson,
            String forecastDigest) {}
}
