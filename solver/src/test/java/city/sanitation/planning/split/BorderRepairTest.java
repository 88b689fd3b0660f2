package city.sanitation.planning.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.solver.SolutionManager;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.construction.GreedyConstruction;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReporter;
import city.sanitation.testsupport.RepositoryFiles;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BorderRepairTest {

    private static LoadedDataset small;
    private static PlanReport partPlan;
    private static Map<String, List<String>> partRoutes;

    @BeforeAll
    static void planTheSmallDistrictGreedilyWithTheLastRouteTaskLeftUndone() throws IOException {
        small = new DatasetReader().read(RepositoryFiles.committedDataset("small.json"));
        SanitationProblem problem = new ProblemBuilder().build(small);
        SanitationPlan plan = problem.plan();
        GreedyConstruction.construct(plan);
        // What a part would leave undone: the last task of the busiest route.
        Route busiest = plan.getRoutes().stream()
                .max((a, b) -> Integer.compare(a.getTasks().size(), b.getTasks().size()))
                .orElseThrow();
        busiest.getTasks().remove(busiest.getTasks().size() - 1);
        partPlan = new PlanReporter(
                        SolutionManager.create(PlanSolverConfig.ofSeconds(1).solverFactoryForAnalysis()))
                .reportWithoutReasons(problem, plan);
        partRoutes = routes(plan);
    }

    @Test
    void restoringPutsEveryTaskOfThePartsOnTheSameVehicleInTheSameOrder() {
        SanitationPlan whole = new ProblemBuilder().build(small).plan();

        int placed = BorderRepair.restore(whole, List.of(partPlan));

        assertThat(routes(whole)).isEqualTo(partRoutes);
        assertThat(placed)
                .isEqualTo(partRoutes.values().stream().mapToInt(List::size).sum());
    }

    @Test
    void whatThePartsLeftUndoneIsOfferedToEveryRouteOfTheWholePlan() {
        SanitationPlan whole = new ProblemBuilder().build(small).plan();
        BorderRepair.restore(whole, List.of(partPlan));
        long undoneBefore =
                whole.getTasks().stream().filter(task -> !isPlaced(whole, task)).count();

        GreedyConstruction.construct(whole);

        long undoneAfter =
                whole.getTasks().stream().filter(task -> !isPlaced(whole, task)).count();
        assertThat(undoneBefore).isPositive();
        assertThat(undoneAfter).isLessThan(undoneBefore);
    }

    @Test
    void aPlanWithTasksAlreadyOnItsRoutesIsRefused() {
        SanitationPlan whole = new ProblemBuilder().build(small).plan();
        BorderRepair.restore(whole, List.of(partPlan));

        assertThatThrownBy(() -> BorderRepair.restore(whole, List.of(partPlan)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Maybe");
    }

    private static boolean isPlaced(SanitationPlan plan, Task task) {
        return plan.getRoutes().stream().anyMatch(route -> route.getTasks().contains(task));
    }

    private static Map<String, List<String>> routes(SanitationPlan plan) {
        return plan.getRoutes().stream()
                .filter(route -> !route.getTasks().isEmpty())
                .collect(Collectors.toMap(
                        Route::getId,
                        route -> route.getTasks().stream().map(Task::getId).toList()));
    }
}
