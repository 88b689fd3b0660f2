package city.sanitation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReportJson;
import city.sanitation.testsupport.RepositoryFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
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
        CommandLine commandLine = SanitationCli.commandLine();
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));

        int exitCode = commandLine.execute(
                "solve",
                "--dataset",
                RepositoryFiles.committedDataset("small.json").toString(),
                "--territories",
                "--seconds",
                "4",
                "--seed",
                "1",
                "--out",
                folder.toString());

        PlanReport report = new PlanReportJson().read(folder.resolve("plan.json"));
        assertThat(exitCode).isZero();
        assertThat(out.toString())
                .contains(" parts on ")
                .contains("repairing across the borders")
                .contains("Plan for pingcheng-small");
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
