package city.sanitation.planning.report;

import static city.sanitation.planning.PlanFixtures.HORIZON_START;
import static city.sanitation.planning.PlanFixtures.blindSpot;
import static city.sanitation.planning.PlanFixtures.garbageTruck;
import static city.sanitation.planning.PlanFixtures.pass;
import static city.sanitation.planning.PlanFixtures.plan;
import static city.sanitation.planning.PlanFixtures.route;
import static city.sanitation.planning.PlanFixtures.washer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.timefold.solver.core.api.solver.SolutionManager;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.build.PlanningClock;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.report.PlanReport.Kpis;
import city.sanitation.planning.report.PlanReport.VehicleTypeUtilisation;
import city.sanitation.testsupport.RepositoryFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The realism figures of plan.json on plans small enough to work out by hand, on {@link
 * city.sanitation.planning.PlanFixtures}' straight road: one location step is 1 km and 100 s, a washer washes 2 m/s,
 * shifts last 8 h.
 */
class PlanReporterTest {

    private static final PlanningClock CLOCK = new PlanningClock(HORIZON_START, HORIZON_START.plusDays(1));

    private final PlanReporter reporter = new PlanReporter(
            SolutionManager.create(PlanSolverConfig.ofSeconds(1).solverFactoryForAnalysis()));

    /**
     * Washer w1 washes 1→2 (subdistrict sd-1) and 4→5 (sd-2): it deadheads 0→1, 2→4 and 5→0, 8 km for 2 km washed,
     * busy 100 + 500 + 200 + 500 + 500 s = 30 min. Washer w2 washes 3→4 (sd-1): 3 km out and 4 km back for 1 km, busy
     * 300 + 500 + 400 s = 20 min. Washer w3 stays home. Garbage truck g1 clears b1 at 3 (due at 300 s, done at 900 s:
     * 10 min late), then b2 at 4 (due at 1300 s, done at 1600 s: 5 min late), then dumps at the station (9) on the
     * way home: busy 300 + 600 + 100 + 600 + (500 + 900 + 900) s = 65 min.
     */
    private Kpis kpisOfTheHandMadePlan() {
        List<Route> routes = List.of(
                route(washer("w1"), pass("p1", 1, 2, 1000, "sd-1"), pass("p2", 4, 5, 1000, "sd-2")),
                route(washer("w2"), pass("p3", 3, 4, 1000, "sd-1")),
                route(washer("w3")),
                route(
                        garbageTruck("g1", Set.of()),
                        blindSpot("b1", 3, 1.0, 0, 300, 2),
                        blindSpot("b2", 4, 1.0, 0, 1300, 2)));
        return reporter.report("test", planOf(routes), CLOCK, location -> new double[] {location, 0})
                .kpis();
    }

    @Test
    void washingDeadheadCountsOnlyTheVehiclesThatCanWash() {
        Kpis kpis = kpisOfTheHandMadePlan();

        // (8 + 7) km deadheaded for (2 + 1) km washed; the garbage truck's 18 km are not washing's cost.
        assertThat(kpis.washingDeadheadKmPerKmWashed()).isEqualTo(5.0);
        assertThat(kpis.kmDeadheaded()).isEqualTo(15.0 + 18.0);
    }

    @Test
    void subdistrictsAreCountedPerVehicleThatWashes() {
        // w1 washes in sd-1 and sd-2, w2 in sd-1; w3 and the garbage truck wash nowhere and are not averaged in.
        assertThat(kpisOfTheHandMadePlan().subdistrictsPerWashingVehicle()).isEqualTo(1.5);
    }

    @Test
    void theWorstLatenessIsTheLatestBlindSpots() {
        Kpis kpis = kpisOfTheHandMadePlan();

        assertThat(kpis.blindSpotsOverdue()).isEqualTo(2);
        assertThat(kpis.worstLatenessMinutes()).isEqualTo(10);
    }

    @Test
    void utilisationIsWorkOverTheUsedVehiclesShiftsPerType() {
        assertThat(kpisOfTheHandMadePlan().utilisationByVehicleType())
                .containsExactly(
                        new VehicleTypeUtilisation("garbage-truck", 1, 1, 65, 480, 0.14),
                        new VehicleTypeUtilisation("washer", 3, 2, 50, 960, 0.05));
    }

    @Test
    void aLateBlindSpotSaysSoAsACodeWithItsMinutes() {
        List<Route> routes = List.of(route(garbageTruck("g1", Set.of()), blindSpot("b1", 3, 1.0, 0, 300, 2)));
        PlanReport report = reporter.report("test", planOf(routes), CLOCK, location -> new double[] {location, 0});

        assertThat(report.late()).singleElement().satisfies(late -> {
            assertThat(late.code()).isEqualTo(PlanReport.LateTask.CLEARED_AFTER_DEADLINE);
            assertThat(late.params())
                    .containsEntry("task", "b1")
                    .containsEntry("vehicle", "g1")
                    .containsEntry("minutes", "10")
                    .containsEntry("deadline", "2026-11-28T18:05")
                    .containsEntry("end", "2026-11-28T18:15");
            assertThat(late.reason()).isEqualTo("g1 clears b1 10 min after its deadline (2026-11-28T18:05)");
        });
    }

    @Test
    void withNothingWashedTheWashingFiguresHaveNoValue(@TempDir Path folder) {
        List<Route> routes =
                List.of(route(washer("w1")), route(garbageTruck("g1", Set.of()), blindSpot("b1", 3, 1.0, 0, 3600, 2)));
        PlanReport report = reporter.report("test", planOf(routes), CLOCK, location -> new double[] {location, 0});

        assertThat(report.kpis().washingDeadheadKmPerKmWashed()).isNull();
        assertThat(report.kpis().subdistrictsPerWashingVehicle()).isNull();
        assertThat(report.kpis().worstLatenessMinutes()).isZero();
        assertThat(report.kpis().utilisationByVehicleType())
                .extracting(VehicleTypeUtilisation::vehicleTypeId, VehicleTypeUtilisation::utilisation)
                .containsExactly(tuple("garbage-truck", 0.11), tuple("washer", 0.0));
        PlanReportJson json = new PlanReportJson();
        assertThat(json.toJson(report)).contains("\"washingDeadheadKmPerKmWashed\" : null");
        json.write(report, folder.resolve("plan.json"));
        assertThat(json.read(folder.resolve("plan.json"))).isEqualTo(report);
    }

    @Test
    void aReportToMeasureLooksForNoReasons() {
        SanitationProblem problem =
                new ProblemBuilder().build(new DatasetReader().read(RepositoryFiles.committedDataset("small.json")));
        SanitationPlan nothingPlanned = problem.plan();

        PlanReport report = reporter.reportWithoutReasons(problem, nothingPlanned);

        assertThat(report.unassigned())
                .hasSize(nothingPlanned.getTasks().size())
                .allSatisfy(task -> {
                    assertThat(task.reason()).isEqualTo(PlanReporter.REASON_NOT_LOOKED_FOR);
                    assertThat(task.code()).isEqualTo("NOT_LOOKED_FOR");
                });
        assertThat(report.kpis().unassignedTasks())
                .isEqualTo(nothingPlanned.getTasks().size());
        assertThat(report.kpis().washingDeadheadKmPerKmWashed()).isNull();
    }

    private static SanitationPlan planOf(List<Route> routes) {
        List<Task> tasks = new ArrayList<>();
        routes.forEach(route -> tasks.addAll(route.getTasks()));
        return plan(routes, tasks);
    }
}
