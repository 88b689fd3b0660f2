package city.sanitation.benchmarks.instance;

import city.sanitation.benchmarks.instance.CarpInstance.CarpEdge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A lower bound on a CARP instance's cost for instances without a published optimum, the larger of two:
 *
 * <ul>
 *   <li>the <b>odd-vertex bound</b>: the service cost plus a bound on deadheading. The trips together form closed
 *       walks, so the deadheaded edges make every vertex of odd degree among the required edges even: they hold a
 *       T-join of those vertices, which costs at least a minimum perfect matching of them under shortest paths (the
 *       Chinese postman argument, capacity ignored). Half the cheapest assignment of each odd vertex to another is at
 *       most that matching (a matching is an assignment of twice its cost), found exactly by the Hungarian method;
 *   <li>the <b>trip bound</b>: a trip that serves edge (u, v) costs at least d(depot, u) + c(u, v) + d(v, depot), the
 *       edge's own round trip g. Sort the edges by g, largest first: the edges above the k-th largest trip's dearest
 *       edge all ride in the k - 1 trips before it, so that trip's g is at least that of the edge at which the demand
 *       so far first exceeds k - 1 tanks. Summed over the least number of trips.
 * </ul>
 *
 * Both ignore how the edges chain within a trip, so the bound says how far a solution can at most be from optimal.
 */
public final class CarpLowerBound {

    private static final long UNREACHABLE = Long.MAX_VALUE / 8;

    private CarpLowerBound() {}

    public static long of(CarpInstance instance) {
        long[][] shortest = shortestPaths(instance);
        long oddVertex = instance.requiredServiceCost() + (oddVertexAssignment(instance, shortest) + 1) / 2;
        return Math.max(oddVertex, tripBound(instance, shortest));
    }

    static long tripBound(CarpInstance instance, long[][] shortest) {
        int depot = instance.depot();
        List<long[]> edges = new ArrayList<>();
        long totalDemand = 0;
        for (CarpEdge edge : instance.requiredEdges()) {
            long forward = shortest[depot][edge.from()] + shortest[edge.to()][depot];
            long backward = shortest[depot][edge.to()] + shortest[edge.from()][depot];
            edges.add(new long[] {Math.min(forward, backward) + edge.cost(), edge.demand()});
            totalDemand += edge.demand();
        }
        edges.sort((a, b) -> Long.compare(b[0], a[0]));
        long trips = (totalDemand + instance.capacity() - 1) / instance.capacity();
        long bound = 0;
        long demandSoFar = 0;
        int next = 0;
        for (long k = 1; k <= trips; k++) {
            // The dearest edge of trip k is at best the first one past what k - 1 full tanks can hold.
            while (next < edges.size() && demandSoFar + edges.get(next)[1] <= (k - 1) * instance.capacity()) {
                demandSoFar += edges.get(next)[1];
                next++;
            }
            if (next < edges.size()) {
                bound += edges.get(next)[0];
            }
        }
        return bound;
    }

    /** The cheapest assignment of each odd-degree vertex of the required edges to another, by shortest paths. */
    static long oddVertexAssignment(CarpInstance instance, long[][] shortest) {
        int[] degree = new int[instance.vertices() + 1];
        for (CarpEdge edge : instance.requiredEdges()) {
            degree[edge.from()]++;
            degree[edge.to()]++;
        }
        List<Integer> odd = new ArrayList<>();
        for (int v = 1; v <= instance.vertices(); v++) {
            if (degree[v] % 2 == 1) {
                odd.add(v);
            }
        }
        if (odd.isEmpty()) {
            return 0;
        }
        int n = odd.size();
        long[][] cost = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cost[i][j] = i == j ? UNREACHABLE : shortest[odd.get(i)][odd.get(j)];
            }
        }
        return hungarian(cost);
    }

    /** The minimum cost of a perfect assignment of rows to columns (Kuhn–Munkres with potentials, O(n³)). */
    static long hungarian(long[][] cost) {
        int n = cost.length;
        long[] u = new long[n + 1];
        long[] v = new long[n + 1];
        int[] columnOwner = new int[n + 1];
        int[] way = new int[n + 1];
        for (int row = 1; row <= n; row++) {
            columnOwner[0] = row;
            int column = 0;
            long[] least = new long[n + 1];
            Arrays.fill(least, Long.MAX_VALUE);
            boolean[] used = new boolean[n + 1];
            do {
                used[column] = true;
                int owner = columnOwner[column];
                long delta = Long.MAX_VALUE;
                int next = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        long reduced = cost[owner - 1][j - 1] - u[owner] - v[j];
                        if (reduced < least[j]) {
                            least[j] = reduced;
                            way[j] = column;
                        }
                        if (least[j] < delta) {
                            delta = least[j];
                            next = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[columnOwner[j]] += delta;
                        v[j] -= delta;
                    } else {
                        least[j] -= delta;
                    }
                }
                column = next;
            } while (columnOwner[column] != 0);
            do {
                int previous = way[column];
                columnOwner[column] = columnOwner[previous];
                column = previous;
            } while (column != 0);
        }
        long total = 0;
        for (int j = 1; j <= n; j++) {
            total += cost[columnOwner[j] - 1][j - 1];
        }
        return total;
    }

    /** Shortest path costs between vertices 1..n over all edges (Floyd–Warshall). */
    static long[][] shortestPaths(CarpInstance instance) {
        int n = instance.vertices();
        long[][] d = new long[n + 1][n + 1];
        for (long[] row : d) {
            Arrays.fill(row, UNREACHABLE);
        }
        for (int v = 1; v <= n; v++) {
            d[v][v] = 0;
        }
        for (List<CarpEdge> edges : List.of(instance.requiredEdges(), instance.otherEdges())) {
            for (CarpEdge edge : edges) {
                d[edge.from()][edge.to()] = Math.min(d[edge.from()][edge.to()], edge.cost());
                d[edge.to()][edge.from()] = Math.min(d[edge.to()][edge.from()], edge.cost());
            }
        }
        for (int k = 1; k <= n; k++) {
            long[] viaK = d[k];
            for (int i = 1; i <= n; i++) {
                long toK = d[i][k];
                if (toK >= UNREACHABLE) {
                    continue;
                }
                long[] row = d[i];
                for (int j = 1; j <= n; j++) {
                    if (toK + viaK[j] < row[j]) {
                        row[j] = toK + viaK[j];
                    }
                }
            }
        }
        return d;
    }
}
