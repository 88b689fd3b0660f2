package city.sanitation.road.routing;

import static city.sanitation.road.RoadClass.ALLEY;
import static city.sanitation.road.RoadClass.BRANCH;
import static city.sanitation.road.RoadClass.MAIN;
import static city.sanitation.road.RoadClass.SECONDARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {

    /** 36 km/h is 10 m/s, so expected seconds are a tenth of the metres. */
    static final SpeedProfile TEN_METRES_PER_SECOND = uniform("10 m/s", 36.0);

    static SpeedProfile uniform(String id, double kmh) {
        Map<RoadClass, Double> speeds = new EnumMap<>(RoadClass.class);
        for (RoadClass roadClass : RoadClass.values()) {
            speeds.put(roadClass, kmh);
        }
        return new SpeedProfile(id, speeds);
    }

    static List<String> segmentIds(RoadNetwork network, RoutePath path) {
        return path.segments(network).stream().map(RoadSegment::id).toList();
    }

    @Test
    void findsTheExactShortestPath() {
        RoadNetwork network = new TestNetworkBuilder()
                .node(1)
                .node(2)
                .node(3)
                .node(4)
                .node(5)
                .twoWay(1, 2, 100, BRANCH)
                .twoWay(2, 3, 100, BRANCH)
                .twoWay(1, 4, 150, BRANCH)
                .twoWay(4, 3, 100, BRANCH)
                .twoWay(3, 5, 50, BRANCH)
                .build();
        Router router = new Router(network);

        RoutePath path = router.fastestPath(network.nodeIndex(1), network.nodeIndex(5), TEN_METRES_PER_SECOND);

        assertThat(segmentIds(network, path)).containsExactly("1>2", "2>3", "3>5");
        assertThat(path.fromNode()).isEqualTo(network.nodeIndex(1));
        assertThat(path.toNode()).isEqualTo(network.nodeIndex(5));
        assertThat(path.metres()).isCloseTo(250.0, within(1e-9));
        assertThat(path.seconds()).isCloseTo(25.0, within(1e-9));

        RoutePath back = router.fastestPath(network.nodeIndex(5), network.nodeIndex(4), TEN_METRES_PER_SECOND);
        assertThat(segmentIds(network, back)).containsExactly("5>3", "3>4");
        assertThat(back.metres()).isCloseTo(150.0, within(1e-9));
    }

    @Test
    void pathFromANodeToItselfIsEmpty() {
        RoadNetwork network = new TestNetworkBuilder()
                .node(1)
                .node(2)
                .twoWay(1, 2, 100, BRANCH)
                .build();

        RoutePath path = new Router(network).fastestPath(1, 1, TEN_METRES_PER_SECOND);

        assertThat(path.segmentCount()).isZero();
        assertThat(path.metres()).isZero();
        assertThat(path.seconds()).isZero();
    }

    @Test
    void honoursOneWayStreets() {
        RoadNetwork network = new TestNetworkBuilder()
                .node(1)
                .node(2)
                .node(3)
                .node(4)
                .oneWay(1, 2, 100, SECONDARY)
                .twoWay(2, 3, 200, BRANCH)
                .twoWay(3, 4, 200, BRANCH)
                .twoWay(4, 1, 200, BRANCH)
                .build();
        Router router = new Router(network);
        int a = network.nodeIndex(1);
        int b = network.nodeIndex(2);

        RoutePath forward = router.fastestPath(a, b, TEN_METRES_PER_SECOND);
        RoutePath backward = router.fastestPath(b, a, TEN_METRES_PER_SECOND);

        assertThat(segmentIds(network, forward)).containsExactly("1>2");
        assertThat(forward.metres()).isCloseTo(100.0, within(1e-9));
        assertThat(segmentIds(network, backward)).containsExactly("2>3", "3>4", "4>1");
        assertThat(backward.metres()).isCloseTo(600.0, within(1e-9));
        assertThat(backward.seconds()).isCloseTo(60.0, within(1e-9));
    }

    /** A congested main road straight to 2, or a longer detour through alleys via 3. */
    static RoadNetwork mainRoadOrAlleyDetour() {
        return new TestNetworkBuilder()
                .node(1)
                .node(2)
                .node(3)
                .twoWay(1, 2, 1000, MAIN)
                .twoWay(1, 3, 300, ALLEY)
                .twoWay(3, 2, 800, ALLEY)
                .build();
    }

    static final SpeedProfile RUSH_HOUR =
            new SpeedProfile("rush hour", Map.of(MAIN, 10.0, SECONDARY, 20.0, BRANCH, 20.0, ALLEY, 20.0));
    static final SpeedProfile NIGHT =
            new SpeedProfile("night", Map.of(MAIN, 50.0, SECONDARY, 15.0, BRANCH, 15.0, ALLEY, 15.0));

    @Test
    void speedProfileChangesTheChosenPath() {
        RoadNetwork network = mainRoadOrAlleyDetour();
        Router router = new Router(network);
        int from = network.nodeIndex(1);
        int to = network.nodeIndex(2);

        RoutePath rushHour = router.fastestPath(from, to, RUSH_HOUR);
        RoutePath night = router.fastestPath(from, to, NIGHT);

        // Main road: 1000 m at 10 km/h = 360 s; alleys: 1100 m at 20 km/h = 198 s.
        assertThat(segmentIds(network, rushHour)).containsExactly("1>3", "3>2");
        assertThat(rushHour.seconds()).isCloseTo(198.0, within(1e-9));
        assertThat(rushHour.metres()).isCloseTo(1100.0, within(1e-9));
        // Main road: 1000 m at 50 km/h = 72 s; alleys: 1100 m at 15 km/h = 264 s.
        assertThat(segmentIds(network, night)).containsExactly("1>2");
        assertThat(night.seconds()).isCloseTo(72.0, within(1e-9));
    }

    @Test
    void unreachableTargetFailsWithAClearMessage() {
        RoadNetwork network = new TestNetworkBuilder()
                .node(1)
                .node(2)
                .node(3)
                .oneWay(1, 2, 100, BRANCH)
                .build();
        Router router = new Router(network);
        int a = network.nodeIndex(1);
        int b = network.nodeIndex(2);
        int isolated = network.nodeIndex(3);

        assertThat(router.findFastestPath(a, b, TEN_METRES_PER_SECOND)).isPresent();
        assertThat(router.findFastestPath(b, a, TEN_METRES_PER_SECOND)).isEmpty();
        assertThat(router.findFastestPath(a, isolated, TEN_METRES_PER_SECOND)).isEmpty();
        assertThatThrownBy(() -> router.fastestPath(b, a, TEN_METRES_PER_SECOND))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The node (" + a + ") cannot be reached from the node (" + b + ")")
                .hasMessageContaining("Maybe");
    }

    @Test
    void rejectsUnknownNodeIndexes() {
        RoadNetwork network = new TestNetworkBuilder()
                .node(1)
                .node(2)
                .twoWay(1, 2, 100, BRANCH)
                .build();
        Router router = new Router(network);

        assertThatThrownBy(() -> router.fastestPath(-1, 0, TEN_METRES_PER_SECOND))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The from node index (-1) is not in the road network, which has nodes 0 to 1.");
        assertThatThrownBy(() -> router.fastestPath(0, 2, TEN_METRES_PER_SECOND))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The to node index (2) is not in the road network");
    }

    @Test
    void rejectsAProfileWithoutSpeedForARoadClassOfTheNetwork() {
        RoadNetwork network = mainRoadOrAlleyDetour();
        SpeedProfile mainOnly = new SpeedProfile("main only", Map.of(MAIN, 40.0));

        assertThatThrownBy(() -> new Router(network).fastestPath(0, 1, mainOnly))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The speed profile (main only) has no speed for road classes [ALLEY]");
    }

    @Test
    void rejectsEmptyMissingAndNonPositiveSpeeds() {
        assertThatThrownBy(() -> new SpeedProfile("empty", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The speed profile (empty) has no speed for any road class.");
        Map<RoadClass, Double> withNull = new HashMap<>();
        withNull.put(BRANCH, null);
        assertThatThrownBy(() -> new SpeedProfile("null", withNull))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The speed profile (null) has no speed for road class (BRANCH).");
        assertThatThrownBy(() -> new SpeedProfile("zero", Map.of(MAIN, 0.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "The speed (0.0 km/h) of road class (MAIN) in speed profile (zero) must be positive");
        assertThatThrownBy(() -> new SpeedProfile("negative", Map.of(ALLEY, -5.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The speed (-5.0 km/h) of road class (ALLEY)");
        assertThatThrownBy(() -> new SpeedProfile("nan", Map.of(ALLEY, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive and finite");
    }

    @Test
    void secondsToDriveFollowTheRoadClassSpeed() {
        RoadSegment main = mainRoadOrAlleyDetour().findSegment("1>2").orElseThrow();

        assertThat(RUSH_HOUR.secondsToDrive(main)).isCloseTo(360.0, within(1e-9));
        assertThat(NIGHT.secondsToDrive(main)).isCloseTo(72.0, within(1e-9));
    }

    @Test
    void routePathCopiesItsSegmentIndexes() {
        int[] segments = {3, 1, 2};
        RoutePath path = new RoutePath(0, 1, segments, 10, 1);
        segments[0] = 99;
        path.segmentIndexes()[1] = 99;

        assertThat(path.segmentIndexes()).containsExactly(3, 1, 2);
        assertThat(path).isEqualTo(new RoutePath(0, 1, new int[] {3, 1, 2}, 10, 1));
    }
}
