package city.sanitation.road.routing;

import city.sanitation.road.RoadNetwork;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fastest paths on one road network, for deadheading between tasks and for drawing routes along real streets.
 *
 * <p>Thread-safe: the flattened graph is immutable, each query runs on its own search arrays, and the driving time of
 * every arc is computed once per speed profile and kept in this router (there are only a few vehicle types).
 */
public final class Router {

    private final RoutingGraph graph;
    private final Map<SpeedProfile, double[]> arcSecondsByProfile = new ConcurrentHashMap<>();

    public Router(RoadNetwork network) {
        this.graph = new RoutingGraph(network);
    }

    public RoadNetwork network() {
        return graph.network();
    }

    /**
     * The fastest path between two nodes; among equally fast paths, the shortest.
     *
     * @throws IllegalArgumentException if a node index is not in the network, the profile lacks a road class of the
     *     network, or {@code toNodeIndex} cannot be reached from {@code fromNodeIndex}
     */
    public RoutePath fastestPath(int fromNodeIndex, int toNodeIndex, SpeedProfile profile) {
        return findFastestPath(fromNodeIndex, toNodeIndex, profile)
                .orElseThrow(() -> new IllegalArgumentException("The node (" + toNodeIndex
                        + ") cannot be reached from the node (" + fromNodeIndex + ") with speed profile ("
                        + profile.id() + ").\n"
                        + "Maybe keep only Connectivity.largestStronglyConnected(network) before routing."));
    }

    /** Like {@link #fastestPath}, but empty instead of failing when the target cannot be reached. */
    public Optional<RoutePath> findFastestPath(int fromNodeIndex, int toNodeIndex, SpeedProfile profile) {
        Objects.requireNonNull(profile, "profile");
        graph.requireNode(fromNodeIndex, "from node index");
        graph.requireNode(toNodeIndex, "to node index");
        DijkstraSearch search = new DijkstraSearch(graph);
        search.searchTo(fromNodeIndex, toNodeIndex, arcSeconds(profile));
        return search.isSettled(toNodeIndex) ? Optional.of(search.pathTo(toNodeIndex)) : Optional.empty();
    }

    /**
     * The fastest way between two places, each a node or a point part-way along a segment; among equally fast ways,
     * the shortest.
     *
     * @throws IllegalArgumentException if a place is not in the network, the profile lacks a road class of the
     *     network, or {@code to} cannot be reached from {@code from}
     */
    public PlacePath fastestPath(RoadPlace from, RoadPlace to, SpeedProfile profile) {
        return findFastestPath(from, to, profile)
                .orElseThrow(() -> new IllegalArgumentException("The place (" + to
                        + ") cannot be reached from the place (" + from + ") with speed profile (" + profile.id()
                        + ").\n"
                        + "Maybe keep only Connectivity.largestStronglyConnected(network) before routing."));
    }

    /** Like {@link #fastestPath(RoadPlace, RoadPlace, SpeedProfile)}, but empty when {@code to} cannot be reached. */
    public Optional<PlacePath> findFastestPath(RoadPlace from, RoadPlace to, SpeedProfile profile) {
        Objects.requireNonNull(profile, "profile");
        graph.requirePlace(from, "from place");
        graph.requirePlace(to, "to place");
        PlaceSearch search = new PlaceSearch(graph, arcSeconds(profile), List.of(from, to));
        boolean[] entries = new boolean[graph.nodeCount()];
        search.searchFrom(0, entries, search.markEntries(1, entries));
        return search.arriveAt(1) ? Optional.of(search.arrivalPath()) : Optional.empty();
    }

    RoutingGraph graph() {
        return graph;
    }

    double[] arcSeconds(SpeedProfile profile) {
        return arcSecondsByProfile.computeIfAbsent(profile, graph::arcSeconds);
    }
}
