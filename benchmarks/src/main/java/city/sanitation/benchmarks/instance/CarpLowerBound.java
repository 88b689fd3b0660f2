package city.sanitation.benchmarks.instance;

import city.sanitation.benchmarks.instance.CarpInstance.CarpEdge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A lower bound on a CARP instance's cost for instances without a published optimum: the service cost plus the
 * "odd-vertex assignment bound" on deadheading. The trips together form closed walks, so the deadheaded edges make
 * every vertex of odd degree among the required edges even: they hold a T-join of those vertices, which costs at
 * least a minimum perfect matching of them under shortest paths (the Chinese postman argument, capacity ignored).
 * Half the cheapest assignment of each odd vertex to another is at most that matching (a matching is an assignment
 * of twice its cost), and is found exactly by the Hungarian method. Capacity and the depot play no part, so on
 * instances with many trips the bound is weak: it says how far a solution can at most be from optimal.
 */
public final class CarpLowerBound {

    private static final long UNREACHABLE = Long.MAX_VALUE / 8;

    private CarpLowerBound() {}

    public static long of(CarpInstance instance) {
        return instance.requiredServiceCost() + (oddVertexAssignment(instance) + 1) / 2;
    }

    /** The cheapest assignment of each odd-degree vertex of the required edges to another, by shortest paths. */
    static long oddVertexAssignment(CarpInstance instance) {
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
        long[][] shortest = shortestPaths(instance);
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
    private static long[][] shortestPaths(CarpInstance instance) {
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
