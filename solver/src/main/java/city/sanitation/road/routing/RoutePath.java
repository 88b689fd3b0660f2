package city.sanitation.road.routing;

import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fastest path along real streets, as the directed segments a vehicle drives in order. Empty when the path starts
 * where it ends.
 *
 * @param fromNode dense node index where the path starts
 * @param toNode dense node index where the path ends
 * @param segmentIndexes dense segment indexes, in driving order
 * @param metres total length of the segments
 * @param seconds total driving time with the speed profile the path was searched with
 */
public record RoutePath(int fromNode, int toNode, int[] segmentIndexes, double metres, double seconds) {

    public RoutePath {
        segmentIndexes = segmentIndexes.clone();
    }

    @Override
    public int[] segmentIndexes() {
        return segmentIndexes.clone();
    }

    public int segmentCount() {
        return segmentIndexes.length;
    }

    public int segmentIndex(int position) {
        return segmentIndexes[position];
    }

    public List<RoadSegment> segments(RoadNetwork network) {
        List<RoadSegment> segments = new ArrayList<>(segmentIndexes.length);
        for (int segmentIndex : segmentIndexes) {
            segments.add(network.segment(segmentIndex));
        }
        return segments;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoutePath that
                && fromNode == that.fromNode
                && toNode == that.toNode
                && Double.compare(metres, that.metres) == 0
                && Double.compare(seconds, that.seconds) == 0
                && Arrays.equals(segmentIndexes, that.segmentIndexes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * fromNode + toNode) + Arrays.hashCode(segmentIndexes);
    }

    @Override
    public String toString() {
        return "RoutePath[" + fromNode + " -> " + toNode + ", segments " + Arrays.toString(segmentIndexes) + ", "
                + metres + " m, " + seconds + " s]";
    }
}
