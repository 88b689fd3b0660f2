package city.sanitation.benchmarks.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import city.sanitation.benchmarks.run.RepositoryRoot;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.construction.GreedyConstruction;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The district check on the small sample district's first plan, as built and after breaking it on purpose. */
class DistrictEvaluatorTest {

    private static LoadedDataset loaded;
    private static SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager;
    private SanitationPlan plan;
    private List<Task> tasks;

    @BeforeAll
    static void readDataset() {
        loaded = new DatasetReader().read(smallDataset());
        solutionManager = SolutionManager.create(PlanSolverConfig.ofSeconds(1).solverFactory());
    }

    @BeforeEach
    void constructFirstPlan() {
        plan = new ProblemBuilder().build(loaded).plan();
        tasks = List.copyOf(plan.getTasks());
        GreedyConstruction.construct(plan);
        // The construction leaves the routes' schedules to the solver's listener: work them out as a solve would.
        solutionManager.update(plan);
    }

    @Test
    void acceptsTheConstructedPlanAndCountsItsTasks() {
        DistrictEvaluation evaluation = DistrictEvaluator.evaluate(loaded, tasks, plan);

        assertThat(evaluation.violations()).isEmpty();
        long assigned = plan.getRoutes().stream()
                .mapToLong(route -> route.getTasks().size())
                .sum();
        assertThat(evaluation.assigned()).isEqualTo(assigned).isPositive();
        assertThat(evaluation.unassigned()).isEqualTo(tasks.size() - assigned);
        assertThat(evaluation.reportedDeadheadKm()).isGreaterThanOrEqualTo(evaluation.shortestDeadheadKm());
    }

    @Test
    void findsATaskDoneTwice() {
        Route first = usedRoute();
        Route other = plan.getRoutes().stream()
                .filter(route -> route != first)
                .findFirst()
                .orElseThrow();
        other.getTasks().add(first.getTasks().get(0));

        assertThat(DistrictEvaluator.evaluate(loaded, tasks, plan).violations())
                .anyMatch(violation -> violation.startsWith("Task (%s) is assigned more than once"
                        .formatted(first.getTasks().get(0))));
    }

    @Test
    void findsATaskOnAVehicleWithoutItsCapability() {
        Route route = usedRoute();
        Task unfit = tasks.stream()
                .filter(task -> !route.can(task.capability()))
                .findFirst()
                .orElseThrow();
        plan.getRoutes().forEach(any -> any.getTasks().remove(unfit));
        route.getTasks().add(unfit);

        assertThat(DistrictEvaluator.evaluate(loaded, tasks, plan).violations())
                .anyMatch(violation -> violation.contains("cannot do task (%s)".formatted(unfit)));
    }

    private Route usedRoute() {
        return plan.getRoutes().stream().filter(Route::isUsed).findFirst().orElseThrow();
    }

    private static Path smallDataset() {
        Path root = RepositoryRoot.find(Path.of(""))
                .orElseThrow(() -> new IllegalStateException("The tests run outside the repository's checkout."));
        return root.resolve("datasets").resolve("small.json");
    }
}
