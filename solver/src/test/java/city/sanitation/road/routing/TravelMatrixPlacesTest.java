package city.sanitation.road.routing;

import static city.sanitation.road.RoadClass.ALLEY;
import static city.sanitation.road.RoadClass.MAIN;
import static city.sanitation.road.routing.RouterTest.TEN_METRES_PER_SECOND;
import static city.sanitation.road.routing.TravelMatrixTest.TRUCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The matrix between points part-way along segments, as if each segment were split there. */
class TravelMatrixPlacesTest {

    /** A one-way ring 1 > 2 > 3 > 4 > 1 (600 m) and a two-way street 1 - 5 (50 m), all at 10 m/s. */
    static RoadNetwork ringWithTwoWaySpur() {
        return new TestNetworkBuilder()
                .node(1)
                .node(2)
                .node(3)
                .node(4)
                .node(5)
                .oneWay(1, 2, 100, MAIN)
                .oneWay(2, 3, 200, MAIN)
                .oneWay(3, 4, 200, MAIN)
                .oneWay(4, 1, 100, MAIN)
                .twoWay(1, 5, 50, ALLEY)
                .build();
    }

    private static TravelMatrix matrix(RoadNetwork network, RoadPlace... places) {
        return TravelMatrix.build(new Router(network), List.of(places), TEN_METRES_PER_SECOND);
    }

    @Test
    void onAOneWaySegmentAPointAheadIsReachedStraightAndOneBehindOnlyAroundTheBlock() {
        RoadNetwork network = ringWithTwoWaySpur();
        int oneToTwo = network.segmentIndex("1>2");
        RoadPlace behind = RoadPlace.along(network, oneToTwo, 0.3);
        RoadPlace ahead = RoadPlace.along(network, oneToTwo, 0.8);

        TravelMatrix matrix = matrix(network, behind, ahead);

        assertThat(matrix.metres(0, 1)).isEqualTo(50);
        assertThat(matrix.seconds(0, 1)).isEqualTo(5);
        assertThat(matrix.metres(1, 0))
                .as("20 m to node 2, 500 m round the ring, 30 m in")
                .isEqualTo(550);
        assertThat(matrix.seconds(1, 0)).isEqualTo(55);
        assertThat(matrix.metres(0, 0)).isZero();
    }

    @Test
    void onATwoWayStreetAPointIsReachedFromEitherEnd() {
        RoadNetwork network = ringWithTwoWaySpur();
        int oneToFive = network.segmentIndex("1>5");
        int fiveToOne = network.segmentIndex("5>1");
        RoadPlace twentyFromOne = RoadPlace.along(network, oneToFive, 0.4);
        RoadPlace fortyFromOne = RoadPlace.along(network, fiveToOne, 0.2);
        RoadPlace node1 = RoadPlace.node(network.nodeIndex(1));
        RoadPlace node5 = RoadPlace.node(network.nodeIndex(5));

        TravelMatrix matrix = matrix(network, twentyFromOne, fortyFromOne, node1, node5);

        assertThat(matrix.metres(0, 2)).as("back to 1 on the reverse twin").isEqualTo(20);
        assertThat(matrix.metres(0, 3)).isEqualTo(30);
        assertThat(matrix.metres(2, 0)).isEqualTo(20);
        assertThat(matrix.metres(3, 0)).as("from 5 on the reverse twin").isEqualTo(30);
        assertThat(matrix.metres(0, 1)).as("straight on along 1>5").isEqualTo(20);
        assertThat(matrix.metres(1, 0)).as("straight on along 5>1").isEqualTo(20);
        assertThat(matrix.seconds(1, 0)).isEqualTo(2);
    }

    @Test
    void aPointAtASegmentsVeryEndIsItsNode() {
        RoadNetwork network = ringWithTwoWaySpur();
        int twoToThree = network.segmentIndex("2>3");
        RoadPlace end = RoadPlace.along(network, twoToThree, 1.0);
        RoadPlace start = RoadPlace.along(network, twoToThree, 0.0);

        assertThat(end).isEqualTo(RoadPlace.node(network.nodeIndex(3)));
        assertThat(start).isEqualTo(RoadPlace.node(network.nodeIndex(2)));
        RoadPlace nearlyEnd = RoadPlace.along(network, twoToThree, 0.999_999);
        TravelMatrix matrix = matrix(network, nearlyEnd, end, RoadPlace.node(network.nodeIndex(5)));
        assertThat(matrix.metres(0, 2)).isEqualTo(matrix.metres(1, 2)).isEqualTo(350);
        assertThat(matrix.metres(2, 0)).isEqualTo(matrix.metres(2, 1)).isEqualTo(350);
        assertThat(matrix.metres(0, 1)).as("the end is just ahead").isZero();
        assertThat(matrix.locationOf(end)).isEqualTo(1);
        assertThat(matrix.locationOf(network.nodeIndex(3))).isEqualTo(1);
    }

    @Test
    void rejectsAPlaceOutsideItsSegmentAndTwiceTheSamePlace() {
        RoadNetwork network = ringWithTwoWaySpur();
        Router router = new Router(network);
        RoadPlace outside = new RoadPlace.OnSegment(network.segmentIndex("1>2"), 100.0);
        RoadPlace inside = new RoadPlace.OnSegment(network.segmentIndex("1>2"), 10.0);

        assertThatThrownBy(() -> TravelMatrix.build(router, List.of(outside), TEN_METRES_PER_SECOND))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be strictly inside its segment")
                .hasMessageContaining("Maybe make the place with RoadPlace.along");
        assertThatThrownBy(() -> TravelMatrix.build(router, List.of(inside, inside), TEN_METRES_PER_SECOND))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appears twice in the locations, at (0) and (1).");
    }

