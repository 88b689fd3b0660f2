package city.sanitation.dataset;

import city.sanitation.dataset.json.Located;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import city.sanitation.road.snap.GeoDistance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;

/**
 * Builds the road network of a dataset whose segments are inline. Nodes are not stored in the file: a node is the
 * id named by segments' {@code from}/{@code to}, placed at the matching end of the first segment that names it.
 */
final class RoadNetworkAssembler {

    /** Segment ends that share a node may differ by rounding, never by more than this. */
    static final double NODE_TOLERANCE_METRES = 1.0;

    private RoadNetworkAssembler() {}

    /** The network, or empty after reporting why it cannot be built. */
    static Optional<RoadNetwork> assemble(List<Located<RoadSegment>> segments, ProblemCollector problems) {
        Map<Long, Located<Coordinate>> nodePositions = new LinkedHashMap<>();
        Set<String> segmentIds = new HashSet<>();
        boolean consistent = true;
        for (Located<RoadSegment> located : segments) {
            RoadSegment segment = located.value();
            if (!segmentIds.add(segment.id())) {
                consistent = false; // reported with the other duplicate ids
                continue;
            }
            Coordinate[] coordinates = segment.geometry().getCoordinates();
            consistent &=
                    placeEnd(segment, "starts", segment.fromNode(), coordinates, 0, located, nodePositions, problems);
            consistent &= placeEnd(
                    segment,
                    "ends",
                    segment.toNode(),
                    coordinates,
                    coordinates.length - 1,
                    located,
                    nodePositions,
                    problems);
        }
        if (!consistent) {
            return Optional.empty();
        }
        List<RoadNode> nodes = new ArrayList<>(nodePositions.size());
        nodePositions.forEach((id, position) -> nodes.add(new RoadNode(id, position.value().y, position.value().x)));
        return Optional.of(
                new RoadNetwork(nodes, segments.stream().map(Located::value).toList()));
    }

    private static boolean placeEnd(
            RoadSegment segment,
            String verb,
            long nodeId,
            Coordinate[] coordinates,
            int index,
            Located<RoadSegment> located,
            Map<Long, Located<Coordinate>> nodePositions,
            ProblemCollector problems) {
        Coordinate end = coordinates[index];
        String pointer = located.at("/geometry/coordinates/" + index);
        Located<Coordinate> known = nodePositions.putIfAbsent(nodeId, new Located<>(end, pointer));
        if (known == null) {
            return true;
        }
        Coordinate position = known.value();
        double metres = GeoDistance.metres(position.x, position.y, end.x, end.y);
        if (metres <= NODE_TOLERANCE_METRES) {
            return true;
        }
        problems.add(
                pointer,
                String.format(
                        java.util.Locale.ROOT,
                        "The segment (%s) %s at node (%d), which %s puts at (%.7f, %.7f), but its geometry %s %.0f m"
                                + " away at (%.7f, %.7f).\nMaybe its from/to ids are swapped or wrong.",
                        segment.id(),
                        verb,
                        nodeId,
                        known.pointer(),
                        position.x,
                        position.y,
                        verb,
                        metres,
                        end.x,
                        end.y));
        return false;
    }
}
