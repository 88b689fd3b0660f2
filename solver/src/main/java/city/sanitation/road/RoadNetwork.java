package city.sanitation.road;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable directed street graph. Nodes and segments also get dense indexes (their position in {@link #nodes()}
 * and {@link #segments()}) so that routing code can work on plain arrays.
 */
public final class RoadNetwork {

    private final List<RoadNode> nodes;
    private final List<RoadSegment> segments;
    private final Map<Long, Integer> nodeIndexById;
    private final Map<String, Integer> segmentIndexById;
    /** Outgoing segment indexes of node i are outgoingSegments[outgoingStart[i] .. outgoingStart[i+1]). */
    private final int[] outgoingStart;

    private final int[] outgoingSegments;

    public RoadNetwork(List<RoadNode> nodes, List<RoadSegment> segments) {
        this.nodes = List.copyOf(nodes);
        this.segments = List.copyOf(segments);
        this.nodeIndexById = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < this.nodes.size(); i++) {
            if (nodeIndexById.put(this.nodes.get(i).id(), i) != null) {
                throw new IllegalArgumentException(
                        "The node id (" + this.nodes.get(i).id() + ") appears more than once in the road network.");
            }
        }
        this.segmentIndexById = new HashMap<>(segments.size() * 2);
        int[] outDegree = new int[this.nodes.size() + 1];
        for (int i = 0; i < this.segments.size(); i++) {
            RoadSegment segment = this.segments.get(i);
            if (segmentIndexById.put(segment.id(), i) != null) {
                throw new IllegalArgumentException(
                        "The segment id (" + segment.id() + ") appears more than once in the road network.");
            }
            outDegree[requireNode(segment, segment.fromNode())]++;
            requireNode(segment, segment.toNode());
        }
        this.outgoingStart = new int[this.nodes.size() + 1];
        for (int i = 0; i < this.nodes.size(); i++) {
            outgoingStart[i + 1] = outgoingStart[i] + outDegree[i];
        }
        this.outgoingSegments = new int[this.segments.size()];
        int[] fill = Arrays.copyOf(outgoingStart, this.nodes.size());
        for (int i = 0; i < this.segments.size(); i++) {
            int from = nodeIndexById.get(this.segments.get(i).fromNode());
            outgoingSegments[fill[from]++] = i;
        }
    }

    private int requireNode(RoadSegment segment, long nodeId) {
        Integer index = nodeIndexById.get(nodeId);
        if (index == null) {
            throw new IllegalArgumentException("The segment (" + segment.id() + ") refers to an unknown node (" + nodeId
                    + ").\nMaybe the node was dropped with a disconnected part of the network.");
        }
        return index;
    }

    public List<RoadNode> nodes() {
        return nodes;
    }

    public List<RoadSegment> segments() {
        return segments;
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int segmentCount() {
        return segments.size();
    }

    public RoadNode node(int index) {
        return nodes.get(index);
    }

    public RoadSegment segment(int index) {
        return segments.get(index);
    }

    public int nodeIndex(long nodeId) {
        Integer index = nodeIndexById.get(nodeId);
        if (index == null) {
            throw new IllegalArgumentException("The node id (" + nodeId + ") is not in the road network.");
        }
        return index;
    }

    public Optional<Integer> findNodeIndex(long nodeId) {
        return Optional.ofNullable(nodeIndexById.get(nodeId));
    }

    public int segmentIndex(String segmentId) {
        Integer index = segmentIndexById.get(segmentId);
        if (index == null) {
            throw new IllegalArgumentException("The segment id (" + segmentId + ") is not in the road network.");
        }
        return index;
    }

    public Optional<RoadSegment> findSegment(String segmentId) {
        Integer index = segmentIndexById.get(segmentId);
        return index == null ? Optional.empty() : Optional.of(segments.get(index));
    }

    /** Indexes of the segments leaving the node at {@code nodeIndex}. */
    public int[] outgoing(int nodeIndex) {
        return Arrays.copyOfRange(outgoingSegments, outgoingStart[nodeIndex], outgoingStart[nodeIndex + 1]);
    }

    /** The CSR offsets: the segments leaving node i are {@link #outgoingSegmentsArray()} from start[i] to start[i+1]. */
    public int[] outgoingStartArray() {
        return outgoingStart;
    }

    public int[] outgoingSegmentsArray() {
        return outgoingSegments;
    }

    /** The segment that drives the same street the other way, if the street is two-way. */
    public Optional<RoadSegment> reverseOf(RoadSegment segment) {
        int from = nodeIndex(segment.toNode());
        for (int k = outgoingStart[from]; k < outgoingStart[from + 1]; k++) {
            RoadSegment candidate = segments.get(outgoingSegments[k]);
            if (candidate.toNode() == segment.fromNode()
                    && candidate.name().equals(segment.name())
                    && Math.abs(candidate.lengthMetres() - segment.lengthMetres()) < 1.0) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Total street length per road class, in metres, counting each directed segment once. */
    public Map<RoadClass, Double> lengthByClass() {
        Map<RoadClass, Double> lengths = new LinkedHashMap<>();
        for (RoadClass roadClass : RoadClass.values()) {
            lengths.put(roadClass, 0.0);
        }
        for (RoadSegment segment : segments) {
            lengths.merge(segment.roadClass(), segment.lengthMetres(), Double::sum);
        }
        return Collections.unmodifiableMap(lengths);
    }

    /** Segments whose both ends are in {@code nodeIds}, as a new network with just those nodes. */
    public RoadNetwork restrictedTo(java.util.Set<Long> nodeIds) {
        List<RoadNode> keptNodes = new ArrayList<>();
        for (RoadNode node : nodes) {
            if (nodeIds.contains(node.id())) {
                keptNodes.add(node);
            }
        }
        List<RoadSegment> keptSegments = new ArrayList<>();
        for (RoadSegment segment : segments) {
            if (nodeIds.contains(segment.fromNode()) && nodeIds.contains(segment.toNode())) {
                keptSegments.add(segment);
            }
        }
        return new RoadNetwork(keptNodes, keptSegments);
    }
}
