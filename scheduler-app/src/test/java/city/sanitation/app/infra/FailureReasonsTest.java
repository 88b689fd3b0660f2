package city.sanitation.app.infra;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.dataset.DatasetProblem;
import city.sanitation.dataset.InvalidDatasetException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureReasonsTest {

    private static final String TEMPORARY =
            Path.of(System.getProperty("java.io.tmpdir"), "dataset-123.json").toString();

    @Test
    void aDatasetsProblemsKeepTheirPointersAndLoseTheTemporaryFile() {
        var invalid = new InvalidDatasetException(
                TEMPORARY,
                List.of(
                        new DatasetProblem(TEMPORARY, "/features/12/properties/id", "must be at least 1 characters"),
                        new DatasetProblem(
                                TEMPORARY,
                                "/osmSource/file",
                                "The OSM file (x.osm) does not exist at (" + System.getProperty("java.io.tmpdir")
                                        + "/x.osm).")));

        String reason = FailureReasons.describe(invalid);

        assertThat(reason)
                .startsWith("The day's data has 2 problems:")
                .contains("/features/12/properties/id: must be at least 1 characters")
                .contains("/osmSource/file: The OSM file (x.osm) does not exist at ((file)).")
                .doesNotContain(System.getProperty("java.io.tmpdir") + "/", "dataset-123");
    }

    @Test
    void theAppsOwnExceptionsKeepTheirMessage() {
        assertThat(FailureReasons.describe(new NotFoundException("vehicle", "v1")))
                .isEqualTo(new NotFoundException("vehicle", "v1").getMessage());
    }

    @Test
    void anythingElseIsAnInternalErrorWithAReference() {
        String reason = FailureReasons.describe(
                new NullPointerException("Cannot invoke \"java.util.Collection.toArray()\" because \"coll\" is null"));

        assertThat(reason).startsWith("Internal error (reference ").doesNotContain("java.", "Cannot invoke");
    }

    @Test
    void pathsOnTheServerAreLeftOutButNotJsonPointers() {
        assertThat(FailureReasons.withoutPaths("cannot read /tmp/osm-upload-1.osm at /nodes/3", null))
                .isEqualTo("cannot read (file) at /nodes/3");
    }
}
