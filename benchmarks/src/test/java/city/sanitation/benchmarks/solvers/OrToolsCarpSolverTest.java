package city.sanitation.benchmarks.solvers;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.benchmarks.evaluate.CarpEvaluator;
import city.sanitation.benchmarks.evaluate.Evaluation;
import city.sanitation.benchmarks.instance.CarpInstance;
import city.sanitation.benchmarks.instance.CarpReader;
import city.sanitation.benchmarks.run.RepositoryRoot;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OrToolsCarpSolverTest {

    @Test
    void servesEveryRequiredEdgeOnceInTripsWithinTheCapacity() throws Exception {
        Path file = RepositoryRoot.find(Path.of("")).orElseThrow().resolve("benchmarks/data/carp/gdb/gdb1.dat");
        CarpInstance instance = CarpReader.read(file);
        OrToolsSolver solver = new OrToolsSolver();

        SolveOutcome outcome = solver.solve(instance, Duration.ofSeconds(1), 0);

        assertThat(solver.supports(instance)).isTrue();
        Evaluation evaluation = CarpEvaluator.evaluate(instance, outcome.solution());
        assertThat(evaluation.violations()).isEmpty();
        // Each OR-Tools vehicle is one trip, so the evaluator never has to split one.
        assertThat(evaluation.vehicles()).isEqualTo(outcome.solution().routes().size());
        assertThat(evaluation.cost()).isGreaterThanOrEqualTo(316);
    }
}
