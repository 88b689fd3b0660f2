package city.sanitation.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.sanitation.road.RoadNetwork;
import city.sanitation.road.snap.GeoDistance;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the reader puts the tasks and facilities of the test district on its streets and in its territories. */
class TaskPlacementTest {

    @TempDir
    Path folder;

    private LoadedDataset loaded;
    private RoadNetwork network;

    @BeforeEach
    void readDistrict() throws Exception {
        Path file = folder.resolve("district.json");
        new DatasetWriter().write(TestDatasets.district(), file);
        loaded = new DatasetReader().read(file);
        network = loaded.dataset().roadNetwork();
    }

    @Test
    void everyTaskAndFacilityIsPlaced() {
        assertThat(loaded.placements(PlacedKind.DEPOT)).containsOnlyKeys("depot-west");
        assertThat(loaded.placements(PlacedKind.HYDRANT)).containsOnlyKeys("hydrant-1");
        assertThat(loaded.placements(PlacedKind.TRANSFER_STATION)).containsOnlyKeys("transfer-1");
        assertThat(loaded.placements(PlacedKind.BLIND_SPOT)).containsOnlyKeys("bs-1", "bs-2");
        assertThat(loaded.placements(PlacedKind.TOILET)).containsOnlyKeys("toilet-1", "toilet-2");
        assertThat(loaded.placements(PlacedKind.WASHING_REQUIREMENT))
                .hasSameSizeAs(loaded.dataset().washingRequirements());
    }

    @Test
    void blindSpotNorthOfASouthLaneSnapsToItsWestboundSegment() {
        TaskPlacement placement = loaded.placement(PlacedKind.BLIND_SPOT, "bs-1");

        // bs-1 lies at column 0.5, row 0.1: a tenth of a step north of the lane between nodes 1 and 2.
        assertThat(placement.snappedSegment().id()).isEqualTo("s2-1");
        assertThat(placement.fraction()).isCloseTo(0.5, within(0.001));
        assertThat(placement.distanceMetres())
                .isCloseTo(
                        GeoDistance.metres(
                                TestDatasets.lon(0.5),
                                TestDatasets.lat(0),
                                TestDatasets.lon(0.5),
                                TestDatasets.lat(0.1)),
                        within(0.1));
        assertThat(placement.subdistrictId()).isEqualTo("sd-west");
        assertThat(placement.gridId()).isEqualTo("g-west");
        assertThat(network.segment(placement.segmentIndex())).isEqualTo(placement.snappedSegment());
    }

    @Test
    void toiletNorthOfTheMainStreetIsInTheNorthEastGrid() {
        TaskPlacement placement = loaded.placement(PlacedKind.TOILET, "toilet-1");

        assertThat(placement.snappedSegment().id()).isEqualTo("s6-5");
        assertThat(placement.subdistrictId()).isEqualTo("sd-east");
        assertThat(placement.gridId()).isEqualTo("g-east-north");
    }

    @Test
    void hydrantEastOfTheSecondaryRoadSnapsToItsNorthboundSegment() {
        TaskPlacement placement = loaded.placement(PlacedKind.HYDRANT, "hydrant-1");

        assertThat(placement.snappedSegment().id()).isEqualTo("s2-5");
        assertThat(placement.subdistrictId()).isEqualTo("sd-east");
        assertThat(placement.gridId()).isEqualTo("g-east-south");
    }

    @Test
    void depotSnapsToTheNearestJunctionEnd() {
        TaskPlacement placement = loaded.placement(PlacedKind.DEPOT, "depot-west");

        // The depot lies a tenth of a step west of node 1, past the end of every street there.
        assertThat(network.node(placement.nearestNodeIndex()).id()).isEqualTo(1);
        assertThat(placement.subdistrictId()).isEqualTo("sd-west");
    }

    @Test
    void washingRequirementIsPlacedAtTheMiddleOfItsSegment() {
        TaskPlacement mainStreet = loaded.placement(PlacedKind.WASHING_REQUIREMENT, "wash-3"); // s5-6
        TaskPlacement secondary = loaded.placement(PlacedKind.WASHING_REQUIREMENT, "wash-5"); // s2-5

        assertThat(mainStreet.snappedSegment().id()).isEqualTo("s5-6");
        assertThat(mainStreet.fraction()).isEqualTo(0.5);
        assertThat(mainStreet.distanceMetres()).isZero();
        assertThat(mainStreet.subdistrictId()).isEqualTo("sd-east");
        // The main street is the border between the two east grids; the grid listed first wins.
        assertThat(mainStreet.gridId()).isEqualTo("g-east-south");
        // The secondary road runs along the border of the two subdistricts; the subdistrict listed first wins.
        assertThat(secondary.subdistrictId()).isEqualTo("sd-west");
    }

    @Test
    void unknownIdHasNoPlacement() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> loaded.placement(PlacedKind.TOILET, "bs-1"))
                .withMessage("There is no toilet with the id (bs-1) in the dataset.");
    }
}
