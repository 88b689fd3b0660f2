package city.sanitation.road;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * Strong connectivity of a street graph: a truck must be able to drive from any task to any other and back to its
 * depot, so only the largest strongly connected component is plannable.
 */
public final class Connectivity {

    private Connectivity() {}

    /**
     * The largest strongly connected part of {@code network} and what had to be dropped to get it.
     *
     * @param kept the largest strongly connected component as a network of its own
     * @param componentCount how many strongly connected components the input had
     */
    public record LargestComponent(
            RoadNetwork kept, int componentCount, List<RoadNode> droppedNodes, List<RoadSegment> droppedSegments) {

        public boolean isWholeNetwork() {
            return droppedNodes.isEmpty() && droppedSegments.isEmpty();
        }

        public double droppedMetres() {
            return droppedSegments.stream()
                    .mapToDouble(RoadSegment::lengthMetres)
                    .sum();
        }
    }

    public static LargestComponent largestStronglyConnected(RoadNetwork network) {
        Graph<Long, RoadSegment> graph = new DirectedPseudograph<>(RoadSegment.class);
        for (RoadNode node : network.nodes()) {
            graph.addVertex(node.id());
        }
        for (RoadSegment segment : network.segments()) {
            graph.addEdge(segment.fromNode(), segment.toNode(), segment);
        }
        List<Set<Long>> components = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        Set<Long> largest =
                components.stream().max(Comparator.comparingInt(Set::size)).orElseGet(HashSet::new);
        RoadNetwork kept = network.restrictedTo(largest);
        if (kept.nodeCount() == network.nodeCount() && kept.segmentCount() == network.segmentCount()) {
            return new LargestComponent(network, components.size(), List.of(), List.of());
        }
        List<RoadNode> droppedNodes = new ArrayList<>();
        for (RoadNode node : network.nodes()) {
            if (!largest.contains(node.id())) {
                droppedNodes.add(node);
            }
        }
        List<RoadSegment> droppedSegments = new ArrayList<>();
        for (RoadSegment segment : network.segments()) {
            if (!largest.contains(segment.fromNode()) || !largest.contains(segment.toNode())) {
                droppedSegments.add(segment);
            }
        }
        return new LargestComponent(kept, components.size(), droppedNodes, droppedSegments);
    }
}
