package city.sanitation.benchmarks.solvers;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import city.sanitation.benchmarks.evaluate.CarpEvaluator;
import city.sanitation.benchmarks.evaluate.NodeEvaluator;
import city.sanitation.benchmarks.evaluate.RoutingSolution;
import city.sanitation.benchmarks.evaluate.Visit;
import city.sanitation.benchmarks.instance.CarpInstance;
import city.sanitation.benchmarks.instance.CarpReader;
import city.sanitation.benchmarks.instance.DistanceRule;
import city.sanitation.benchmarks.instance.NodeInstance;
import city.sanitation.benchmarks.instance.SolomonReader;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The product's score on a mapped instance agrees with the independent evaluator. */
class ProductPlansTest {

    private static HardMediumSoftLongScore score(SanitationPlan plan) {
        var factory = SolverFactory.<SanitationPlan>create(new ProductSolver().solverConfig(Duration.ofSeconds(1), 0));
        return SolutionManager.<SanitationPlan, HardMediumSoftLongScore>create(factory)
                .update(plan);
    }

    private static Task task(SanitationPlan plan, String id) {
        return plan.getTasks().stream()
                .filter(t -> t.getId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void softScoreIsTheDistanceInTenthsAndLateServiceIsHard() throws Exception {
        NodeInstance instance = SolomonReader.read(
                Path.of(getClass().getResource("/instances/tiny3.txt").toURI()), DistanceRule.TRUNCATED_ONE_DECIMAL);
        SanitationPlan plan = ProductPlans.fromNodes(instance).plan();
        plan.getRoutes().get(0).getTasks().addAll(List.of(task(plan, "customer-1"), task(plan, "customer-2")));
        plan.getRoutes().get(1).getTasks().add(task(plan, "customer-3"));

        HardMediumSoftLongScore feasible = score(plan);

        double cost = NodeEvaluator.evaluate(
                        instance, new RoutingSolution(List.of(List.of(Visit.of(1), Visit.of(2)), List.of(Visit.of(3)))))
                .cost();
        assertThat(feasible).isEqualTo(HardMediumSoftLongScore.of(0, 0, -Math.round(cost * 10)));

        plan.getRoutes().get(0).getTasks().clear();
        plan.getRoutes().get(1).getTasks().clear();
        plan.getRoutes().get(0).getTasks().addAll(List.of(task(plan, "customer-2"), task(plan, "customer-3")));
        plan.getRoutes().get(1).getTasks().add(task(plan, "customer-1"));
        assertThat(score(plan).hardScore()).isNegative();
    }

    @Test
    void carpRouteRefillsAtTheDepotAndCostsDeadheadingOnly() throws Exception {
        CarpInstance instance = CarpReader.read(
                Path.of(getClass().getResource("/instances/tiny4.dat").toURI()));
        SanitationPlan plan = ProductPlans.fromCarp(instance).plan();
        plan.getRoutes()
                .get(0)
                .getTasks()
                .addAll(List.of(task(plan, "edge-0"), task(plan, "edge-1"), task(plan, "edge-2")));

        HardMediumSoftLongScore score = score(plan);

        List<Visit> visits = plan.getRoutes().get(0).getTasks().stream()
                .map(t -> new Visit(
                        Integer.parseInt(t.getId().substring(5)), t.getStop().reversed()))
                .toList();
        double cost = CarpEvaluator.evaluate(instance, new RoutingSolution(List.of(visits)))
                .cost();
        assertThat(score.hardScore()).isZero();
        assertThat(-score.softScore() + instance.requiredServiceCost()).isEqualTo(Math.round(cost));
        assertThat(plan.getRoutes().get(0).getTasks().get(2).getStop().detour()).isNotNull();
    }
}
