package city.sanitation.benchmarks.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.sanitation.benchmarks.evaluate.ShortestPaths.Place;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The evaluator's own distances between points part-way along segments. */
class ShortestPathsTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** A one-way ring 1 > 2 > 3 > 4 > 1 (600 m) and a two-way street 1 - 5 (50 m). */
    private static final RoadNetwork NETWORK = new RoadNetwork(
            List.of(node(1), node(2), node(3), node(4), node(5)),
            List.of(
                    segment(1, 2, 100, true),
                    segment(2, 3, 200, true),
                    segment(3, 4, 200, true),
                    segment(4, 1, 100, true),
                    segment(1, 5, 50, false),
                    segment(5, 1, 50, false)));

    @Test
    void aPointBehindOnAOneWaySegmentIsReachedAroundTheBlock() {
        ShortestPaths paths = new ShortestPaths(NETWORK);
        int oneToTwo = NETWORK.segmentIndex("1>2");

        Place behind = paths.along(oneToTwo, 0.3);
        Place ahead = paths.along(oneToTwo, 0.8);

        assertThat(paths.metres(behind, ahead)).isCloseTo(50, within(1e-9));
        assertThat(paths.metres(ahead, behind)).isCloseTo(550, within(1e-9));
    }

    @Test
    void aPointOnATwoWayStreetIsLeftAndReachedByEitherEnd() {
        ShortestPaths paths = new ShortestPaths(NETWORK);
        Place twentyFromOne = paths.along(NETWORK.segmentIndex("1>5"), 0.4);
        Place fortyFromOne = paths.along(NETWORK.segmentIndex("5>1"), 0.2);
        Place node1 = Place.node(NETWORK.nodeIndex(1));
        Place node5 = Place.node(NETWORK.nodeIndex(5));

        assertThat(paths.metres(twentyFromOne, node1)).isCloseTo(20, within(1e-9));
        assertThat(paths.metres(twentyFromOne, node5)).isCloseTo(30, within(1e-9));
        assertThat(paths.metres(node5, twentyFromOne)).isCloseTo(30, within(1e-9));
        assertThat(paths.metres(twentyFromOne, fortyFromOne)).isCloseTo(20, within(1e-9));
        assertThat(paths.metres(fortyFromOne, twentyFromOne)).isCloseTo(20, within(1e-9));
        assertThat(paths.along(NETWORK.segmentIndex("1>5"), 1.0)).isEqualTo(node5);
    }

    private static RoadNode node(long id) {
        return new RoadNode(id, 40.0 + id * 1e-4, 113.3 + id * 1e-4);
    }

    private static RoadSegment segment(long from, long to, double metres, boolean oneWay) {
        return new RoadSegment(
                from + ">" + to,
                from,
                to,
                GEOMETRY.createLineString(new Coordinate[] {node(from).coordinate(), node(to).coordinate()}),
                metres,
                RoadClass.BRANCH,
                "street " + Math.min(from, to) + "-" + Math.max(from, to),
                oneWay,
                1,
                0.0);
    }
}
