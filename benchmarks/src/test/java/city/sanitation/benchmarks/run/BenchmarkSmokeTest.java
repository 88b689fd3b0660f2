package city.sanitation.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.sanitation.benchmarks.instance.BestKnown;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The runner's smoke mode, as CI runs it: one Solomon instance, two seconds per solver, peers included. */
class BenchmarkSmokeTest {

    @TempDir
    Path out;

    @Test
    void smokeRunJudgesEverySolverAgainstTheBestKnownValue() throws Exception {
        BenchmarkRunner.Run command = new BenchmarkRunner.Run();
        new CommandLine(command).parseArgs("--suite", "solomon-1", "--smoke", "--out", out.toString());
        BenchmarkRun.Settings settings = command.settings();

        List<ResultRow> rows = BenchmarkRun.execute(
                settings, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        BestKnown bestKnown = BestKnown.read(
                settings.dataRoot().resolve("solomon/bks_distance_only.csv"), "cvrplib_distance", "cvrplib_vehicles");
        assertThat(rows).extracting(ResultRow::solver).containsExactly("product", "ortools", "jsprit");
        for (ResultRow row : rows) {
            double optimum = bestKnown.of(row.instance()).orElseThrow().cost();
            assertThat(row.bestKnown()).isEqualTo(optimum);
            assertThat(row.feasible()).as(row.solver() + " " + row.violations()).isTrue();
            // The distance-only values are proven optima: a feasible solution below one means the evaluator is wrong.
            assertThat(row.cost()).isGreaterThanOrEqualTo(optimum);
            assertThat(row.gapPercent()).isCloseTo(100 * (row.cost() - optimum) / optimum, within(1e-9));
            assertThat(row.vehicles()).isBetween(1, 25);
        }
        assertThat(Files.readAllLines(out.resolve("solomon-1-2s.csv"))).hasSize(1 + rows.size());
        assertThat(Files.readString(out.resolve("solomon-1-2s.md"))).contains("| C1 | product | 1 | 1 |");
        assertThat(out.resolve("solomon-1-2s.png")).isNotEmptyFile();
    }
}