    @Test
    void agreesWithTheNetworkSplitAtEveryPointOnARandomGrid() {
        RoadNetwork network = TestNetworkBuilder.randomGrid(6, 11);
        Random random = new Random(3);
        List<RoadPlace> places = new ArrayList<>();
        Set<Integer> usedStreets = new HashSet<>();
        Router router = new Router(network);
        while (places.size() < 12) {
            int segment = random.nextInt(network.segmentCount());
            int twin = router.graph().segmentTwin[segment];
            if (usedStreets.contains(segment) || usedStreets.contains(twin)) {
                continue;
            }
            usedStreets.add(segment);
            places.add(RoadPlace.along(network, segment, 0.05 + 0.9 * random.nextDouble()));
        }
        places.add(RoadPlace.node(0));
        places.add(RoadPlace.node(network.nodeCount() - 1));

        TravelMatrix matrix = TravelMatrix.build(router, places, TRUCK, 2);
        SplitNetwork split = SplitNetwork.at(network, places);
        TravelMatrix oracle = TravelMatrix.build(split.network(), split.nodeIndexes(), TRUCK);

        for (int from = 0; from < places.size(); from++) {
            for (int to = 0; to < places.size(); to++) {
                assertThat((double) matrix.seconds(from, to))
                        .as("seconds %d -> %d", from, to)
                        .isCloseTo(oracle.seconds(from, to), within(1.0));
                assertThat((double) matrix.metres(from, to))
                        .as("metres %d -> %d", from, to)
                        .isCloseTo(oracle.metres(from, to), within(1.0));
                PlacePath path = router.fastestPath(places.get(from), places.get(to), TRUCK);
                assertThat(Math.round(path.seconds())).isEqualTo(matrix.seconds(from, to));
                assertThat(drivenMetres(path)).isCloseTo(path.metres(), within(1e-6));
                assertThat(drivenSeconds(network, path)).isCloseTo(path.seconds(), within(1e-6));
            }
        }
    }

    private static double drivenMetres(PlacePath path) {
        return path.stretches().stream()
                .mapToDouble(stretch -> stretch.toMetres() - stretch.fromMetres())
                .sum();
    }

    private static double drivenSeconds(RoadNetwork network, PlacePath path) {
        double seconds = 0;
        for (PlacePath.Stretch stretch : path.stretches()) {
            RoadSegment segment = network.segment(stretch.segmentIndex());
            seconds += (stretch.toMetres() - stretch.fromMetres()) * 3.6 / TRUCK.kmhOn(segment.roadClass());
        }
        return seconds;
    }

    /** The network with each point's street cut in two at a new node, the oracle for points on segments. */
    private record SplitNetwork(RoadNetwork network, int[] nodeIndexes) {

        static SplitNetwork at(RoadNetwork network, List<RoadPlace> places) {
            GeometryFactory geometry = new GeometryFactory();
            List<RoadNode> nodes = new ArrayList<>(network.nodes());
            List<RoadSegment> segments = new ArrayList<>(network.segments());
            long[] nodeIds = new long[places.size()];
            for (int i = 0; i < places.size(); i++) {
                if (places.get(i) instanceof RoadPlace.AtNode atNode) {
                    nodeIds[i] = network.node(atNode.nodeIndex()).id();
                    continue;
                }
                RoadPlace.OnSegment point = (RoadPlace.OnSegment) places.get(i);
                RoadSegment segment = network.segment(point.segmentIndex());
                long cut = 900_000L + i;
                RoadNode from = network.node(network.nodeIndex(segment.fromNode()));
                nodes.add(new RoadNode(cut, from.lat(), from.lon()));
                nodeIds[i] = cut;
                double offset = point.offsetMetres();
                segments.remove(segment);
                segments.add(piece(geometry, segment, "a", segment.fromNode(), cut, offset));
                segments.add(piece(geometry, segment, "b", cut, segment.toNode(), segment.lengthMetres() - offset));
                network.reverseOf(segment).ifPresent(twin -> {
                    segments.remove(twin);
                    segments.add(piece(geometry, twin, "a", twin.fromNode(), cut, twin.lengthMetres() - offset));
                    segments.add(piece(geometry, twin, "b", cut, twin.toNode(), offset));
                });
            }
            RoadNetwork split = new RoadNetwork(nodes, segments);
            int[] indexes = new int[nodeIds.length];
            for (int i = 0; i < nodeIds.length; i++) {
                indexes[i] = split.nodeIndex(nodeIds[i]);
            }
            return new SplitNetwork(split, indexes);
        }

        private static RoadSegment piece(
                GeometryFactory geometry, RoadSegment whole, String part, long from, long to, double metres) {
            Coordinate[] line = whole.geometry().getCoordinates();
            return new RoadSegment(
                    whole.id() + part,
                    from,
                    to,
                    geometry.createLineString(line),
                    metres,
                    whole.roadClass(),
                    whole.name(),
                    whole.oneWay(),
                    whole.lanes(),
                    whole.widthMetres());
        }
    }
}
