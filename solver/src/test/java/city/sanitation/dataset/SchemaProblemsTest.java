package city.sanitation.dataset;

import static city.sanitation.dataset.DatasetFiles.districtJson;
import static city.sanitation.dataset.DatasetFiles.problemsOf;
import static city.sanitation.dataset.DatasetFiles.properties;
import static city.sanitation.dataset.DatasetFiles.propertyPointer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import city.sanitation.dataset.json.FeatureKind;
import city.sanitation.dataset.json.JsonEnums;
import city.sanitation.fleet.Capability;
import city.sanitation.road.RoadClass;
import city.sanitation.task.BlindSpotCategory;
import city.sanitation.task.PassDirection;
import city.sanitation.task.Priority;
import city.sanitation.task.ReportSource;
import city.sanitation.task.WashFrequency;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structural problems found by the JSON Schema, each reported once at the offending value. */
class SchemaProblemsTest {

    @TempDir
    Path folder;

    @Test
    void goodFileHasNoSchemaProblems() {
        ProblemCollector problems = new ProblemCollector("district.json");

        SchemaValidation.validate(new DatasetWriter().writeToString(TestDatasets.district()), problems);

        assertThat(problems.problems()).isEmpty();
    }

    @Test
    void missingRequiredFieldIsReportedOnce() {
        ObjectNode json = districtJson();
        properties(json, "bs-1").remove("volumeM3");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(
                        tuple(propertyPointer(json, "bs-1", "volumeM3"), "The required field (volumeM3) is missing."));
    }

    @Test
    void missingTopLevelMemberIsReported() {
        ObjectNode json = districtJson();
        json.remove("planning");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple("/planning", "The required field (planning) is missing."));
    }

    @Test
    void wrongTypeIsReportedOnce() {
        ObjectNode json = districtJson();
        properties(json, "bs-1").put("volumeM3", "lots");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        propertyPointer(json, "bs-1", "volumeM3"),
                        "The value (\"lots\") must be of type number, not string."));
    }

    @Test
    void unknownEnumValueIsReported() {
        ObjectNode json = districtJson();
        properties(json, "bs-1").put("priority", "asap");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        propertyPointer(json, "bs-1", "priority"),
                        "The value (\"asap\") is not one of [\"urgent\", \"high\", \"normal\", \"low\"]."));
    }

    @Test
    void misspeltFleetFieldIsReported() {
        ObjectNode json = districtJson();
        ObjectNode washer = (ObjectNode) json.at("/fleet/vehicles/0");
        washer.set("depot", washer.remove("depotId"));

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactlyInAnyOrder(
                        tuple("/fleet/vehicles/0/depotId", "The required field (depotId) is missing."),
                        tuple(
                                "/fleet/vehicles/0/depot",
                                "The field (depot) is not part of the format.\nMaybe it is misspelt."));
    }

    @Test
    void malformedLocalDateTimeIsReported() {
        ObjectNode json = districtJson();
        properties(json, "bs-1").put("deadline", "tomorrow");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        propertyPointer(json, "bs-1", "deadline"),
                        "The value (\"tomorrow\") does not match the regex pattern"
                                + " ^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$."));
    }

    @Test
    void impossibleDateThatMatchesThePatternIsReportedByTheMapper() {
        ObjectNode json = districtJson();
        properties(json, "bs-1").put("deadline", "2026-13-40T25:00");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        propertyPointer(json, "bs-1", "deadline"),
                        "The value (2026-13-40T25:00) is not an ISO-8601 local date-time like 2026-11-28T22:00."));
    }

    @Test
    void unknownTimeZoneIsReported() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.get("planning")).put("timeZone", "Mars/Olympus");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/planning/timeZone", "The value (Mars/Olympus) is not a time zone id like Asia/Shanghai."));
    }

    @Test
    void swappedLatitudeAndLongitudeAreOutOfRange() {
        ObjectNode json = districtJson();
        ObjectNode geometry = (ObjectNode) DatasetFiles.feature(json, "bs-1").get("geometry");
        double lon = geometry.at("/coordinates/0").asDouble();
        double lat = geometry.at("/coordinates/1").asDouble();
        geometry.putArray("coordinates").add(lat).add(lon);
        int index = DatasetFiles.featureIndex(json, "bs-1");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/features/" + index + "/geometry/coordinates/1",
                        "The value (" + lon + ") must have a maximum value of 90."));
    }

    @Test
    void unknownFeatureKindIsReported() {
        ObjectNode json = districtJson();
        properties(json, "hydrant-1").put("kind", "well");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path)
                .containsExactly(propertyPointer(json, "hydrant-1", "kind"));
    }

    @Test
    void schemaEnumsMatchTheJavaEnums() throws IOException {
        JsonNode defs;
        try (InputStream in = SchemaValidation.class.getResourceAsStream(SchemaValidation.SCHEMA_RESOURCE)) {
            defs = new ObjectMapper().readTree(in).get("$defs");
        }
        Map<String, List<String>> expected = Map.of(
                "roadClass", JsonEnums.jsonNames(RoadClass.class),
                "capability", JsonEnums.jsonNames(Capability.class),
                "passDirection", JsonEnums.jsonNames(PassDirection.class),
                "washFrequency", JsonEnums.jsonNames(WashFrequency.class),
                "priority", JsonEnums.jsonNames(Priority.class),
                "blindSpotCategory", JsonEnums.jsonNames(BlindSpotCategory.class),
                "reportSource", JsonEnums.jsonNames(ReportSource.class),
                "featureKind", JsonEnums.jsonNames(FeatureKind.class));
        expected.forEach((def, names) -> {
            List<String> inSchema = new ArrayList<>();
            defs.get(def).get("enum").forEach(value -> inSchema.add(value.asText()));
            assertThat(inSchema).as(def).isEqualTo(names);
        });
    }
}
