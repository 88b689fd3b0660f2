package city.sanitation.dataset;

import static city.sanitation.dataset.DatasetFiles.districtJson;
import static city.sanitation.dataset.DatasetFiles.properties;
import static city.sanitation.dataset.DatasetFiles.propertyPointer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeveralProblemsTest {

    @TempDir
    Path folder;

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        ObjectNode json = districtJson();
        properties(json, "bs-2").put("volumeM3", 0); // value
        properties(json, "bs-1").remove("priority"); // schema
        ((ObjectNode) json.at("/fleet/vehicles/2")).put("depotId", "depot-east"); // reference
        ((ObjectNode) json.at("/fleet/vehicles/1/shift")).put("end", "2026-11-29T05:00"); // time window
        String duplicateIdPointer = propertyPointer(json, "toilet-1", "id"); // the second use, after the hydrant
        properties(json, "hydrant-1").put("id", "toilet-1"); // duplicate id
        ((ObjectNode) DatasetFiles.feature(json, "toilet-2").get("geometry"))
                .putArray("coordinates")
                .add(TestDatasets.lon(-4))
                .add(TestDatasets.lat(1)); // snapping
        Path file = DatasetFiles.write(folder, json);

        InvalidDatasetException exception = DatasetFiles.exceptionOf(new DatasetReader(), file);

        assertThat(exception.problems())
                .extracting(DatasetProblem::path)
                .containsExactlyInAnyOrder(
                        propertyPointer(json, "bs-2", "volumeM3"),
                        propertyPointer(json, "bs-1", "priority"),
                        "/fleet/vehicles/2/depotId",
                        "/fleet/vehicles/1/shift/end",
                        duplicateIdPointer,
                        "/features/" + DatasetFiles.featureIndex(json, "toilet-2") + "/geometry");
        assertThat(exception.getMessage()).startsWith("The dataset (" + file + ") has 6 problems:\n  /");
        assertThat(exception.getMessage().lines().count()).isGreaterThanOrEqualTo(7);
    }
}
