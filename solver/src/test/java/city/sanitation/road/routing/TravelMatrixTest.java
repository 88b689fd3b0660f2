package city.sanitation.road.routing;

import static city.sanitation.road.RoadClass.ALLEY;
import static city.sanitation.road.RoadClass.BRANCH;
import static city.sanitation.road.RoadClass.MAIN;
import static city.sanitation.road.RoadClass.SECONDARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TravelMatrixTest {

    static final SpeedProfile TRUCK =
            new SpeedProfile("truck", Map.of(MAIN, 40.0, SECONDARY, 30.0, BRANCH, 20.0, ALLEY, 10.0));

    static int[] allNodes(RoadNetwork network) {
        return IntStream.range(0, network.nodeCount()).toArray();
    }

    @Test
    void entriesEqualRouterResultsForAllPairs() {
        RoadNetwork network = TestNetworkBuilder.randomGrid(6, 42);
        Router router = new Router(network);
        int[] locations = allNodes(network);

        TravelMatrix matrix = TravelMatrix.build(network, locations, TRUCK);

        assertThat(matrix.size()).isEqualTo(network.nodeCount());
        for (int from = 0; from < matrix.size(); from++) {
            for (int to = 0; to < matrix.size(); to++) {
                RoutePath path = router.fastestPath(matrix.nodeIndexOf(from), matrix.nodeIndexOf(to), TRUCK);
                assertThat(matrix.reachable(from, to)).isTrue();
                assertThat(matrix.seconds(from, to))
                        .as("seconds %d -> %d", from, to)
                        .isEqualTo(Math.round(path.seconds()));
                assertThat(matrix.metres(from, to))
                        .as("metres %d -> %d", from, to)
                        .isEqualTo(Math.round(path.metres()));
            }
        }
    }

    @Test
    void agreesWithFloydWarshallOnAGrid() {
        RoadNetwork network = TestNetworkBuilder.randomGrid(7, 5);
        int n = network.nodeCount();
        double[][] fastest = new double[n][n];
        for (double[] row : fastest) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int node = 0; node < n; node++) {
            fastest[node][node] = 0.0;
        }
        for (RoadSegment segment : network.segments()) {
            int from = network.nodeIndex(segment.fromNode());
            int to = network.nodeIndex(segment.toNode());
            fastest[from][to] = Math.min(fastest[from][to], TRUCK.secondsToDrive(segment));
        }
        for (int via = 0; via < n; via++) {
            for (int from = 0; from < n; from++) {
                for (int to = 0; to < n; to++) {
                    fastest[from][to] = Math.min(fastest[from][to], fastest[from][via] + fastest[via][to]);
                }
            }
        }

        TravelMatrix matrix = TravelMatrix.build(network, allNodes(network), TRUCK);

        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                assertThat((double) matrix.seconds(matrix.locationOf(from), matrix.locationOf(to)))
                        .as("%d -> %d", from, to)
                        .isCloseTo(fastest[from][to], within(0.5 + 1e-6));
            }
        }
    }

    @Test
    void metresAreThoseOfTheFastestPathNotTheShortest() {
        RoadNetwork network = RouterTest.mainRoadOrAlleyDetour();
        int[] locations = {network.nodeIndex(1), network.nodeIndex(2)};

        TravelMatrix rushHour = TravelMatrix.build(network, locations, RouterTest.RUSH_HOUR);
        TravelMatrix night = TravelMatrix.build(network, locations, RouterTest.NIGHT);

        // Rush hour takes the 1100 m alley detour (198 s) instead of the 1000 m main road (360 s).
        assertThat(rushHour.seconds(0, 1)).isEqualTo(198);
        assertThat(rushHour.metres(0, 1)).isEqualTo(1100);
        assertThat(night.seconds(0, 1)).isEqualTo(72);
        assertThat(night.metres(0, 1)).isEqualTo(1000);
    }

    @Test
    void oneWayStreetsMakeTheMatrixAsymmetric() {
        RoadNetwork network = new TestNetworkBuilder()
                .node(1)
                .node(2)
                .node(3)
                .node(4)
                .oneWay(1, 2, 100, BRANCH)
                .twoWay(2, 3, 200, BRANCH)
                .twoWay(3, 4, 200, BRANCH)
                .twoWay(4, 1, 200, BRANCH)
                .build();

        TravelMatrix matrix = TravelMatrix.build(network, allNodes(network), RouterTest.TEN_METRES_PER_SECOND);
        int a = matrix.locationOf(network.nodeIndex(1));
        int b = matrix.locationOf(network.nodeIndex(2));

        assertThat(matrix.metres(a, b)).isEqualTo(100);
        assertThat(matrix.seconds(a, b)).isEqualTo(10);
        assertThat(matrix.metres(b, a)).isEqualTo(600);
        assertThat(matrix.seconds(b, a)).isEqualTo(60);
    }

    @Test
    void satisfiesTheTriangleInequalityOnAGrid() {
        RoadNetwork network = TestNetworkBuilder.randomGrid(12, 7);
        TravelMatrix matrix = TravelMatrix.build(network, allNodes(network), TRUCK);
        Random random = new Random(11);

        for (int i = 0; i < 5_000; i++) {
            int a = random.nextInt(matrix.size());
            int b = random.nextInt(matrix.size());
            int c = random.nextInt(matrix.size());
            // Each entry is rounded to whole seconds, which may add up to one second of slack.
            assertThat(matrix.seconds(a, c))
                    .as("%d -> %d -> %d", a, b, c)
                    .isLessThanOrEqualTo(matrix.seconds(a, b) + matrix.seconds(b, c) + 1);
        }
        for (int a = 0; a < matrix.size(); a++) {
            assertThat(matrix.seconds(a, a)).isZero();
            assertThat(matrix.metres(a, a)).isZero();
        }
    }

    @Test
    void parallelAndSequentialBuildsAgree() {
        RoadNetwork network = TestNetworkBuilder.randomGrid(10, 3);
        Router router = new Router(network);
        int[] locations = IntStream.range(0, network.nodeCount())
                .filter(node -> node % 3 != 0)
                .toArray();

        TravelMatrix sequential = TravelMatrix.build(router, locations, TRUCK, 1);
        TravelMatrix parallel = TravelMatrix.build(router, locations, TRUCK, 4);

        for (int from = 0; from < locations.length; from++) {
            for (int to = 0; to < locations.length; to++) {
                assertThat(parallel.seconds(from, to)).isEqualTo(sequential.seconds(from, to));
                assertThat(parallel.metres(from, to)).isEqualTo(sequential.metres(from, to));
            }
        }
    }

    @Test
    void mapsLocationsToNodesAndBack() {
        RoadNetwork network = TestNetworkBuilder.randomGrid(4, 1);
        int[] locations = {7, 2, 11};

        TravelMatrix matrix = TravelMatrix.build(network, locations, TRUCK);
        locations[0] = 5;

        assertThat(matrix.size()).isEqualTo(3);
        assertThat(matrix.nodeIndexOf(0)).isEqualTo(7);
        assertThat(matrix.locationOf(7)).isZero();
        assertThat(matrix.locationOf(2)).isEqualTo(1);
        assertThat(matrix.locationOf(11)).isEqualTo(2);
        assertThat(matrix.locationOf(5)).isEqualTo(-1);
        assertThat(matrix.profile()).isEqualTo(TRUCK);
    }

    @Test
    void unreachablePairsHaveNoTravelTime() {
        RoadNetwork network = new TestNetworkBuilder()
                .node(1)
                .node(2)
                .node(3)
                .oneWay(1, 2, 100, BRANCH)
                .build();
        int a = network.nodeIndex(1);
        int b = network.nodeIndex(2);
        int isolated = network.nodeIndex(3);

        TravelMatrix matrix = TravelMatrix.build(network, new int[] {a, b, isolated}, TRUCK);

        assertThat(matrix.reachable(0, 1)).isTrue();
        assertThat(matrix.seconds(0, 1)).isEqualTo(18);
        assertThat(matrix.reachable(1, 0)).isFalse();
        assertThat(matrix.seconds(1, 0)).isEqualTo(Integer.MAX_VALUE);
        assertThat(matrix.metres(1, 0)).isEqualTo(Integer.MAX_VALUE);
        assertThat(matrix.reachable(0, 2)).isFalse();
        assertThat(matrix.reachable(2, 0)).isFalse();
        assertThat(matrix.reachable(2, 2)).isTrue();
    }

    @Test
    void rejectsDuplicateAndUnknownLocations() {
        RoadNetwork network = TestNetworkBuilder.randomGrid(3, 1);

        assertThatThrownBy(() -> TravelMatrix.build(network, new int[] {4, 1, 4}, TRUCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The node index (4) appears twice in the locations, at (0) and (2).")
                .hasMessageContaining("Maybe remove duplicates");
        assertThatThrownBy(() -> TravelMatrix.build(network, new int[] {0, 9}, TRUCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "The node index of location 1 (9) is not in the road network, which has nodes 0 to 8.");
    }

    @Test
    void rejectsAProfileWithoutSpeedForARoadClassOfTheNetwork() {
        RoadNetwork network = RouterTest.mainRoadOrAlleyDetour();
        SpeedProfile alleysOnly = new SpeedProfile("alleys only", Map.of(ALLEY, 10.0));

        assertThatThrownBy(() -> TravelMatrix.build(network, new int[] {0, 1}, alleysOnly))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The speed profile (alleys only) has no speed for road classes [MAIN]");
    }
}
