package city.sanitation.benchmarks.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.benchmarks.instance.DistanceRule;
import city.sanitation.benchmarks.instance.NodeInstance;
import city.sanitation.benchmarks.instance.SolomonReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeEvaluatorTest {

    private static NodeInstance tiny() throws Exception {
        return SolomonReader.read(
                Path.of(NodeEvaluatorTest.class
                        .getResource("/instances/tiny3.txt")
                        .toURI()),
                DistanceRule.TRUNCATED_ONE_DECIMAL);
    }

    private static RoutingSolution routes(int[]... routes) {
        return new RoutingSolution(Arrays.stream(routes)
                .map(route -> Arrays.stream(route).mapToObj(Visit::of).toList())
                .toList());
    }

    @Test
    void feasibleSolutionCostsTheSumOfItsTruncatedArcs() throws Exception {
        // 0-1-2-0: 5 + 5 + 10 (waiting at 2 for its ready time 20 costs nothing); 0-3-0: 10 + 10
        Evaluation evaluation = NodeEvaluator.evaluate(tiny(), routes(new int[] {1, 2}, new int[] {3}));

        assertThat(evaluation.violations()).isEmpty();
        assertThat(evaluation.cost()).isCloseTo(40.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(evaluation.vehicles()).isEqualTo(2);
    }

    @Test
    void truncationRuleAppliesToEveryArc() throws Exception {
        // 0-1 5, 1-3 sqrt(45) = 6.7, 3-2 sqrt(40) = 6.3, 2-0 10: 28.0, whereas exact arcs would add up to 28.03
        Evaluation evaluation = NodeEvaluator.evaluate(tiny(), routes(new int[] {1, 3, 2}));

        assertThat(evaluation.cost()).isCloseTo(28.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void overloadedRouteIsInfeasible() throws Exception {
        Evaluation evaluation = NodeEvaluator.evaluate(tiny(), routes(new int[] {1, 3, 2}));

        assertThat(evaluation.feasible()).isFalse();
        assertThat(evaluation.violations()).containsExactly("route 0 carries 30 over capacity 20");
    }

    @Test
    void serviceStartedAfterTheDueDateIsInfeasible() throws Exception {
        // 0-2 arrives at 10, waits to 20, leaves at 25, reaches 3 at 31.3 > due 30
        Evaluation evaluation = NodeEvaluator.evaluate(tiny(), routes(new int[] {2, 3}, new int[] {1}));

        assertThat(evaluation.violations()).singleElement().asString().contains("customer 3 at 31.30 after its due");
    }

    @Test
    void missingAndRepeatedCustomersAndTooManyRoutesAreInfeasible() throws Exception {
        Evaluation evaluation = NodeEvaluator.evaluate(tiny(), routes(new int[] {1}, new int[] {1}, new int[] {2}));

        assertThat(evaluation.violations())
                .containsExactlyInAnyOrder(
                        "customer 1 is served 2 times", "customer 3 is served 0 times", "3 routes for 2 vehicles");
    }

    @Test
    void emptyRoutesAreNotCountedAsVehicles() throws Exception {
        Evaluation evaluation = NodeEvaluator.evaluate(
                tiny(),
                new RoutingSolution(List.of(List.of(), List.of(Visit.of(1), Visit.of(2)), List.of(Visit.of(3)))));

        assertThat(evaluation.vehicles()).isEqualTo(2);
        assertThat(evaluation.feasible()).isTrue();
    }
}
