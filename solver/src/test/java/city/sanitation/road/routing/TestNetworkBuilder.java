package city.sanitation.road.routing;

import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Hand-built street graphs for routing tests: nodes on a small lattice, segments with explicit lengths. */
final class TestNetworkBuilder {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final List<RoadNode> nodes = new ArrayList<>();
    private final List<RoadSegment> segments = new ArrayList<>();

    TestNetworkBuilder node(long id) {
        nodes.add(new RoadNode(id, 40.0 + id * 1e-4, 113.3 + id * 1e-4));
        return this;
    }

    TestNetworkBuilder oneWay(long from, long to, double metres, RoadClass roadClass) {
        segments.add(segment(from + ">" + to, from, to, metres, roadClass, true));
        return this;
    }

    TestNetworkBuilder twoWay(long a, long b, double metres, RoadClass roadClass) {
        segments.add(segment(a + ">" + b, a, b, metres, roadClass, false));
        segments.add(segment(b + ">" + a, b, a, metres, roadClass, false));
        return this;
    }

    RoadNetwork build() {
        return new RoadNetwork(nodes, segments);
    }

    private RoadSegment segment(String id, long from, long to, double metres, RoadClass roadClass, boolean oneWay) {
        RoadNode fromNode = find(from);
        RoadNode toNode = find(to);
        return new RoadSegment(
                id,
                from,
                to,
                GEOMETRY.createLineString(new Coordinate[] {fromNode.coordinate(), toNode.coordinate()}),
                metres,
                roadClass,
                "street " + Math.min(from, to) + "-" + Math.max(from, to),
                oneWay,
                1,
                0.0);
    }

    private RoadNode find(long id) {
        return nodes.stream()
                .filter(node -> node.id() == id)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Test node (" + id + ") was not added first."));
    }

    /**
     * A strongly connected grid of {@code size} x {@code size} junctions with random block lengths and road classes;
     * every third row is a one-way street, alternating east and west, the columns are two-way.
     */
    static RoadNetwork randomGrid(int size, long seed) {
        Random random = new Random(seed);
        TestNetworkBuilder builder = new TestNetworkBuilder();
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                builder.node(gridId(size, row, column));
            }
        }
        RoadClass[] classes = RoadClass.values();
        for (int row = 0; row < size; row++) {
            for (int column = 0; column + 1 < size; column++) {
                long west = gridId(size, row, column);
                long east = gridId(size, row, column + 1);
                double metres = 50 + random.nextInt(200);
                RoadClass roadClass = classes[random.nextInt(classes.length)];
                if (row % 3 == 1) {
                    boolean eastbound = row % 6 == 1;
                    builder.oneWay(eastbound ? west : east, eastbound ? east : west, metres, roadClass);
                } else {
                    builder.twoWay(west, east, metres, roadClass);
                }
            }
        }
        for (int column = 0; column < size; column++) {
            for (int row = 0; row + 1 < size; row++) {
                double metres = 50 + random.nextInt(200);
                RoadClass roadClass = classes[random.nextInt(classes.length)];
                builder.twoWay(gridId(size, row, column), gridId(size, row + 1, column), metres, roadClass);
            }
        }
        return builder.build();
    }

    private static long gridId(int size, int row, int column) {
        return 1000L + (long) row * size + column;
    }
}
