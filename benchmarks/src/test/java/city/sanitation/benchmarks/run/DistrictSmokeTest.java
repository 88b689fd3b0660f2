package city.sanitation.benchmarks.run;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.report.PlanReportJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The districts suite's smoke mode: the small sample district, two seconds, judged by the district check. */
class DistrictSmokeTest {

    @TempDir
    Path out;

    @Test
    void smokeRunSolvesTheSmallDistrictAndJudgesIt() throws Exception {
        BenchmarkRunner.Run command = new BenchmarkRunner.Run();
        new CommandLine(command).parseArgs("--suite", "districts", "--smoke", "--out", out.toString());
        DistrictRun.Settings settings = command.districtSettings();

        List<DistrictResult> results = DistrictRun.execute(
                settings, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.instance()).isEqualTo("small");
            assertThat(result.evaluation().tasks()).isEqualTo(result.tasks()).isPositive();
            assertThat(result.evaluation().violations()).isEmpty();
            assertThat(result.evaluation().shortestDeadheadKm()).isPositive();
            // Detours and fastest rather than shortest paths only add driving to the evaluator's lower bound.
            assertThat(result.evaluation().reportedDeadheadKm())
                    .isGreaterThanOrEqualTo(result.evaluation().shortestDeadheadKm());
            assertThat(result.curve()).isNotEmpty();
            assertThat(result.curve().get(0).source()).isEqualTo("construction");
            for (int i = 1; i < result.curve().size(); i++) {
                ScorePoint before = result.curve().get(i - 1);
                ScorePoint after = result.curve().get(i);
                assertThat(after.seconds()).isGreaterThanOrEqualTo(before.seconds());
                assertThat(compare(after, before))
                        .as("best score never gets worse")
                        .isGreaterThanOrEqualTo(0);
            }
            ScorePoint last = result.curve().get(result.curve().size() - 1);
            assertThat(result.finalScore())
                    .isEqualTo("%dhard/%dmedium/%dsoft".formatted(last.hard(), last.medium(), last.soft()));
            assertThat(last.unassigned()).isEqualTo(result.evaluation().unassigned());
            var kpis = result.plan().kpis();
            assertThat(kpis.unassignedTasks()).isEqualTo(result.evaluation().unassigned());
            assertThat(kpis.washingDeadheadKmPerKmWashed()).isPositive();
            assertThat(kpis.subdistrictsPerWashingVehicle()).isGreaterThanOrEqualTo(1.0);
            assertThat(kpis.utilisationByVehicleType()).isNotEmpty();
        });
        assertThat(Files.readAllLines(out.resolve("districts-2s.csv")).get(0))
                .contains("washing_deadhead_km_per_km_washed")
                .contains("utilisation_by_vehicle_type");
        assertThat(Files.readString(out.resolve("districts-2s.md"))).contains("| district | deadhead km / km washed |");
        assertThat(new PlanReportJson().read(out.resolve("districts-2s-small-plan.json")))
                .isEqualTo(results.get(0).plan());
        assertThat(Files.readAllLines(out.resolve("districts-2s.csv"))).hasSize(2);
        assertThat(Files.readString(out.resolve("districts-2s.md"))).contains("| small |");
        assertThat(Files.readAllLines(out.resolve("districts-2s-small-curve.csv")))
                .hasSize(1 + results.get(0).curve().size());
        assertThat(out.resolve("districts-2s-small-curve.png")).isNotEmptyFile();
    }

    private static int compare(ScorePoint a, ScorePoint b) {
        int hard = Long.compare(a.hard(), b.hard());
        if (hard != 0) {
            return hard;
        }
        int medium = Long.compare(a.medium(), b.medium());
        return medium != 0 ? medium : Long.compare(a.soft(), b.soft());
    }
}
