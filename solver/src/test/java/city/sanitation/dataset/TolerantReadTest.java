package city.sanitation.dataset;

import static city.sanitation.dataset.DatasetFiles.districtJson;
import static city.sanitation.dataset.DatasetFiles.feature;
import static city.sanitation.dataset.DatasetFiles.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import ai.timefold.solver.core.api.solver.SolutionManager;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReportJson;
import city.sanitation.planning.report.PlanReporter;
import city.sanitation.testsupport.RepositoryFiles;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** A day's data with a few bad items is planned without them; a dataset file with them is still refused. */
class TolerantReadTest {

    @TempDir
    Path folder;

    /** A report in the Gulf of Guinea, a toilet whose gaps are swapped, a street gone, a truck without its yard. */
    private Path withFourBadItems() {
        ObjectNode json = districtJson();
        ArrayNode coordinates =
                (ArrayNode) feature(json, "bs-1").get("geometry").get("coordinates");
        coordinates.set(0, 0.0);
        coordinates.set(1, 0.0);
        properties(json, "toilet-1").put("minGapMinutes", 400);
        ((ObjectNode) json.at("/washing/requirements/0")).put("segmentId", "s-gone");
        vehicle(json, "garbage-1").put("depotId", "depot-gone");
        return DatasetFiles.write(folder, json);
    }

