package city.sanitation.road.directions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import city.sanitation.road.routing.PlacePath;
import city.sanitation.road.routing.RoadPlace;
import city.sanitation.road.routing.Router;
import city.sanitation.road.routing.SpeedProfile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class DrivingDirectionsTest {

    /** About 100 m between neighbouring junctions both ways at latitude 40. */
    private static final double LAT_STEP = 0.0009;

    private static final double LON_STEP = 0.0009 / Math.cos(Math.toRadians(40));

    @Test
    void turnsFollowTheChangeOfBearingWithRightPositive() {
        assertThat(Turn.of(0)).isEqualTo(Turn.STRAIGHT);
        assertThat(Turn.of(19)).isEqualTo(Turn.STRAIGHT);
        assertThat(Turn.of(-350)).isEqualTo(Turn.STRAIGHT);
        assertThat(Turn.of(30)).isEqualTo(Turn.SLIGHT_RIGHT);
        assertThat(Turn.of(-30)).isEqualTo(Turn.SLIGHT_LEFT);
        assertThat(Turn.of(90)).isEqualTo(Turn.RIGHT);
        assertThat(Turn.of(-90)).isEqualTo(Turn.LEFT);
        assertThat(Turn.of(270)).isEqualTo(Turn.LEFT);
        assertThat(Turn.of(150)).isEqualTo(Turn.SHARP_RIGHT);
        assertThat(Turn.of(-150)).isEqualTo(Turn.SHARP_LEFT);
        assertThat(Turn.of(175)).isEqualTo(Turn.U_TURN);
        assertThat(Turn.of(-179)).isEqualTo(Turn.U_TURN);
    }

    @Test
    void bearingsAreClockwiseFromNorth() {
        Coordinate origin = new Coordinate(116.0, 40.0);
        assertThat(DrivingDirections.bearing(origin, new Coordinate(116.0, 40.001)))
                .isCloseTo(0, within(0.1));
        assertThat(DrivingDirections.bearing(origin, new Coordinate(116.001, 40.0)))
                .isCloseTo(90, within(0.1));
        assertThat(DrivingDirections.bearing(origin, new Coordinate(115.999, 40.0)))
                .isCloseTo(-90, within(0.1));
    }

    @Test
    void aStreetOfSeveralBlocksIsOneStep() {
        Grid grid = new Grid()
                .street("East Road", 0, 0, 0, 1)
                .street("East Road", 0, 1, 0, 2)
                .street("East Road", 0, 2, 0, 3);

        List<DrivingStep> steps = grid.directions(0, 0, 0, 3);

        assertThat(steps).extracting(DrivingStep::turn).containsExactly(Turn.DEPART, Turn.ARRIVE);
        assertThat(steps).extracting(DrivingStep::street).containsExactly("East Road", "East Road");
        assertThat(steps.get(0).metres()).isCloseTo(300, within(3.0));
        assertThat(steps.get(1).metres()).isZero();
    }

    @Test
    void northFromEastboundIsLeftAndEastFromNorthboundIsRight() {
        Grid grid = new Grid()
                .street("East Road", 0, 0, 0, 1)
                .street("North Lane", 0, 1, 1, 1)
                .street("Upper Road", 1, 1, 1, 2);

        List<DrivingStep> steps = grid.directions(0, 0, 1, 2);

        assertThat(steps)
                .extracting(DrivingStep::turn)
                .containsExactly(Turn.DEPART, Turn.LEFT, Turn.RIGHT, Turn.ARRIVE);
        assertThat(steps)
                .extracting(DrivingStep::street)
                .containsExactly("East Road", "North Lane", "Upper Road", "Upper Road");
    }

    @Test
    void aBendOfOneStreetIsNoStepButTurningOffItIs() {
        Grid grid = new Grid()
                .street("Crooked Hutong", 0, 0, 0, 1)
                .street("Crooked Hutong", 0, 1, 1, 1)
                .street("West Lane", 1, 1, 1, 0);

        List<DrivingStep> steps = grid.directions(0, 0, 1, 0);

        assertThat(steps).extracting(DrivingStep::turn).containsExactly(Turn.DEPART, Turn.LEFT, Turn.ARRIVE);
        assertThat(steps).extracting(DrivingStep::street).containsExactly("Crooked Hutong", "West Lane", "West Lane");
        assertThat(steps.get(0).metres()).isCloseTo(200, within(2.0));
        assertThat(steps.get(1).metres()).isCloseTo(100, within(1.0));
    }

    @Test
    void aHairpinIsAUTurnEvenOnTheSameStreet() {
        Grid grid = new Grid();
        grid.node(1, 0.0, 0.0);
        grid.node(2, 0.0, 1.0);
        // Back west, 2 m north of the way in: a hairpin, not a road turning back on itself.
        grid.node(3, 0.02, 0.0);
        grid.oneWay("Loop Road", 1, 2);
        grid.oneWay("Loop Road", 2, 3);

        List<DrivingStep> steps = grid.directions(1, 3);

        assertThat(steps).extracting(DrivingStep::turn).containsExactly(Turn.DEPART, Turn.U_TURN, Turn.ARRIVE);
        assertThat(steps).extracting(DrivingStep::street).containsExactly("Loop Road", "Loop Road", "Loop Road");
    }

    @Test
    void slightAndSharpTurns() {
        Grid grid = new Grid();
        grid.node(1, 0.0, 0.0);
        grid.node(2, 0.0, 1.0);
        // About 40 degrees right of east, then back about 140 degrees to the left of that.
        grid.node(3, -0.84, 2.0);
        grid.node(4, 0.0, 1.9);
        grid.oneWay("A Street", 1, 2);
        grid.oneWay("B Street", 2, 3);
        grid.oneWay("C Street", 3, 4);

        List<DrivingStep> steps = grid.directions(1, 4);

        assertThat(steps)
                .extracting(DrivingStep::turn)
                .containsExactly(Turn.DEPART, Turn.SLIGHT_RIGHT, Turn.SHARP_LEFT, Turn.ARRIVE);
    }

    @Test
    void unnamedStreetsAreNullAndOnlyStraightOnesMerge() {
        Grid grid = new Grid().street("", 0, 0, 0, 1).street("", 0, 1, 0, 2).street("", 0, 2, -1, 2);

        List<DrivingStep> steps = grid.directions(0, 0, -1, 2);

        assertThat(steps).extracting(DrivingStep::turn).containsExactly(Turn.DEPART, Turn.RIGHT, Turn.ARRIVE);
        assertThat(steps).extracting(DrivingStep::street).containsOnlyNulls();
        assertThat(steps.get(0).metres()).isCloseTo(200, within(2.0));
    }

    @Test
    void aOneWayStreetIsDrivenAroundNotAgainst() {
        // A block: the south side is one-way westward, so from its west end to its east end goes round the block.
        Grid grid = new Grid();
        grid.node(1, 0, 0);
        grid.node(2, 0, 1);
        grid.node(3, 1, 1);
        grid.node(4, 1, 0);
        grid.oneWay("South Street", 2, 1);
        grid.twoWay("West Street", 1, 4);
        grid.twoWay("North Street", 4, 3);
        grid.twoWay("East Street", 3, 2);

        List<DrivingStep> steps = grid.directions(1, 2);

        assertThat(steps)
                .extracting(DrivingStep::street)
                .containsExactly("West Street", "North Street", "East Street", "East Street");
        assertThat(steps)
                .extracting(DrivingStep::turn)
                .containsExactly(Turn.DEPART, Turn.RIGHT, Turn.RIGHT, Turn.ARRIVE);
        assertThat(steps.stream().mapToDouble(DrivingStep::metres).sum()).isCloseTo(300, within(3.0));
    }

    @Test
    void aWayStartingPartWayAlongAStreetCountsOnlyWhatIsDriven() {
        Grid grid = new Grid().street("East Road", 0, 0, 0, 1).street("North Lane", 0, 1, 1, 1);
        RoadNetwork network = grid.network();
        int eastRoad = network.segmentIndex(Grid.id(0, 0) + ">" + Grid.id(0, 1));
        RoadPlace halfway = RoadPlace.along(network, eastRoad, 0.5);

        PlacePath path = new Router(network)
                .fastestPath(halfway, RoadPlace.node(network.nodeIndex(Grid.id(1, 1))), Grid.PROFILE);
        List<DrivingStep> steps = DrivingDirections.steps(network, path);

        assertThat(steps).extracting(DrivingStep::turn).containsExactly(Turn.DEPART, Turn.LEFT, Turn.ARRIVE);
        assertThat(steps.get(0).metres()).isCloseTo(network.segment(eastRoad).lengthMetres() / 2, within(0.5));
    }

    @Test
    void noStepsWhereNothingIsDriven() {
        Grid grid = new Grid().street("East Road", 0, 0, 0, 1);

        assertThat(grid.directions(0, 0, 0, 0)).isEmpty();
    }

    /** Junctions at rows (north) and columns (east) about 100 m apart, streets straight between them. */
    private static final class Grid {

        static final SpeedProfile PROFILE = uniformProfile();

        private static final GeometryFactory GEOMETRY = new GeometryFactory();
        private final List<RoadNode> nodes = new ArrayList<>();
        private final List<RoadSegment> segments = new ArrayList<>();

        static long id(int row, int column) {
            return 100L + (row + 10) * 100L + column;
        }

        Grid node(long id, double row, double column) {
            nodes.add(new RoadNode(id, 40.0 + row * LAT_STEP, 116.0 + column * LON_STEP));
            return this;
        }

        /** A two-way street between grid junctions, adding the junctions as needed. */
        Grid street(String name, int fromRow, int fromColumn, int toRow, int toColumn) {
            long from = id(fromRow, fromColumn);
            long to = id(toRow, toColumn);
            if (find(from) == null) {
                node(from, fromRow, fromColumn);
            }
            if (find(to) == null) {
                node(to, toRow, toColumn);
            }
            return twoWay(name, from, to);
        }

        Grid twoWay(String name, long a, long b) {
            segments.add(segment(name, a, b, false));
            segments.add(segment(name, b, a, false));
            return this;
        }

        Grid oneWay(String name, long from, long to) {
            segments.add(segment(name, from, to, true));
            return this;
        }

        RoadNetwork network() {
            return new RoadNetwork(nodes, segments);
        }

        List<DrivingStep> directions(int fromRow, int fromColumn, int toRow, int toColumn) {
            return directions(id(fromRow, fromColumn), id(toRow, toColumn));
        }

        List<DrivingStep> directions(long from, long to) {
            RoadNetwork network = network();
            PlacePath path = new Router(network)
                    .fastestPath(
                            RoadPlace.node(network.nodeIndex(from)), RoadPlace.node(network.nodeIndex(to)), PROFILE);
            return DrivingDirections.steps(network, path);
        }

        private RoadSegment segment(String name, long from, long to, boolean oneWay) {
            RoadNode a = find(from);
            RoadNode b = find(to);
            double metres = Math.hypot(
                    (b.lat() - a.lat()) * 111_320.0, (b.lon() - a.lon()) * 111_320.0 * Math.cos(Math.toRadians(40)));
            return new RoadSegment(
                    from + ">" + to,
                    from,
                    to,
                    GEOMETRY.createLineString(new Coordinate[] {a.coordinate(), b.coordinate()}),
                    metres,
                    RoadClass.BRANCH,
                    name,
                    oneWay,
                    1,
                    0.0);
        }

        private RoadNode find(long id) {
            return nodes.stream().filter(node -> node.id() == id).findFirst().orElse(null);
        }

        private static SpeedProfile uniformProfile() {
            Map<RoadClass, Double> speeds = new EnumMap<>(RoadClass.class);
            for (RoadClass roadClass : RoadClass.values()) {
                speeds.put(roadClass, 30.0);
            }
            return new SpeedProfile("30 km/h", speeds);
        }
    }
}
