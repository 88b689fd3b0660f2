package city.sanitation.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Dataset files for tests: a good dataset as an editable JSON tree, written to disk and read back. */
final class DatasetFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DatasetFiles() {}

    /** The JSON tree of {@code dataset} as the writer writes it. */
    static ObjectNode json(SanitationDataset dataset) {
        try {
            return (ObjectNode) MAPPER.readTree(new DatasetWriter().writeToString(dataset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode districtJson() {
        return json(TestDatasets.district());
    }

    /** The index in {@code features} of the feature with {@code id}. */
    static int featureIndex(JsonNode root, String id) {
        ArrayNode features = (ArrayNode) root.get("features");
        for (int i = 0; i < features.size(); i++) {
            if (id.equals(features.get(i).path("properties").path("id").asText())) {
                return i;
            }
        }
        throw new IllegalArgumentException("The test dataset has no feature (" + id + ").");
    }

    static ObjectNode feature(JsonNode root, String id) {
        return (ObjectNode) root.get("features").get(featureIndex(root, id));
    }

    static ObjectNode properties(JsonNode root, String id) {
        return (ObjectNode) feature(root, id).get("properties");
    }

    /** The pointer of a field of the properties of the feature with {@code id}. */
    static String propertyPointer(JsonNode root, String id, String field) {
        return "/features/" + featureIndex(root, id) + "/properties/" + field;
    }

    static Path write(Path folder, JsonNode root) {
        return writeText(folder, root.toPrettyString());
    }

    static Path writeText(Path folder, String text) {
        try {
            Path file = Files.createTempFile(folder, "dataset-", ".json");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems reported when reading {@code file}, which must be invalid. */
    static List<DatasetProblem> problemsOf(Path file) {
        return exceptionOf(new DatasetReader(), file).problems();
    }

    static InvalidDatasetException exceptionOf(DatasetReader reader, Path file) {
        InvalidDatasetException exception =
                catchThrowableOfType(InvalidDatasetException.class, () -> reader.read(file));
        assertThat(exception).as("reading %s must fail", file).isNotNull();
        return exception;
    }

    static List<DatasetProblem> problemsOf(Path folder, JsonNode root) {
        return problemsOf(write(folder, root));
    }
}