    private static ObjectNode vehicle(ObjectNode json, String id) {
        for (var vehicle : json.at("/fleet/vehicles")) {
            if (vehicle.path("id").asText().equals(id)) {
                return (ObjectNode) vehicle;
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void theBadItemsAreSetAsideWithTheirReasonsAndTheRestIsPlanned() throws Exception {
        LoadedDataset loaded = new DatasetReader().readTolerant(withFourBadItems(), "district west on 2026-11-28");

        assertThat(loaded.setAside())
                .extracting(SetAsideItem::kind, SetAsideItem::id)
                .containsExactlyInAnyOrder(
                        tuple("blindSpot", "bs-1"),
                        tuple("toilet", "toilet-1"),
                        tuple("washingRequirement", "wash-1"),
                        tuple("vehicle", "garbage-1"));
        assertThat(reasonOf(loaded, "bs-1"))
                .startsWith("The blind spot (bs-1) is 11,966 km from the nearest street segment")
                .endsWith("\nMaybe correct its location or reject the report; the rest of the district is planned.");
        assertThat(reasonOf(loaded, "toilet-1"))
                .contains("The minimum gap (400 minutes) between rounds of toilet (toilet-1)")
                .contains("\nMaybe correct the toilet in the district's data");
        assertThat(reasonOf(loaded, "wash-1")).contains("The segment (s-gone) of washing requirement (wash-1)");
        assertThat(reasonOf(loaded, "garbage-1")).contains("The depot (depot-gone) of vehicle (garbage-1)");
        assertThat(loaded.setAside())
                .allSatisfy(item -> assertThat(item.reason())
                        .doesNotContain(folder.toString())
                        .contains("\nMaybe "));
        assertThat(loaded.setAside())
                .extracting(SetAsideItem::id, SetAsideItem::code)
                .containsExactlyInAnyOrder(
                        tuple("bs-1", "FAR_FROM_STREETS"),
                        tuple("toilet-1", "INVALID_VALUE"),
                        tuple("wash-1", "MISSING_REFERENCE"),
                        tuple("garbage-1", "MISSING_REFERENCE"));
        assertThat(itemOf(loaded, "bs-1").params())
                .containsEntry("item", "bs-1")
                .containsEntry("atLocation", "true")
                .containsKeys("segment", "maxMetres")
                .hasEntrySatisfying("metres", metres -> assertThat(metres).startsWith("11966"));
        assertThat(itemOf(loaded, "toilet-1").params())
                .containsEntry("atLocation", "false")
                .containsKey("field");
        assertThat(itemOf(loaded, "wash-1").params())
                .containsEntry("target", "segment")
                .containsEntry("id", "s-gone")
                .containsEntry("owner", "washing requirement")
                .containsEntry("item", "wash-1");

        SanitationProblem problem = new ProblemBuilder().build(loaded);
        List<String> taskIds =
                problem.plan().getTasks().stream().map(Task::getId).toList();
        assertThat(taskIds).contains("bs-2", "toilet-2-round-1", "wash-2-p1");
        assertThat(taskIds)
                .noneMatch(id -> id.equals("bs-1") || id.startsWith("toilet-1-") || id.startsWith("wash-1-"));
        assertThat(problem.plan().getRoutes())
                .extracting(Route::getId)
                .contains("washer-1", "toilet-1")
                .doesNotContain("garbage-1");

        PlanReport report = new PlanReporter(
                        SolutionManager.create(PlanSolverConfig.ofSeconds(1).solverFactoryForAnalysis()))
                .report(problem, problem.plan());
        assertThat(report.setAside()).isEqualTo(loaded.setAside());
        PlanReportJson json = new PlanReportJson();
        Path plan = folder.resolve("plan.json");
        json.write(report, plan);
        assertThat(json.read(plan)).isEqualTo(report);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(
                        Files.newInputStream(
                                RepositoryFiles.repositoryFile("datasets/schema/sanitation-plan-1.0.schema.json")),
                        InputFormat.JSON);
        assertThat(schema.validate(JsonMapper.builder().build().readTree(Files.readString(plan))))
                .isEmpty();
    }

    @Test
    void aDatasetFileWithTheSameItemsIsStillRefusedWithEveryProblem() {
        InvalidDatasetException refused = DatasetFiles.exceptionOf(new DatasetReader(), withFourBadItems());

        assertThat(refused.problems()).hasSize(4);
    }

    @Test
    void nothingIsSetAsideFromSoundData() {
        LoadedDataset loaded =
                new DatasetReader().readTolerant(DatasetFiles.write(folder, districtJson()), "district west");

        assertThat(loaded.setAside()).isEmpty();
    }

    @Test
    void aReportWithoutAnIdIsSetAsideNamingTheField() {
        ObjectNode json = districtJson();
        properties(json, "bs-2").put("id", "");

        LoadedDataset loaded = new DatasetReader().readTolerant(DatasetFiles.write(folder, json), "district west");

        assertThat(loaded.setAside()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo("blindSpot");
            assertThat(item.id()).isEmpty();
            assertThat(item.reason()).startsWith("The id (\"\") must be at least 1");
        });
        assertThat(loaded.dataset().blindSpots())
                .extracting(report -> report.id())
                .containsExactly("bs-1");
    }

    @Test
    void aReportThatTookAToiletsIdIsSetAsideNotTheToilet() {
        ObjectNode json = districtJson();
        properties(json, "bs-2").put("id", "toilet-2");

        LoadedDataset loaded = new DatasetReader().readTolerant(DatasetFiles.write(folder, json), "district west");

        assertThat(loaded.setAside()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo("blindSpot");
            assertThat(item.id()).isEqualTo("toilet-2");
            assertThat(item.reason())
                    .startsWith("The id (toilet-2) is already used by another item of the district.")
                    .doesNotContain("/features");
        });
        assertThat(loaded.dataset().toilets()).extracting(toilet -> toilet.id()).contains("toilet-2");
    }

    @Test
    void problemsOfTheCoreDataStillFailNamingTheDataNotAFile() {
        ObjectNode json = districtJson();
        ArrayNode coordinates =
                (ArrayNode) feature(json, "depot-west").get("geometry").get("coordinates");
        coordinates.set(0, 0.0);
        coordinates.set(1, 0.0);
        properties(json, "toilet-1").put("minGapMinutes", 400);
        Path file = DatasetFiles.write(folder, json);

        InvalidDatasetException refused = catchThrowableOfType(
                InvalidDatasetException.class, () -> new DatasetReader().readTolerant(file, "district west"));

        assertThat(refused.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.reason()).startsWith("The depot (depot-west) is "));
        assertThat(refused.getMessage())
                .startsWith("The dataset (district west) has 1 problem:")
                .doesNotContain(folder.toString());
    }

    @Test
    void everyVehicleBrokenIsAProblemOfTheCoreData() {
        ObjectNode json = districtJson();
        for (var vehicle : json.at("/fleet/vehicles")) {
            ((ObjectNode) vehicle).put("depotId", "depot-gone");
        }
        Path file = DatasetFiles.write(folder, json);

        InvalidDatasetException refused = catchThrowableOfType(
                InvalidDatasetException.class, () -> new DatasetReader().readTolerant(file, "district west"));

        assertThat(refused.problems()).hasSize(3);
    }

    private static String reasonOf(LoadedDataset loaded, String id) {
        return itemOf(loaded, id).reason();
    }

    private static SetAsideItem itemOf(LoadedDataset loaded, String id) {
        return loaded.setAside().stream()
                .filter(item -> item.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
