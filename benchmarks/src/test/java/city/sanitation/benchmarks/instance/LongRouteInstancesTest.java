package city.sanitation.benchmarks.instance;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.benchmarks.evaluate.Evaluation;
import city.sanitation.benchmarks.evaluate.NodeEvaluator;
import city.sanitation.benchmarks.instance.LongRouteInstances.LongRouteInstance;
import city.sanitation.benchmarks.run.Suite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongRouteInstancesTest {

    private static final Suite SUITE = Suite.LONG_ROUTES;

    private static List<Path> files() {
        return SUITE.instanceFiles(Suite.findDataRoot(Path.of("")));
    }

    @Test
    void suiteHoldsEveryClassAtBothSizes() {
        List<String> classes = files().stream()
                .map(file -> SUITE.classOf(SUITE.instanceName(file)))
                .distinct()
                .sorted()
                .toList();

        assertThat(classes).containsExactly("C-100", "C-200", "R-100", "R-200", "RC-100", "RC-200");
        assertThat(files()).hasSize(18);
    }

    @Test
    void sameSourceGivesTheSameInstance() throws Exception {
        for (Path file : files()) {
            NodeInstance first = ((NodeInstance) SUITE.read(file));
            NodeInstance second = ((NodeInstance) SUITE.read(file));

            assertThat(second.name()).isEqualTo(SUITE.instanceName(file));
            assertThat(second.ready()).isEqualTo(first.ready());
            assertThat(second.due()).isEqualTo(first.due());
            assertThat(second.capacity()).isEqualTo(first.capacity());
            assertThat(second.maxVehicles()).isEqualTo(first.maxVehicles());
        }
    }

    @Test
    void everyInstanceIsFeasibleWithItsFleetAndItsRoutesAreLong() throws Exception {
        for (Path file : files()) {
            NodeInstance source = SolomonReader.read(file, DistanceRule.TRUNCATED_ONE_DECIMAL);
            LongRouteInstance generated = LongRouteInstances.widen(source);
            NodeInstance instance = generated.instance();

            Evaluation witness = NodeEvaluator.evaluate(instance, generated.witness());

            assertThat(witness.violations()).as(instance.name()).isEmpty();
            assertThat(instance.maxVehicles()).as(instance.name()).isLessThan(source.maxVehicles() / 2);
            double stopsPerRoute = (double) instance.customerCount()
                    / generated.witness().routes().size();
            assertThat(stopsPerRoute).as(instance.name()).isBetween(25.0, 100.0);
            for (int c = 1; c <= instance.customerCount(); c++) {
                assertThat(instance.due()[c] - instance.ready()[c])
                        .as("the window of customer %d of %s", c, instance.name())
                        .isGreaterThanOrEqualTo(source.due()[c] - source.ready()[c]);
            }
        }
    }
}
