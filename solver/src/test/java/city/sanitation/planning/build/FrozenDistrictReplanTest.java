package city.sanitation.planning.build;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.fleet.Capability;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.PlanningService;
import city.sanitation.planning.construction.GreedyConstruction;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReporter;
import city.sanitation.testsupport.RepositoryFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small district re-planned under a forecast below freezing all day: no water goes on a street; every street is
 * swept by a vehicle that can sweep, or, in a fleet without one, waits for its next due day with the reason in words.
 */
class FrozenDistrictReplanTest {

    private static LoadedDataset small;

    @TempDir
    Path folder;

    @BeforeAll
    static void read() {
        small = new DatasetReader().read(RepositoryFiles.committedDataset("small.json"));
    }

    private static PlanningService service() {
        // Seeded, with a step budget: the same plan however busy the machine is.
        return new PlanningService(
                new PlanSolverConfig(Duration.ofMinutes(2), 3L, EnvironmentMode.PHASE_ASSERT, 0).withStepLimit(50));
    }

    @Test
    void aFrozenDayUsesNoWaterAndSweepsEveryStreet() throws IOException {
        SanitationProblem warm = new ProblemBuilder().build(small);
        SanitationProblem frozen = new ProblemBuilder().build(WeatherPassesTest.frozen(small));
        PlanningService service = service();

        GreedyConstruction.construct(warm.plan());
        PlanReport warmReport = new PlanReporter(service.solutionManager()).reportWithoutReasons(warm, warm.plan());
        SanitationPlan solved = service.solve(frozen, event -> {});
        PlanReport report = service.report(frozen, solved);

        assertThat(warmReport.kpis().waterUsedM3())
                .as("water used on a mild day's first plan")
                .isPositive();
        assertThat(solved.getScore().isFeasible()).isTrue();
        assertThat(report.kpis().waterUsedM3()).isZero();
        assertThat(report.kpis().refills()).isZero();
        for (Route route : solved.getRoutes()) {
            for (Task task : route.getTasks()) {
                if (task.getKind() == TaskKind.STREET_PASS) {
                    assertThat(route.can(Capability.SWEEPING))
                            .as(task + " on " + route)
                            .isTrue();
                    assertThat(task.getProblem().usesWater()).isFalse();
                }
            }
        }
        assertThat(report.unassigned()).noneMatch(undone -> undone.taskKind().equals(TaskKind.STREET_PASS.name()));
    }

    @Test
    void withoutASweeperTheFrozenStreetsAreDeferredWithTheirReason() {
        Set<String> sweepers = small.dataset().vehicleTypes().stream()
                .filter(type -> type.can(Capability.SWEEPING))
                .map(type -> type.id())
                .collect(Collectors.toSet());
        LoadedDataset noSweepers = WeatherPassesTest.frozen(
                new LoadedDataset(WeatherPassesTest.withoutVehiclesOf(small.dataset(), sweepers), small.placements()));
        SanitationProblem problem = new ProblemBuilder().build(noSweepers);
        PlanningService service = service();

        SanitationPlan solved = service.solve(problem, event -> {});
        PlanReport report = service.report(problem, solved);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(report.kpis().waterUsedM3()).isZero();
        assertThat(report.kpis().streetPassesDone()).isZero();
        long deferred = problem.plan().getTasks().stream()
                .filter(task -> task.getProblem().deferredByWeather())
                .count();
        assertThat(deferred).isPositive();
        assertThat(report.unassigned())
                .filteredOn(undone -> "WEATHER_DEFERRED_TOO_COLD".equals(undone.code()))
                .hasSize((int) deferred)
                .allSatisfy(undone -> {
                    assertThat(undone.params())
                            .containsEntry("cause", "TOO_COLD")
                            .containsEntry("temperatureC", "-8")
                            .containsEntry("minimumC", "3")
                            .containsEntry("deferredTo", "2026-11-29");
                    assertThat(undone.reason())
                            .matches("too cold to wash at \\d\\d:00 \\(\u22128 °C, washing needs ≥ 3 °C\\); deferred to"
                                    + " 2026-11-29");
                });
    }
}
