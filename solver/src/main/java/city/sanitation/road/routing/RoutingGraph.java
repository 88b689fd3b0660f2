package city.sanitation.road.routing;

import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;

/**
 * The road network flattened into primitive arrays for searching: each arc (a directed segment at its position in
 * the CSR adjacency) carries its head node and length inline, so the inner loop of a search reads consecutive memory
 * and never touches a {@link RoadSegment} object or a node id map.
 */
final class RoutingGraph {

    private final RoadNetwork network;
    /** The arcs leaving node i are the positions arcStart[i] .. arcStart[i+1]. */
    final int[] arcStart;

    final int[] arcSegment;
    final int[] arcHead;
    final double[] arcMetres;
    final int[] segmentTail;
    final int[] segmentHead;
    /** The arc of each segment, to read its driving time. */
    final int[] segmentArc;
    /** The segment that drives the same street the other way, or -1 on a one-way street. */
    final int[] segmentTwin;

    RoutingGraph(RoadNetwork network) {
        this.network = network;
        this.arcStart = network.outgoingStartArray().clone();
        this.arcSegment = network.outgoingSegmentsArray().clone();
        int arcCount = arcSegment.length;
        this.arcHead = new int[arcCount];
        this.arcMetres = new double[arcCount];
        for (int arc = 0; arc < arcCount; arc++) {
            RoadSegment segment = network.segment(arcSegment[arc]);
            arcHead[arc] = network.nodeIndex(segment.toNode());
            arcMetres[arc] = segment.lengthMetres();
        }
        this.segmentTail = new int[network.segmentCount()];
        this.segmentHead = new int[network.segmentCount()];
        this.segmentArc = new int[network.segmentCount()];
        for (int node = 0; node < network.nodeCount(); node++) {
            for (int arc = arcStart[node]; arc < arcStart[node + 1]; arc++) {
                segmentTail[arcSegment[arc]] = node;
                segmentHead[arcSegment[arc]] = arcHead[arc];
                segmentArc[arcSegment[arc]] = arc;
            }
        }
        this.segmentTwin = new int[network.segmentCount()];
        for (int segment = 0; segment < segmentTwin.length; segment++) {
            segmentTwin[segment] = network.reverseOf(network.segment(segment))
                    .map(twin -> network.segmentIndex(twin.id()))
                    .orElse(-1);
        }
    }

    RoadNetwork network() {
        return network;
    }

    int nodeCount() {
        return arcStart.length - 1;
    }

    /** Driving seconds of every arc with {@code profile}, in arc order. */
    double[] arcSeconds(SpeedProfile profile) {
        profile.requireCovers(network);
        double[] seconds = new double[arcSegment.length];
        for (int arc = 0; arc < seconds.length; arc++) {
            seconds[arc] = profile.secondsToDrive(network.segment(arcSegment[arc]));
        }
        return seconds;
    }

    int segmentCount() {
        return segmentTail.length;
    }

    /** @param description what the index is, e.g. "from node index" */
    void requireNode(int nodeIndex, String description) {
        if (nodeIndex < 0 || nodeIndex >= nodeCount()) {
            String range = nodeCount() == 0 ? "which has no nodes" : "which has nodes 0 to " + (nodeCount() - 1);
            throw new IllegalArgumentException("The " + description + " (" + nodeIndex
                    + ") is not in the road network, " + range + ".\n"
                    + "Maybe the index belongs to another network, or was taken before the network was restricted.");
        }
    }

    void requirePlace(RoadPlace place, String description) {
        if (place instanceof RoadPlace.AtNode atNode) {
            requireNode(atNode.nodeIndex(), description);
            return;
        }
        RoadPlace.OnSegment onSegment = (RoadPlace.OnSegment) place;
        int segment = onSegment.segmentIndex();
        if (segment < 0 || segment >= segmentCount()) {
            throw new IllegalArgumentException("The segment index (" + segment + ") of the " + description
                    + " is not in the road network, which has (" + segmentCount() + ") segments.\n"
                    + "Maybe the place belongs to another network.");
        }
        double length = arcMetres[segmentArc[segment]];
        if (!(onSegment.offsetMetres() > 0 && onSegment.offsetMetres() < length)) {
            throw new IllegalArgumentException("The offset (" + onSegment.offsetMetres() + " m) of the " + description
                    + " must be strictly inside its segment (" + segment + ") of length (" + length + " m).\n"
                    + "Maybe make the place with RoadPlace.along, which turns a segment's ends into nodes.");
        }
    }
}
