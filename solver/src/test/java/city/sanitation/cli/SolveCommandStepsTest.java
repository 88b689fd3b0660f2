package city.sanitation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReportJson;
import city.sanitation.testsupport.RepositoryFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A step budget makes the plan a dispatcher gets independent of how busy the machine is. */
class SolveCommandStepsTest {

    @TempDir
    Path folder;

    @Test
    void aStepBudgetGivesTheSamePlanTwice() {
        List<List<String>> first = taskOrder(solve(folder.resolve("first"), "--steps", "5"));
        List<List<String>> second = taskOrder(solve(folder.resolve("second"), "--steps", "5"));

        assertThat(first).isEqualTo(second).isNotEmpty();
    }

    @Test
    void aNegativeBudgetIsRefusedWithAHint() {
        CommandLine commandLine = SanitationCli.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));

        int exitCode = commandLine.execute(
                "solve",
                "--dataset",
                RepositoryFiles.committedDataset("small.json").toString(),
                "--steps",
                "-1",
                "--out",
                folder.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("must not be negative").contains("Maybe use 0");
    }

    private static PlanReport solve(Path out, String... budget) {
        CommandLine commandLine = SanitationCli.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        List<String> args = new ArrayList<>(List.of(
                "solve",
                "--dataset",
                RepositoryFiles.committedDataset("small.json").toString(),
                "--seconds",
                "60",
                "--seed",
                "1",
                "--out",
                out.toString()));
        args.addAll(List.of(budget));
        assertThat(commandLine.execute(args.toArray(String[]::new))).isZero();
        return new PlanReportJson().read(out.resolve("plan.json"));
    }

    private static List<List<String>> taskOrder(PlanReport report) {
        return report.routes().stream()
                .map(route -> route.stops().stream()
                        .map(stop -> String.valueOf(stop.taskId()))
                        .toList())
                .toList();
    }
}
