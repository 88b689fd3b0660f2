package city.sanitation.district;

import city.sanitation.district.StreetLine.Axis;
import city.sanitation.road.Connectivity;
import city.sanitation.road.Connectivity.LargestComponent;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * Turns planned street lines into a strongly connected directed road network: junctions where lines cross, one
 * segment per block and direction, some minor blocks closed, some minor streets one-way, minor junctions slightly off
 * the ruled grid.
 */
final class GridStreetNetworkBuilder {

    /** Closing a block is only allowed when its ends stay linked by a detour this short (in junctions visited). */
    private static final int DETOUR_SEARCH_LIMIT = 400;

    private final LocalProjection projection;
    private final Random random;

    GridStreetNetworkBuilder(LocalProjection projection, Random random) {
        this.projection = projection;
        this.random = random;
    }

    private record Junction(double x, double y) {}

    private static final class PlanNode {
        final Junction planned;
        final List<StreetLine> lines = new ArrayList<>(2);
        double x;
        double y;
        long id;
        final List<Block> blocks = new ArrayList<>(4);

        PlanNode(Junction planned) {
            this.planned = planned;
            this.x = planned.x;
            this.y = planned.y;
        }
    }

    /** One block of a street line between two consecutive junctions. */
    private static final class Block {
        final StreetLine line;
        final PlanNode low;
        final PlanNode high;
        boolean closed;
        boolean oneWay;
        boolean towardsLow;

        Block(StreetLine line, PlanNode low, PlanNode high) {
            this.line = line;
            this.low = low;
            this.high = high;
        }

        PlanNode other(PlanNode node) {
            return node == low ? high : low;
        }
    }

    RoadNetwork build(List<StreetLine> lines) {
        Map<Junction, PlanNode> nodes = junctions(lines);
        List<Block> blocks = blocks(lines, nodes);
        closeSomeBlocks(blocks);
        List<PlanNode> usedNodes = nodes.values().stream()
                .filter(node -> node.blocks.stream().anyMatch(block -> !block.closed))
                .sorted(Comparator.comparingDouble((PlanNode node) -> -node.planned.y)
                        .thenComparingDouble(node -> node.planned.x))
                .toList();
        for (int i = 0; i < usedNodes.size(); i++) {
            usedNodes.get(i).id = i + 1;
        }
        jitter(usedNodes);
        makeSomeStreetsOneWay(blocks);
        List<Block> openBlocks = blocks.stream().filter(block -> !block.closed).toList();
        List<RoadNode> roadNodes = usedNodes.stream()
                .map(node -> {
                    Coordinate lonLat = projection.toWgs84(node.x, node.y);
                    return new RoadNode(node.id, lonLat.y, lonLat.x);
                })
                .toList();
        while (true) {
            RoadNetwork network = new RoadNetwork(roadNodes, segments(openBlocks));
            LargestComponent largest = Connectivity.largestStronglyConnected(network);
            if (largest.isWholeNetwork()) {
                return network;
            }
            reopenOneWayBlocksAround(openBlocks, largest.droppedNodes());
        }
    }

    private static Map<Junction, PlanNode> junctions(List<StreetLine> lines) {
        Map<Junction, PlanNode> nodes = new LinkedHashMap<>();
        List<StreetLine> northSouth =
                lines.stream().filter(line -> line.axis() == Axis.NORTH_SOUTH).toList();
        List<StreetLine> eastWest =
                lines.stream().filter(line -> line.axis() == Axis.EAST_WEST).toList();
        for (StreetLine vertical : northSouth) {
            for (StreetLine horizontal : eastWest) {
                if (horizontal.spans(vertical.position()) && vertical.spans(horizontal.position())) {
                    node(nodes, vertical.position(), horizontal.position(), vertical, horizontal);
                }
            }
        }
        for (StreetLine line : lines) {
            node(nodes, line.x(line.from()), line.y(line.from()), line);
            node(nodes, line.x(line.to()), line.y(line.to()), line);
        }
        return nodes;
    }

    private static void node(Map<Junction, PlanNode> nodes, double x, double y, StreetLine... lines) {
        Junction junction = new Junction(Math.rint(x * 10) / 10, Math.rint(y * 10) / 10);
        PlanNode node = nodes.computeIfAbsent(junction, PlanNode::new);
        for (StreetLine line : lines) {
            if (!node.lines.contains(line)) {
                node.lines.add(line);
            }
        }
    }

