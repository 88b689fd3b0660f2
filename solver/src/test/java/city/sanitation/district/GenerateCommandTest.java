package city.sanitation.district;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.cli.SanitationCli;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.testsupport.RepositoryFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

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
    void writesTheDistrictOfTheGivenSizeSeedAndDay() throws IOException {
        Path file = folder.resolve("small.json");

        int exitCode =
                run("generate", "--size", "small", "--seed", "5", "--day", "2027-01-04", "--out", file.toString());

        assertThat(exitCode).isZero();
        SanitationDataset dataset = new DatasetReader().readDataset(file);
        assertThat(dataset.horizon().planningDay()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(DatasetFigures.of(dataset))
                .isEqualTo(DatasetFigures.of(
                        SampleDistrictGenerator.generate(DistrictSize.SMALL, 5, LocalDate.of(2027, 1, 4))));
        assertThat(out.toString()).contains(file.toString()).contains("blind spots");
    }

    @Test
    void theSameOptionsWriteTheSameBytes() throws IOException {
        Path first = folder.resolve("first.json.gz");
        Path second = folder.resolve("second.json");

        run("generate", "--size", "SMALL", "--out", first.toString());
        run("generate", "--size", "small", "--seed", "42", "--out", second.toString());

        assertThat(new DatasetReader().readDataset(first).blindSpots())
                .isEqualTo(new DatasetReader().readDataset(second).blindSpots());
        Path again = folder.resolve("again.json");
        run("generate", "--size", "small", "--out", again.toString());
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void writesRealStreetsOfAnOsmExtract() {
        Path file = folder.resolve("monaco.json");

        int exitCode = run(
                "generate", "--osm", RepositoryFiles.osmExtract("monaco.osm.gz").toString(), "--out", file.toString());

        assertThat(exitCode).isZero();
        assertThat(new DatasetReader().readDataset(file).name()).isEqualTo("osm-monaco");
    }

    @Test
    void refusesASizeWithAnOsmExtractAndNeitherOfThem() {
        Path file = folder.resolve("x.json");

        assertThat(run("generate", "--size", "small", "--osm", "monaco.osm.gz", "--out", file.toString()))
                .isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--size (small) does not apply with --osm");
        assertThat(run("generate", "--out", file.toString())).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(run("generate", "--size", "huge", "--out", file.toString())).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("not one of small, medium, large");
        assertThat(file).doesNotExist();
    }
}
