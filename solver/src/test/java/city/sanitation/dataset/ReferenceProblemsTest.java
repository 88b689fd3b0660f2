package city.sanitation.dataset;

import static city.sanitation.dataset.DatasetFiles.districtJson;
import static city.sanitation.dataset.DatasetFiles.featureIndex;
import static city.sanitation.dataset.DatasetFiles.problemsOf;
import static city.sanitation.dataset.DatasetFiles.properties;
import static city.sanitation.dataset.DatasetFiles.propertyPointer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import city.sanitation.road.snap.GeoDistance;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids are unique and every reference points at an existing element of the right kind. */
class ReferenceProblemsTest {

    @TempDir
    Path folder;

    @Test
    void duplicateFeatureIdIsReportedAtTheSecondUse() {
        ObjectNode json = districtJson();
        int firstIndex = featureIndex(json, "depot-west");
        String secondPointer = propertyPointer(json, "hydrant-1", "id");
        properties(json, "hydrant-1").put("id", "depot-west");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        secondPointer,
                        "The id (depot-west) is already used by /features/" + firstIndex
                                + ".\nMaybe give it another id."));
    }

    @Test
    void duplicateVehicleIdIsReported() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.at("/fleet/vehicles/2")).put("id", "washer-1");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/fleet/vehicles/2/id",
                        "The id (washer-1) is already used by /fleet/vehicles/0.\nMaybe give it another id."));
    }

    @Test
    void unknownVehicleTypeAndDepotAreReported() {
        ObjectNode json = districtJson();
        ObjectNode vehicle = (ObjectNode) json.at("/fleet/vehicles/1");
        vehicle.put("typeId", "dump-truck");
        vehicle.put("depotId", "hydrant-1");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(
                        tuple(
                                "/fleet/vehicles/1/typeId",
                                "The vehicle type (dump-truck) of vehicle (garbage-1) does not exist.\n"
                                        + "Maybe it is one of (garbage, toilet-crew, washer)."),
                        tuple(
                                "/fleet/vehicles/1/depotId",
                                "The depot (hydrant-1) of vehicle (garbage-1) does not exist.\n"
                                        + "Maybe it is one of (depot-west)."));
    }

    @Test
    void unknownHomeTerritoriesAreReportedEach() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.at("/fleet/vehicles/0"))
                .putArray("homeTerritories")
                .add("sd-west")
                .add("sd-nowhere");
        ((ObjectNode) json.at("/fleet/vehicles/1")).putArray("homeTerritories").add("g-north");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(
                        tuple(
                                "/fleet/vehicles/0/homeTerritories/1",
                                "The home territory (sd-nowhere) of vehicle (washer-1) does not exist.\n"
                                        + "Maybe it is one of (g-east-north, g-east-south, g-west, sd-east, sd-west)."),
                        tuple(
                                "/fleet/vehicles/1/homeTerritories/0",
                                "The home territory (g-north) of vehicle (garbage-1) does not exist.\n"
                                        + "Maybe it is one of (g-east-north, g-east-south, g-west, sd-east, sd-west)."));
    }

    @Test
    void strictHomeAreaWithoutTerritoriesIsReported() {
        ObjectNode json = districtJson();
        ObjectNode vehicle = (ObjectNode) json.at("/fleet/vehicles/0");
        vehicle.remove("homeTerritories");
        vehicle.put("homeTerritoriesStrict", true);

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/fleet/vehicles/0/homeTerritoriesStrict",
                        "The vehicle (washer-1) keeps strictly to its home territories but has none, so it could do no"
                                + " work.\nMaybe list its subdistricts or grids in \"homeTerritories\"."));
    }

    @Test
    void unknownSegmentOfWashingRequirementIsReported() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.at("/washing/requirements/3")).put("segmentId", "s99-98");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/washing/requirements/3/segmentId",
                        "The segment (s99-98) of washing requirement (wash-4) does not exist.\n"
                                + "Maybe it is one of (s1-2, s1-4, s2-1, s2-3, s2-5, ...)."));
    }

    @Test
    void gridWithUnknownParentIsReported() {
        ObjectNode json = districtJson();
        properties(json, "g-west").put("parent", "sd-north");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        propertyPointer(json, "g-west", "parent"),
                        "The subdistrict (sd-north) of grid (g-west) does not exist.\n"
                                + "Maybe it is one of (sd-east, sd-west)."));
    }

    @Test
    void gridWhoseParentIsAGridIsReported() {
        ObjectNode json = districtJson();
        properties(json, "g-east-north").put("parent", "g-east-south");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        propertyPointer(json, "g-east-north", "parent"),
                        "The parent (g-east-south) of grid (g-east-north) is a grid, not a subdistrict."));
    }

    @Test
    void segmentWhoseFromIdDisagreesWithItsGeometryIsReported() {
        ObjectNode json = districtJson();
        properties(json, "s1-2").put("from", 5);
        int index = featureIndex(json, "s1-2");
        double metres =
                GeoDistance.metres(TestDatasets.lon(1), TestDatasets.lat(1), TestDatasets.lon(0), TestDatasets.lat(0));

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/features/" + index + "/geometry/coordinates/0",
                        "The segment (s1-2) starts at node (5), which segment (s4-5) puts at (113.3020000, 40.0820000),"
                                + " but its geometry starts " + Math.round(metres)
                                + " m away at (113.3000000, 40.0800000).\n"
                                + "Maybe its from id is wrong."));
    }

    @Test
    void duplicateWindowRuleForARoadClassIsReported() {
        ObjectNode json = districtJson();
        ((ObjectNode) json.at("/washing/windowRules/1")).put("roadClass", "main");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/washing/windowRules/1/roadClass",
                        "The road class (main) already has a window rule at /washing/windowRules/0.\n"
                                + "Maybe merge the two rules."));
    }
}
