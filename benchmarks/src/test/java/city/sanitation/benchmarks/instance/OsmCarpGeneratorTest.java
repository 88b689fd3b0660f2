package city.sanitation.benchmarks.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.sanitation.benchmarks.instance.CarpInstance.CarpEdge;
import city.sanitation.benchmarks.instance.OsmCarpGenerator.Spec;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class OsmCarpGeneratorTest {

    /** A 20 x 20 street grid of two-way streets, 60 to 180 m long, as an OSM import gives it (one segment a way). */
    static RoadNetwork grid() {
        GeometryFactory geometry = new GeometryFactory();
        Random random = new Random(7);
        int size = 20;
        List<RoadNode> nodes = new ArrayList<>();
        for (int i = 0; i < size * size; i++) {
            nodes.add(new RoadNode(1000 + i, 48.0 + (i / size) * 1e-3, 11.0 + (i % size) * 1e-3));
        }
        List<RoadSegment> segments = new ArrayList<>();
        for (int i = 0; i < size * size; i++) {
            for (int j : new int[] {i + 1, i + size}) {
                if ((j == i + 1 && j % size == 0) || j >= size * size) {
                    continue;
                }
                double metres = 60 + random.nextInt(121);
                for (int[] ends : new int[][] {{i, j}, {j, i}}) {
                    RoadNode from = nodes.get(ends[0]);
                    RoadNode to = nodes.get(ends[1]);
                    segments.add(new RoadSegment(
                            from.id() + ">" + to.id(),
                            from.id(),
                            to.id(),
                            geometry.createLineString(new Coordinate[] {from.coordinate(), to.coordinate()}),
                            metres,
                            RoadClass.BRANCH,
                            "street",
                            false,
                            1,
                            0.0));
                }
            }
        }
        return new RoadNetwork(nodes, segments);
    }

    @Test
    void theSameSpecGivesTheSameInstanceAndAnotherSeedAnother() {
        RoadNetwork network = grid();

        CarpInstance first = OsmCarpGenerator.generate(network, new Spec("grid-300", 300, 1));
        CarpInstance again = OsmCarpGenerator.generate(network, new Spec("grid-300", 300, 1));
        CarpInstance other = OsmCarpGenerator.generate(network, new Spec("grid-300", 300, 2));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void anInstanceIsAConnectedStreetRegionWithEveryPassWithinOneTank() {
        CarpInstance instance = OsmCarpGenerator.generate(grid(), new Spec("grid-300", 300, 1));

        List<CarpEdge> all = new ArrayList<>(instance.requiredEdges());
        all.addAll(instance.otherEdges());
        assertThat(all).hasSize(300);
        assertThat(instance.requiredEdges().size()).isBetween(200, 300);
        assertThat(instance.vehicles()).isBetween(20, 35);
        assertThat(instance.requiredEdges()).allSatisfy(edge -> {
            assertThat(edge.demand()).isBetween(1, instance.capacity());
            assertThat(edge.cost()).isPositive();
        });
        long totalDemand =
                instance.requiredEdges().stream().mapToLong(CarpEdge::demand).sum();
        assertThat(instance.vehicles())
                .isEqualTo((int) ((totalDemand + instance.capacity() - 1) / instance.capacity()));
        // Every vertex is reached from the depot over the region's streets.
        boolean[] reached = new boolean[instance.vertices() + 1];
        reached[instance.depot()] = true;
        for (boolean grew = true; grew; ) {
            grew = false;
            for (CarpEdge edge : all) {
                if (reached[edge.from()] != reached[edge.to()]) {
                    reached[edge.from()] = true;
                    reached[edge.to()] = true;
                    grew = true;
                }
            }
        }
        for (int v = 1; v <= instance.vertices(); v++) {
            assertThat(reached[v]).as("vertex %d reached", v).isTrue();
        }
    }

    @Test
    void aWrittenInstanceReadsBackTheSame() {
        CarpInstance instance = OsmCarpGenerator.generate(grid(), new Spec("grid-120", 120, 3));

        CarpInstance read = CarpReader.parse(CarpWriter.format(instance, "a grid, seed 3"));

        assertThat(read).isEqualTo(instance);
    }

    @Test
    void moreStreetsThanTheNetworkHoldsIsAnError() {
        assertThatThrownBy(() -> OsmCarpGenerator.generate(grid(), new Spec("grid-5000", 5000, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fewer than the 5000 asked")
                .hasMessageContaining("Maybe");
    }
}
