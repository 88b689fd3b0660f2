package city.sanitation.dataset;

import static city.sanitation.dataset.DatasetFiles.districtJson;
import static city.sanitation.dataset.DatasetFiles.problemsOf;
import static city.sanitation.dataset.DatasetFiles.writeText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not JSON, or not of this format version, stop the reader before any other check. */
class DatasetSyntaxProblemsTest {

    @TempDir
    Path folder;

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        Path file = writeText(
                folder, "{\n  \"type\": \"FeatureCollection\",\n  \"formatVersion\": \"1.0\"\n  \"name\": \"x\"\n}\n");

        List<DatasetProblem> problems = problemsOf(file);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path()).isEmpty();
        assertThat(problems.get(0).reason())
                .isEqualTo("The file is not valid JSON at line 4, column 3: Unexpected character ('\"' (code 34)):"
                        + " was expecting comma to separate Object entries");
    }

    @Test
    void emptyFileIsReported() {
        assertThat(problemsOf(writeText(folder, "")))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple("", "The file is empty."));
    }

    @Test
    void topLevelArrayIsReported() {
        assertThat(problemsOf(writeText(folder, "[]")))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(
                        tuple("", "The file must hold a JSON object (a GeoJSON FeatureCollection), not a array."));
    }

    @Test
    void missingFileIsReported() {
        assertThat(problemsOf(folder.resolve("nowhere.json")))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple("", "The file does not exist."));
    }

    @Test
    void corruptGzipIsReported() throws IOException {
        Path file = folder.resolve("broken.json.gz");
        Files.write(file, new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});

        List<DatasetProblem> problems = problemsOf(file);

        assertThat(problems)
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem.reason()).startsWith("The file starts like gzip but is not valid gzip"));
    }

    @Test
    void missingFormatVersionStopsReading() {
        ObjectNode json = districtJson();
        json.remove("formatVersion");
        ((ObjectNode) json.get("planning")).remove("day"); // not reported: a file of unknown version is not read on

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/formatVersion",
                        "The required field (formatVersion) is missing.\n"
                                + "Maybe add \"formatVersion\": \"1.0\" at the top level."));
    }

    @Test
    void unsupportedFormatVersionStopsReading() {
        ObjectNode json = districtJson();
        json.put("formatVersion", "2.0");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/formatVersion", "The format version (2.0) is not supported; this reader reads version 1.0."));
    }

    @Test
    void messageListsTheFileAndEveryProblem() {
        Path file = writeText(folder, "{");

        InvalidDatasetException exception = DatasetFiles.exceptionOf(new DatasetReader(), file);

        assertThat(exception.getMessage())
                .startsWith("The dataset (" + file + ") has 1 problem:\n  (document): The file is not valid JSON");
        assertThat(exception.file()).isEqualTo(file.toString());
    }
}
