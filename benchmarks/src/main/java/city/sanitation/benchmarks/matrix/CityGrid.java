package city.sanitation.benchmarks.matrix;

import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A synthetic, strongly connected, city-like street grid: blocks of 80-160 m, a main road every 8th street and a
 * secondary road every 4th, branch streets and alleys in between, every 5th row a one-way street (alternating
 * direction), and about a third of the blocks split by a mid-block node, as OpenStreetMap data has many nodes of
 * degree two. The same seed and size give the same network.
 */
final class CityGrid {

    private static final double METRES_PER_DEGREE = 111_320.0;
    private static final double SPLIT_PROBABILITY = 0.35;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Random random;
    private final List<RoadNode> nodes = new ArrayList<>();
    private final List<RoadSegment> segments = new ArrayList<>();
    private long nextNodeId = 1;

    private CityGrid(long seed) {
        this.random = new Random(seed);
    }

    /** The grid whose directed segment count is closest to {@code targetSegments}. */
    static RoadNetwork withAboutSegments(int targetSegments, long seed) {
        int low = 2;
        int high = 4;
        while (generate(high, seed).segmentCount() < targetSegments) {
            low = high;
            high *= 2;
        }
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (generate(middle, seed).segmentCount() < targetSegments) {
                low = middle;
            } else {
                high = middle;
            }
        }
        RoadNetwork below = generate(low, seed);
        RoadNetwork above = generate(high, seed);
        return targetSegments - below.segmentCount() <= above.segmentCount() - targetSegments ? below : above;
    }

    /** A grid of {@code size} x {@code size} junctions. */
    static RoadNetwork generate(int size, long seed) {
        return new CityGrid(seed).build(size);
    }

    private RoadNetwork build(int size) {
        double[] columnX = blockOffsets(size);
        double[] rowY = blockOffsets(size);
        long[][] junction = new long[size][size];
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                junction[row][column] = addNode(columnX[column], rowY[row]);
            }
        }
        for (int row = 0; row < size; row++) {
            RoadClass roadClass = classOfStreet(row);
            boolean oneWay = row % 5 == 2 && roadClass != RoadClass.MAIN;
            boolean eastbound = row % 10 == 2;
            for (int column = 0; column + 1 < size; column++) {
                long west = junction[row][column];
                long east = junction[row][column + 1];
                if (oneWay) {
                    addStreet(eastbound ? west : east, eastbound ? east : west, roadClass, "Row " + row, true);
                } else {
                    addStreet(west, east, roadClass, "Row " + row, false);
                }
            }
        }
        for (int column = 0; column < size; column++) {
            RoadClass roadClass = classOfStreet(column);
            for (int row = 0; row + 1 < size; row++) {
                addStreet(junction[row][column], junction[row + 1][column], roadClass, "Column " + column, false);
            }
        }
        return new RoadNetwork(nodes, segments);
    }

    private double[] blockOffsets(int size) {
        double[] offsets = new double[size];
        for (int i = 1; i < size; i++) {
            offsets[i] = offsets[i - 1] + 80 + random.nextInt(81);
        }
        return offsets;
    }

    private RoadClass classOfStreet(int index) {
        if (index % 8 == 0) {
            return RoadClass.MAIN;
        }
        if (index % 4 == 0) {
            return RoadClass.SECONDARY;
        }
        return random.nextDouble() < 0.2 ? RoadClass.ALLEY : RoadClass.BRANCH;
    }

    private long addNode(double xMetres, double yMetres) {
        long id = nextNodeId++;
        // Around Pingcheng, Datong; longitude degrees are shorter at 40° north.
        double lat = 40.08 + yMetres / METRES_PER_DEGREE;
        double lon = 113.29 + xMetres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(40.08)));
        nodes.add(new RoadNode(id, lat, lon));
        return id;
    }

    /** One block of street from {@code a} to {@code b}, possibly split in two by a mid-block node. */
    private void addStreet(long a, long b, RoadClass roadClass, String name, boolean oneWay) {
        if (random.nextDouble() < SPLIT_PROBABILITY) {
            RoadNode nodeA = node(a);
            RoadNode nodeB = node(b);
            long middle = nextNodeId++;
            nodes.add(new RoadNode(middle, (nodeA.lat() + nodeB.lat()) / 2, (nodeA.lon() + nodeB.lon()) / 2));
            addPiece(a, middle, roadClass, name, oneWay);
            addPiece(middle, b, roadClass, name, oneWay);
        } else {
            addPiece(a, b, roadClass, name, oneWay);
        }
    }

    private void addPiece(long a, long b, RoadClass roadClass, String name, boolean oneWay) {
        segments.add(segment(a, b, roadClass, name, oneWay));
        if (!oneWay) {
            segments.add(segment(b, a, roadClass, name, false));
        }
    }

    private RoadSegment segment(long from, long to, RoadClass roadClass, String name, boolean oneWay) {
        Coordinate start = node(from).coordinate();
        Coordinate end = node(to).coordinate();
        double dx = (end.x - start.x) * METRES_PER_DEGREE * Math.cos(Math.toRadians(start.y));
        double dy = (end.y - start.y) * METRES_PER_DEGREE;
        int lanes = roadClass == RoadClass.MAIN ? 3 : roadClass == RoadClass.SECONDARY ? 2 : 1;
        return new RoadSegment(
                from + "-" + to,
                from,
                to,
                GEOMETRY.createLineString(new Coordinate[] {start, end}),
                Math.hypot(dx, dy),
                roadClass,
                name,
                oneWay,
                lanes,
                lanes * 3.5);
    }

    private RoadNode node(long id) {
        // Node ids are assigned densely from 1 in creation order.
        return nodes.get((int) (id - 1));
    }
}
