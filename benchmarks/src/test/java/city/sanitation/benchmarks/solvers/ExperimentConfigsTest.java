package city.sanitation.benchmarks.solvers;

import static org.assertj.core.api.Assertions.assertThatCode;

import ai.timefold.solver.core.api.solver.SolverFactory;
import city.sanitation.planning.domain.SanitationPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every configuration kept for {@code --product-config} (benchmarks/README.md) still builds a solver: a property renamed
 * or dropped in the solver would otherwise surface only when someone repeats a measurement.
 */
class ExperimentConfigsTest {

    private static final Path CONFIGS = Path.of("src/main/resources/city/sanitation/benchmarks/configs");

    static List<String> configs() throws IOException {
        try (Stream<Path> files = Files.list(CONFIGS)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".xml"))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("configs")
    void buildsASolver(String file) {
        ProductSolver solver = new ProductSolver(file, "city/sanitation/benchmarks/configs/" + file);

        assertThatCode(() -> SolverFactory.<SanitationPlan>create(solver.solverConfig(Duration.ofSeconds(1), 0))
                        .buildSolver())
                .doesNotThrowAnyException();
    }
}
