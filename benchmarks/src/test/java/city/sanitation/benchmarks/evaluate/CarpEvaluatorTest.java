package city.sanitation.benchmarks.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.benchmarks.instance.CarpInstance;
import city.sanitation.benchmarks.instance.CarpReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarpEvaluatorTest {

    // Square 1-2-3-4 with required edges 1-2 (cost 2, demand 3), 2-3 (3, 2), 3-4 (4, 4), and 1-4 (1) to deadhead on.
    private static CarpInstance tiny() throws Exception {
        return CarpReader.read(Path.of(
                CarpEvaluatorTest.class.getResource("/instances/tiny4.dat").toURI()));
    }

    @Test
    void shortestPathsUseNonRequiredEdgesToo() throws Exception {
        long[][] shortest = CarpEvaluator.shortestPaths(tiny());

        assertThat(shortest[4][1]).isEqualTo(1);
        assertThat(shortest[3][1]).isEqualTo(5);
        assertThat(shortest[2][4]).isEqualTo(3);
    }

    @Test
    void routeReloadsAtTheDepotWhenTheNextEdgeWouldNotFit() throws Exception {
        // serve 1-2, 2-3 (load 5), back 3-1 (5) to unload, 1-4 (1), serve 4-3, back 3-1 (5)
        RoutingSolution solution =
                new RoutingSolution(List.of(List.of(new Visit(0, false), new Visit(1, false), new Visit(2, true))));

        Evaluation evaluation = CarpEvaluator.evaluate(tiny(), solution);

        assertThat(evaluation.violations()).isEmpty();
        assertThat(evaluation.cost()).isEqualTo(20.0);
        assertThat(evaluation.vehicles()).isEqualTo(2);
    }

    @Test
    void directionMattersForDeadheading() throws Exception {
        // 3-4 served forwards from the depot: 1-4-3 deadhead (5), serve to 4, back 4-1 (1)
        RoutingSolution forwards = new RoutingSolution(
                List.of(List.of(new Visit(0, false), new Visit(1, false)), List.of(new Visit(2, false))));
        RoutingSolution backwards = new RoutingSolution(
                List.of(List.of(new Visit(0, false), new Visit(1, false)), List.of(new Visit(2, true))));

        assertThat(CarpEvaluator.evaluate(tiny(), forwards).cost()).isEqualTo(10.0 + 10.0);
        assertThat(CarpEvaluator.evaluate(tiny(), backwards).cost()).isEqualTo(10.0 + 10.0);
        RoutingSolution wrongWay = new RoutingSolution(
                List.of(List.of(new Visit(0, true), new Visit(1, false)), List.of(new Visit(2, true))));
        // 1-2 served backwards: deadhead 1-2 (2), serve 2-1 (2), deadhead 1-2 (2), serve 2-3 (3), back 3-1 (5)
        assertThat(CarpEvaluator.evaluate(tiny(), wrongWay).cost()).isEqualTo(14.0 + 10.0);
    }

    @Test
    void unservedAndTwiceServedEdgesAreInfeasible() throws Exception {
        RoutingSolution solution =
                new RoutingSolution(List.of(List.of(new Visit(0, false)), List.of(new Visit(0, true))));

        assertThat(CarpEvaluator.evaluate(tiny(), solution).violations())
                .containsExactlyInAnyOrder(
                        "edge 0 is served 2 times", "edge 1 is served 0 times", "edge 2 is served 0 times");
    }
}
