package city.sanitation.dataset;

import city.sanitation.road.Connectivity;
import city.sanitation.road.Connectivity.LargestComponent;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import java.util.Set;
import java.util.stream.Collectors;

/** Every street must be reachable from every other: a vehicle must get from any task to any other and home again. */
final class ConnectivityCheck {

    static final String POINTER = "/features";
    private static final int LISTED_SEGMENTS = 5;

    private ConnectivityCheck() {}

    /** The ids of the segments in the largest strongly connected part of the network (all of them when fine). */
    static Set<String> check(RoadNetwork network, ProblemCollector problems) {
        LargestComponent largest = Connectivity.largestStronglyConnected(network);
        if (!largest.isWholeNetwork()) {
            String dropped = largest.droppedSegments().stream()
                    .limit(LISTED_SEGMENTS)
                    .map(RoadSegment::id)
                    .collect(Collectors.joining(", "));
            if (largest.droppedSegments().size() > LISTED_SEGMENTS) {
                dropped += ", ...";
            }
            problems.add(
                    POINTER,
                    "The road network is not strongly connected: it has " + largest.componentCount()
                            + " strongly connected components, and "
                            + largest.droppedSegments().size() + " of "
                            + network.segmentCount() + " segments are outside the largest one (" + dropped + ").\n"
                            + "Maybe a two-way street lacks its reverse segment, or a street is cut off from the"
                            + " rest.");
        }
        return largest.kept().segments().stream().map(RoadSegment::id).collect(Collectors.toSet());
    }
}
