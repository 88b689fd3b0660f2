package city.sanitation.benchmarks.instance;

import java.util.List;

/**
 * A capacitated arc routing instance: every required edge must be served once, in either direction, by a vehicle
 * that leaves the depot empty and reloads there. Vertices are numbered 1..{@code vertices} as in the files.
 *
 * @param requiredServiceCost the sum of the required edges' costs, which every solution pays once
 */
public record CarpInstance(
        String name,
        int vertices,
        List<CarpEdge> requiredEdges,
        List<CarpEdge> otherEdges,
        int capacity,
        int depot,
        int vehicles,
        long requiredServiceCost)
        implements RoutingProblem {

    public CarpInstance {
        requiredEdges = List.copyOf(requiredEdges);
        otherEdges = List.copyOf(otherEdges);
        if (capacity <= 0) {
            throw new IllegalArgumentException(
                    "The capacity (%d) of instance (%s) must be positive.".formatted(capacity, name));
        }
        if (depot < 1 || depot > vertices) {
            throw new IllegalArgumentException("The depot (%d) of instance (%s) is not one of its vertices 1..%d."
                    .formatted(depot, name, vertices));
        }
    }

    /** An undirected edge; traversing it costs {@code cost} either way, serving it also needs {@code demand}. */
    public record CarpEdge(int from, int to, long cost, int demand) {}
}
