package city.sanitation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReportJson;
import city.sanitation.testsupport.RepositoryFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code solve --territories}: the district solved by subdistrict, written as one plan like a single solve. */
class SolveCommandTerritoriesTest {

    @TempDir
    Path folder;

    @Test
    void solvingByTerritoryWritesOneMergedPlanWithEveryTaskOnceAndEveryVehicleOnce() {
        StringWriter out = new StringWriter();

        int exitCode = solve(out, "--seconds", "4");

        assertThat(exitCode).isZero();
        assertThat(out.toString())
                .contains(" parts on ")
                .contains("repairing across the borders over the whole plan")
                .contains("Plan for pingcheng-small");
        assertEveryTaskAndVehicleOnce(new PlanReportJson().read(folder.resolve("plan.json")));
    }

    @Test
    void theRepairBetweenNeighboursAlsoWritesOneMergedPlanWithEveryTaskOnceAndEveryVehicleOnce() {
        StringWriter out = new StringWriter();

        int exitCode = solve(out, "--seconds", "4", "--border-repair", "neighbours");

        assertThat(exitCode).isZero();
        assertThat(out.toString())
                .contains(" parts on ")
                .contains("Repairing between neighbouring parts")
                .contains("Plan for pingcheng-small");
        assertThat(folder.resolve("plan.geojson")).isNotEmptyFile();
        assertEveryTaskAndVehicleOnce(new PlanReportJson().read(folder.resolve("plan.json")));
    }

    @Test
    void anUnknownBorderRepairIsRefusedBeforeSolving() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = SanitationCli.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));

        int exitCode = commandLine.execute(
                "solve",
                "--dataset",
                RepositoryFiles.committedDataset("small.json").toString(),
                "--territories",
                "--border-repair",
                "everywhere",
                "--out",
                folder.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--border-repair (everywhere)").contains("Maybe");
        assertThat(folder.resolve("plan.json")).doesNotExist();
    }

    private int solve(StringWriter out, String... options) {
        CommandLine commandLine = SanitationCli.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        List<String> arguments = new ArrayList<>(List.of(
                "solve",
                "--dataset",
                RepositoryFiles.committedDataset("small.json").toString(),
                "--territories",
                "--seed",
                "1",
                "--out",
                folder.toString()));
        arguments.addAll(List.of(options));
        return commandLine.execute(arguments.toArray(String[]::new));
    }

    private static void assertEveryTaskAndVehicleOnce(PlanReport report) {
        Set<String> tasks = new HashSet<>();
        Set<String> vehicles = new HashSet<>();
        report.routes().forEach(route -> {
            assertThat(vehicles.add(route.vehicleId())).as(route.vehicleId()).isTrue();
            route.stops().stream()
                    .filter(stop -> stop.taskId() != null)
                    .forEach(stop -> assertThat(tasks.add(stop.taskId()))
                            .as(stop.taskId())
                            .isTrue());
        });
        report.unassigned()
                .forEach(task ->
                        assertThat(tasks.add(task.taskId())).as(task.taskId()).isTrue());
        var kpis = report.kpis();
        assertThat(tasks)
                .hasSize(kpis.streetPassesPlanned()
                        + kpis.toiletRoundsPlanned()
                        + kpis.blindSpotsCleared()
                        + kpis.blindSpotsUnassigned());
    }
}
