package city.sanitation.benchmarks.evaluate;

import city.sanitation.benchmarks.instance.CarpInstance;
import city.sanitation.benchmarks.instance.CarpInstance.CarpEdge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Checks a CARP solution from its routes alone. A route is a sequence of served edges with their directions; the
 * vehicle deadheads along shortest paths (computed here by Dijkstra, independently of any importer) and goes back to
 * the depot to unload whenever the next edge would not fit, which splits a route into trips. The cost is every
 * traversal, service included, as the published values count it.
 */
public final class CarpEvaluator {

    private CarpEvaluator() {}

    public static Evaluation evaluate(CarpInstance instance, RoutingSolution solution) {
        long[][] shortest = shortestPaths(instance);
        int depot = instance.depot();
        List<String> violations = new ArrayList<>();
        int[] served = new int[instance.requiredEdges().size()];
        long total = 0;
        int trips = 0;
        for (int r = 0; r < solution.routes().size(); r++) {
            int at = depot;
            long load = 0;
            trips++;
            for (Visit visit : solution.routes().get(r)) {
                if (visit.task() < 0 || visit.task() >= served.length) {
                    violations.add("route %d serves unknown edge %d".formatted(r, visit.task()));
                    continue;
                }
                CarpEdge edge = instance.requiredEdges().get(visit.task());
                served[visit.task()]++;
                if (edge.demand() > instance.capacity()) {
                    violations.add("edge %d needs %d over capacity %d"
                            .formatted(visit.task(), edge.demand(), instance.capacity()));
                }
                if (load + edge.demand() > instance.capacity()) {
                    total += shortest[at][depot];
                    at = depot;
                    load = 0;
                    trips++;
                }
                int entry = visit.reversed() ? edge.to() : edge.from();
                int exit = visit.reversed() ? edge.from() : edge.to();
                total += shortest[at][entry] + edge.cost();
                load += edge.demand();
                at = exit;
            }
            total += shortest[at][depot];
        }
        for (int e = 0; e < served.length; e++) {
            if (served[e] != 1) {
                violations.add("edge %d is served %d times".formatted(e, served[e]));
            }
        }
        return new Evaluation(total, trips, violations);
    }

    /** Shortest path costs between all vertices (1-based), by one Dijkstra per vertex. */
    static long[][] shortestPaths(CarpInstance instance) {
        int n = instance.vertices();
        List<List<CarpEdge>> incident = new ArrayList<>();
        for (int v = 0; v <= n; v++) {
            incident.add(new ArrayList<>());
        }
        for (List<CarpEdge> edges : List.of(instance.requiredEdges(), instance.otherEdges())) {
            for (CarpEdge edge : edges) {
                incident.get(edge.from()).add(edge);
                incident.get(edge.to()).add(edge);
            }
        }
        long[][] distances = new long[n + 1][];
        for (int source = 1; source <= n; source++) {
            long[] dist = new long[n + 1];
            Arrays.fill(dist, Long.MAX_VALUE / 4);
            dist[source] = 0;
            PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
            queue.add(new long[] {0, source});
            while (!queue.isEmpty()) {
                long[] head = queue.poll();
                int v = (int) head[1];
                if (head[0] > dist[v]) {
                    continue;
                }
                for (CarpEdge edge : incident.get(v)) {
                    int w = edge.from() == v ? edge.to() : edge.from();
                    if (dist[v] + edge.cost() < dist[w]) {
                        dist[w] = dist[v] + edge.cost();
                        queue.add(new long[] {dist[w], w});
                    }
                }
            }
            distances[source] = dist;
        }
        return distances;
    }
}
