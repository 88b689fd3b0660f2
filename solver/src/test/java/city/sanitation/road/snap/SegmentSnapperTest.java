package city.sanitation.road.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A two-way east-west street from node 1 (west) to node 2 (east), about 426 m long, and a one-way street from node 2
 * north to node 3.
 */
class SegmentSnapperTest {

    private static final double LAT = 40.08;
    private static final double WEST = 113.30;
    private static final double EAST = 113.305;
    private static final double NORTH = 40.085;
    private static final double METRES_PER_DEGREE_LAT = Math.toRadians(1) * GeoDistance.EARTH_RADIUS_METRES;

    private final GeometryFactory factory = new GeometryFactory();
    private final RoadNetwork network = new RoadNetwork(
            List.of(new RoadNode(1, LAT, WEST), new RoadNode(2, LAT, EAST), new RoadNode(3, NORTH, EAST)),
            List.of(
                    segment("east", 1, 2, WEST, LAT, EAST, LAT),
                    segment("west", 2, 1, EAST, LAT, WEST, LAT),
                    segment("north", 2, 3, EAST, LAT, EAST, NORTH)));
    private final SegmentSnapper snapper = new SegmentSnapper(network);

    @Test
    void pointNorthOfATwoWayStreetSnapsToTheDirectionWithThePointOnItsRight() {
        double twentyMetresNorth = LAT + 20 / METRES_PER_DEGREE_LAT;

        SegmentSnap snap = snapper.snap(113.3025, twentyMetresNorth).orElseThrow();

        assertThat(snap.segment().id()).isEqualTo("west");
        assertThat(snap.distanceMetres()).isCloseTo(20, within(0.05));
        assertThat(snap.fraction()).isCloseTo(0.5, within(0.001));
        assertThat(snap.snappedPoint().y).isCloseTo(LAT, within(1e-9));
    }

    @Test
    void pointSouthOfATwoWayStreetSnapsToTheOtherDirection() {
        SegmentSnap snap =
                snapper.snap(113.301, LAT - 10 / METRES_PER_DEGREE_LAT).orElseThrow();

        assertThat(snap.segment().id()).isEqualTo("east");
        assertThat(snap.fraction()).isCloseTo(0.2, within(0.001));
        assertThat(network.node(snap.nearestNodeIndex()).id()).isEqualTo(1);
    }

    @Test
    void nearestNodeIsTheEndNearerAlongTheSegment() {
        SegmentSnap snap =
                snapper.snap(113.3045, LAT - 5 / METRES_PER_DEGREE_LAT).orElseThrow();

        assertThat(snap.segment().id()).isEqualTo("east");
        assertThat(network.node(snap.nearestNodeIndex()).id()).isEqualTo(2);
        assertThat(snap.segmentIndex()).isEqualTo(network.segmentIndex("east"));
    }

    @Test
    void pointBeyondTheEndOfAStreetSnapsToItsEnd() {
        double fiftyMetresNorthOfTheEnd = NORTH + 50 / METRES_PER_DEGREE_LAT;

        SegmentSnap snap = snapper.snap(EAST, fiftyMetresNorthOfTheEnd).orElseThrow();

        assertThat(snap.segment().id()).isEqualTo("north");
        assertThat(snap.fraction()).isEqualTo(1.0);
        assertThat(snap.distanceMetres()).isCloseTo(50, within(0.05));
        assertThat(network.node(snap.nearestNodeIndex()).id()).isEqualTo(3);
    }

    @Test
    void networkWithoutSegmentsSnapsNothing() {
        SegmentSnapper empty = new SegmentSnapper(new RoadNetwork(List.of(), List.of()));

        assertThat(empty.snap(WEST, LAT)).isEmpty();
    }

    private RoadSegment segment(String id, long from, long to, double lon1, double lat1, double lon2, double lat2) {
        return new RoadSegment(
                id,
                from,
                to,
                factory.createLineString(new Coordinate[] {new Coordinate(lon1, lat1), new Coordinate(lon2, lat2)}),
                GeoDistance.metres(lon1, lat1, lon2, lat2),
                RoadClass.BRANCH,
                "Test street",
                false,
                1,
                7);
    }
}
