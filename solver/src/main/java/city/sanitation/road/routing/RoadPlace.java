package city.sanitation.road.routing;

import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;

/**
 * Where a vehicle stops on the street network: at a node, or part-way along a directed segment, the way routing
 * engines split a segment with a virtual node at a snapped point. A point on a two-way street is reached from either
 * end (along the segment or its reverse twin); the matrix and the router split the segment there without copying
 * the graph.
 */
public sealed interface RoadPlace {

    /** A network node (dense index). */
    record AtNode(int nodeIndex) implements RoadPlace {}

    /**
     * A point strictly inside a directed segment.
     *
     * @param offsetMetres from the segment's start, strictly between 0 and its length
     */
    record OnSegment(int segmentIndex, double offsetMetres) implements RoadPlace {}

    static RoadPlace node(int nodeIndex) {
        return new AtNode(nodeIndex);
    }

    /**
     * The point at {@code fraction} of the way along a segment; a point at either end is that end's node, so that a
     * place and its node never count as two places.
     */
    static RoadPlace along(RoadNetwork network, int segmentIndex, double fraction) {
        RoadSegment segment = network.segment(segmentIndex);
        if (!(fraction >= 0.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException("The fraction (" + fraction + ") along segment (" + segment.id()
                    + ") must be between 0 and 1.\nMaybe it is an offset in metres, not a fraction.");
        }
        double offset = fraction * segment.lengthMetres();
        if (offset <= 0.0) {
            return new AtNode(network.nodeIndex(segment.fromNode()));
        }
        if (offset >= segment.lengthMetres()) {
            return new AtNode(network.nodeIndex(segment.toNode()));
        }
        return new OnSegment(segmentIndex, offset);
    }
}
