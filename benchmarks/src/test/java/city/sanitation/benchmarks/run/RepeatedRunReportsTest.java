package city.sanitation.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A run that solves every instance once per seed reports each class's mean over all results and the spread of the
 * class mean between seeds; the long-route reference is the best of every seed.
 */
class RepeatedRunReportsTest {

    @TempDir
    Path out;

    @Test
    void classMeanIsOverEverySeedAndItsSpreadIsTheSeedsLowestAndHighestMean() throws Exception {
        List<ResultRow> rows = List.of(
                row("R101", "product", 1, 100, 100),
                row("R102", "product", 1, 102, 100),
                row("R101", "product", 2, 103, 100),
                row("R102", "product", 2, 105, 100),
                row("R101", "jsprit", 1, 101, 100),
                row("R102", "jsprit", 1, 101, 100),
                row("R101", "jsprit", 2, 101, 100),
                row("R102", "jsprit", 2, 101, 100));

        Reports.ClassSummary product = Reports.summarise(rows).get(0);

        assertThat(product.solver()).isEqualTo("product");
        assertThat(product.instances()).isEqualTo(2);
        assertThat(product.feasible()).isEqualTo(4);
        assertThat(product.seeds()).isEqualTo(2);
        assertThat(product.meanGap()).isCloseTo(2.5, within(1e-9));
        assertThat(product.worstGap()).isCloseTo(5.0, within(1e-9));
        assertThat(product.lowestSeedMeanGap()).isCloseTo(1.0, within(1e-9));
        assertThat(product.highestSeedMeanGap()).isCloseTo(4.0, within(1e-9));

        Reports reports = new Reports(out, "solomon-1", Duration.ofSeconds(10));
        reports.writeAll(rows);
        List<String> csv = Files.readAllLines(out.resolve("solomon-1-10s.csv"));
        assertThat(csv).hasSize(1 + rows.size());
        assertThat(csv.get(0)).startsWith("suite,instance,class,solver,seed,cost,");
        assertThat(csv.get(3)).startsWith("solomon-1,R101,R1,product,2,103.0,");
        String markdown = Files.readString(out.resolve("solomon-1-10s.md"));
        assertThat(markdown)
                .contains("| R1 | product | 2 | 4 | 2.50 | 5.00 | 2 | 1.00 – 4.00 |")
                .contains("| R1 | jsprit | 2 | 4 | 1.00 | 1.00 | 2 | 1.00 – 1.00 |")
                .contains("| R102 | 2 | 100.0 | 105.0 | 3 | 5.00 |");
    }

    @Test
    void runOfOneSeedKeepsTheReportItHadWithoutSeedColumns() throws Exception {
        List<ResultRow> rows = List.of(row("R101", "product", 7, 101, 100), row("R101", "jsprit", 7, 102, 100));

        String markdown = new Reports(out, "solomon-1", Duration.ofSeconds(10)).markdown(rows);

        assertThat(markdown)
                .contains("| R1 | product | 1 | 1 | 1.00 | 1.00 | 3.0 | 1.0 |")
                .doesNotContain("seed");
        assertThat(Reports.summarise(rows).get(0).lowestSeedMeanGap()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void longRouteReferenceIsTheBestOfEverySeed() {
        List<ResultRow> rows = List.of(
                row("C101-long", "product", 1, 850, 840),
                row("C101-long", "product", 2, 830, 840),
                row("C101-long", "jsprit", 1, 845, 840));

        List<ResultRow> rebased = BestOfRun.rebase(rows);

        assertThat(rebased).extracting(ResultRow::bestKnown).containsOnly(830.0);
        assertThat(rebased).extracting(ResultRow::seed).containsExactly(1L, 2L, 1L);
        assertThat(rebased.get(0).gapPercent()).isCloseTo(100.0 * 20 / 830, within(1e-9));
    }

    @Test
    void repeatsGiveConsecutiveSeedsAndMustBePositive() {
        BenchmarkRunner.Run command = new BenchmarkRunner.Run();
        new CommandLine(command)
                .parseArgs("--suite", "solomon-1", "--seed", "4", "--repeat", "3", "--peers", "none", "--out", "x");

        assertThat(command.settings().seeds()).containsExactly(4L, 5L, 6L);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BenchmarkRun.Settings(
                        Suite.SOLOMON_1, out, Duration.ofSeconds(1), Set.of(), 0, 0, 0, List.of(), out))
                .withMessageContaining("The repeat count (0) must be at least 1.")
                .withMessageContaining("--repeat");
    }

    private static ResultRow row(String instance, String solver, long seed, double cost, double bestKnown) {
        String instanceClass = instance.startsWith("C") ? "C1" : "R1";
        return new ResultRow(
                "solomon-1",
                instance,
                instanceClass,
                solver,
                seed,
                true,
                cost,
                3,
                bestKnown,
                3,
                100 * (cost - bestKnown) / bestKnown,
                true,
                "",
                1.0,
                10.0,
                "");
    }
}
