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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;

/**
 * Builds the road network of a dataset whose segments are inline. Nodes are not stored in the file: a node is an id
 * named by segments' {@code from}/{@code to}, placed at the matching ends of their geometries. Those ends must agree;
 * where they do not, the ends that disagree with most of the others are reported.
 */
final class RoadNetworkAssembler {

    /** Segment ends that share a node may differ by rounding, never by more than this. */
    static final double NODE_TOLERANCE_METRES = 1.0;

    private RoadNetworkAssembler() {}

    /** A segment end that names a node. */
    private record End(RoadSegment segment, boolean start, Coordinate position, String pointer) {}

    /** The network, or empty after reporting why it cannot be built. */
    static Optional<RoadNetwork> assemble(List<Located<RoadSegment>> segments, ProblemCollector problems) {
        Map<Long, List<End>> endsByNode = new LinkedHashMap<>();
        Set<String> segmentIds = new HashSet<>();
        boolean unique = true;
        for (Located<RoadSegment> located : segments) {
            RoadSegment segment = located.value();
            unique &= segmentIds.add(segment.id()); // duplicates are reported with the other duplicate ids
            Coordinate[] coordinates = segment.geometry().getCoordinates();
            int last = coordinates.length - 1;
            endsByNode
                    .computeIfAbsent(segment.fromNode(), id -> new ArrayList<>())
                    .add(new End(segment, true, coordinates[0], located.at("/geometry/coordinates/0")));
            endsByNode
                    .computeIfAbsent(segment.toNode(), id -> new ArrayList<>())
                    .add(new End(segment, false, coordinates[last], located.at("/geometry/coordinates/" + last)));
        }
        List<RoadNode> nodes = new ArrayList<>(endsByNode.size());
        boolean consistent = true;
        for (Map.Entry<Long, List<End>> entry : endsByNode.entrySet()) {
            End agreed = mostAgreed(entry.getValue());
            for (End end : entry.getValue()) {
                if (metres(end, agreed) > NODE_TOLERANCE_METRES) {
                    consistent = false;
                    report(entry.getKey(), end, agreed, problems);
                }
            }
            nodes.add(new RoadNode(entry.getKey(), agreed.position().y, agreed.position().x));
        }
        if (!unique || !consistent) {
            return Optional.empty();
        }
        return Optional.of(
                new RoadNetwork(nodes, segments.stream().map(Located::value).toList()));
    }

    /** The end that most other ends agree with; of equally supported ones, the first in the file. */
    private static End mostAgreed(List<End> ends) {
        End best = ends.get(0);
        int bestSupport = -1;
        for (End candidate : ends) {
            int support = 0;
            for (End other : ends) {
                if (metres(candidate, other) <= NODE_TOLERANCE_METRES) {
                    support++;
                }
            }
            if (support > bestSupport) {
                best = candidate;
                bestSupport = support;
            }
        }
        return best;
    }

    private static double metres(End a, End b) {
        return GeoDistance.metres(a.position().x, a.position().y, b.position().x, b.position().y);
    }

    private static void report(long nodeId, End end, End agreed, ProblemCollector problems) {
        String verb = end.start() ? "starts" : "ends";
        problems.add(
                end.pointer(),
                String.format(
                        Locale.ROOT,
                        "The segment (%s) %s at node (%d), which segment (%s) puts at (%.7f, %.7f), but its geometry"
                                + " %s %.0f m away at (%.7f, %.7f).\nMaybe its %s id is wrong.",
                        end.segment().id(),
                        verb,
                        nodeId,
                        agreed.segment().id(),
                        agreed.position().x,
                        agreed.position().y,
                        verb,
                        metres(end, agreed),
                        end.position().x,
                        end.position().y,
                        end.start() ? "from" : "to"));
    }
}