    private static List<Block> blocks(List<StreetLine> lines, Map<Junction, PlanNode> nodes) {
        Map<StreetLine, List<PlanNode>> nodesByLine = new LinkedHashMap<>();
        for (StreetLine line : lines) {
            nodesByLine.put(line, new ArrayList<>());
        }
        for (PlanNode node : nodes.values()) {
            for (StreetLine line : node.lines) {
                nodesByLine.get(line).add(node);
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (StreetLine line : lines) {
            List<PlanNode> along = nodesByLine.get(line);
            along.sort(Comparator.comparingDouble(
                    node -> line.axis() == Axis.NORTH_SOUTH ? node.planned.y : node.planned.x));
            for (int i = 1; i < along.size(); i++) {
                Block block = new Block(line, along.get(i - 1), along.get(i));
                block.low.blocks.add(block);
                block.high.blocks.add(block);
                blocks.add(block);
            }
        }
        return blocks;
    }

    private void closeSomeBlocks(List<Block> blocks) {
        for (Block block : blocks) {
            double gapShare = block.line.texture().gapShare();
            if (gapShare > 0 && random.nextDouble() < gapShare) {
                block.closed = true;
                if (!linkedWithout(block)) {
                    block.closed = false;
                }
            }
        }
    }

    /** Whether the two ends of a (closed) block are still joined by open blocks, looking only nearby. */
    private static boolean linkedWithout(Block closed) {
        Set<PlanNode> seen = new HashSet<>();
        ArrayDeque<PlanNode> queue = new ArrayDeque<>();
        queue.add(closed.low);
        seen.add(closed.low);
        while (!queue.isEmpty() && seen.size() < DETOUR_SEARCH_LIMIT) {
            PlanNode node = queue.poll();
            for (Block block : node.blocks) {
                if (block.closed) {
                    continue;
                }
                PlanNode next = block.other(node);
                if (next == closed.high) {
                    return true;
                }
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return false;
    }

    /**
     * Moves minor junctions off the ruled grid, but only along the lines of major streets through them, so that
     * main and secondary roads stay straight.
     */
    private void jitter(List<PlanNode> nodes) {
        for (PlanNode node : nodes) {
            double dx = random.nextDouble() * 2 - 1;
            double dy = random.nextDouble() * 2 - 1;
            node.x += Math.rint(dx * allowedShift(node, Axis.NORTH_SOUTH) * 10) / 10;
            node.y += Math.rint(dy * allowedShift(node, Axis.EAST_WEST) * 10) / 10;
        }
    }

    /** How far a junction may move across the lines of {@code axis} (x for north-south lines). */
    private static double allowedShift(PlanNode node, Axis axis) {
        List<StreetLine> across =
                node.lines.stream().filter(line -> line.axis() == axis).toList();
        List<StreetLine> considered = across.isEmpty() ? node.lines : across;
        double shift = Double.MAX_VALUE;
        for (StreetLine line : considered) {
            shift = Math.min(shift, line.texture().jitterMetres());
        }
        return shift;
    }

    /**
     * Makes whole streets one-way, their share of the streets of each texture as close as possible even in a small
     * district: the shares add up street by street and every time the sum passes a whole number, a street turns
     * one-way.
     */
    private void makeSomeStreetsOneWay(List<Block> blocks) {
        Map<StreetLine, List<Block>> blocksByLine = new LinkedHashMap<>();
        for (Block block : blocks) {
            blocksByLine.computeIfAbsent(block.line, line -> new ArrayList<>()).add(block);
        }
        double owed = random.nextDouble();
        for (Map.Entry<StreetLine, List<Block>> entry : blocksByLine.entrySet()) {
            double oneWayShare = entry.getKey().texture().oneWayShare();
            if (oneWayShare == 0) {
                continue;
            }
            owed += oneWayShare;
            boolean towardsLow = random.nextBoolean();
            if (owed >= 1) {
                owed -= 1;
                for (Block block : entry.getValue()) {
                    block.oneWay = true;
                    block.towardsLow = towardsLow;
                }
            }
        }
    }

    private List<RoadSegment> segments(List<Block> openBlocks) {
        List<RoadSegment> segments = new ArrayList<>(openBlocks.size() * 2);
        int number = 0;
        for (Block block : openBlocks) {
            number++;
            String stem = "seg-%06d-".formatted(number);
            PlanNode start = block.oneWay && block.towardsLow ? block.high : block.low;
            PlanNode end = block.other(start);
            segments.add(segment(stem + "f", start, end, block));
            if (!block.oneWay) {
                segments.add(segment(stem + "b", end, start, block));
            }
        }
        return segments;
    }

    private RoadSegment segment(String id, PlanNode start, PlanNode end, Block block) {
        LineString geometry = Wgs84.GEOMETRY.createLineString(
                new Coordinate[] {projection.toWgs84(start.x, start.y), projection.toWgs84(end.x, end.y)});
        double length = Math.rint(LocalProjection.lengthMetres(geometry) * 10) / 10;
        StreetLine line = block.line;
        int lanes = block.oneWay ? Math.max(1, line.lanes() / 2) : line.lanes();
        RoadClass roadClass = line.roadClass();
        return new RoadSegment(
                id,
                start.id,
                end.id,
                geometry,
                length,
                roadClass,
                line.name(),
                block.oneWay,
                lanes,
                line.widthMetres());
    }

    /**
     * Makes two-way again the one-way blocks between a stranded junction (outside the largest strongly connected
     * part) and the rest. Because the blocks form one connected street plan, such a block always exists while any
     * junction is stranded, so repeating this ends with every junction reachable from every other, at the cost of as
     * few one-way streets as the repair can tell.
     */
    private static void reopenOneWayBlocksAround(List<Block> openBlocks, List<RoadNode> strandedNodes) {
        Set<Long> stranded = new HashSet<>();
        for (RoadNode node : strandedNodes) {
            stranded.add(node.id());
        }
        boolean changed = false;
        for (Block block : openBlocks) {
            if (block.oneWay && stranded.contains(block.low.id) != stranded.contains(block.high.id)) {
                block.oneWay = false;
                changed = true;
            }
        }
        if (!changed) {
            throw new IllegalStateException("The planned streets split into " + strandedNodes.size()
                    + " junctions that no street joins to the rest.\n"
                    + "Maybe a street line ends without touching another one.");
        }
    }
}
