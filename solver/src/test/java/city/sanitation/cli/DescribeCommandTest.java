package city.sanitation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.dataset.DatasetWriter;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.dataset.TestDatasets;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.FlagshipToilet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DescribeCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = SanitationCli.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void validDatasetIsDescribed() throws IOException {
        SanitationDataset dataset = TestDatasets.district();
        Path file = folder.resolve("district.json.gz");
        new DatasetWriter().write(dataset, file);

        int exitCode = run("describe", "--dataset", file.toString());

        assertThat(exitCode).isZero();
        assertThat(err.toString()).isEmpty();
        double mainKm = dataset.roadNetwork().segments().stream()
                        .filter(segment -> segment.roadClass() == RoadClass.MAIN)
                        .mapToDouble(RoadSegment::lengthMetres)
                        .sum()
                / 1000;
        long mainSegments = dataset.roadNetwork().segments().stream()
                .filter(segment -> segment.roadClass() == RoadClass.MAIN)
                .count();
        int rounds = dataset.toilets().stream()
                .mapToInt(FlagshipToilet::roundsPerDay)
                .sum();
        assertThat(out.toString())
                .contains("Dataset: Pingcheng test district (" + file + "), format 1.0")
                .contains("Planning: 2026-11-28 (Asia/Shanghai), horizon 2026-11-28T18:00 to 2026-11-29T18:00 (24 h)")
                .contains(String.format(
                        Locale.ROOT,
                        "directed segments, %d nodes",
                        dataset.roadNetwork().nodeCount()))
                .contains(String.format(Locale.ROOT, "  main       %8.2f km %6d segments", mainKm, mainSegments))
                .contains("  alley          0.00 km      0 segments")
                .contains("blind spots  2, 5.5 m3; by priority: urgent 1, high 0, normal 1, low 0")
                .contains("by category: household_garbage 1, construction_debris 1")
                .contains("toilets      2, " + rounds + " rounds per day")
                .contains("Fleet: 3 vehicles of 3 types")
                .contains("  washer         1  Washing truck 12 m3 (washing, sprinkling)")
                .contains("Territories: 2 subdistricts, 3 grids")
                .contains("  sd-east    2 grids  East");
    }

    @Test
    void invalidDatasetPrintsEveryProblemAndExitsWithTwo() throws IOException {
        Path file = folder.resolve("broken.json");
        String valid = new DatasetWriter().writeToString(TestDatasets.district());
        Files.writeString(
                file,
                valid.replace("\"volumeM3\": 1.5", "\"volumeM3\": -1.5").replace("\"passes\": 2,", "\"passes\": 0,"));

        int exitCode = run("describe", "--dataset", file.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString())
                .startsWith("The dataset (" + file + ") has 5 problems:")
                .contains("The volume (-1.5 m3) of blind spot (bs-1) must be positive.")
                .contains("/washing/requirements/3/passes: The number of passes (0) of washing requirement (wash-4)");
    }

    @Test
    void missingDatasetOptionIsAUsageError() {
        int exitCode = run("describe");

        assertThat(exitCode).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("Missing required option: '--dataset=FILE'");
    }
}
