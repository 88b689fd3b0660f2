package city.sanitation.benchmarks.instance;

import city.sanitation.benchmarks.instance.CarpInstance.CarpEdge;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Capacitated arc routing instances on real street networks, of the size of the larger published sets (egl-g, BMCV):
 * hundreds of required edges and 20 to 35 vehicles. A region grows around a seeded junction, nearest junctions first,
 * until it holds {@code edges} streets; that junction is the depot. Most streets need washing, with a water need of
 * about their length; the tank is sized for the seeded number of trips. One-way rules are dropped (the instances are
 * undirected, as CARP's are). The same network, size and seed always give the same instance.
 */
public final class OsmCarpGenerator {

    /** The share of the region's streets that need a pass. */
    private static final double REQUIRED_SHARE = 0.85;

    private static final int FEWEST_VEHICLES = 20;
    private static final int MOST_VEHICLES = 35;

    private OsmCarpGenerator() {}

    /** The settings of one generated instance. */
    public record Spec(String name, int edges, long seed) {

        public Spec {
            if (edges < 2) {
                throw new IllegalArgumentException(
                        "The edge count (%d) of instance (%s) must be at least 2.".formatted(edges, name));
            }
        }
    }

    public static CarpInstance generate(RoadNetwork network, Spec spec) {
        Graph graph = Graph.of(network);
        Random random = new Random(spec.seed());
        int start = graph.largestComponentVertex(random);
        int[] order = graph.nearestFirst(start);
        Map<Integer, Integer> numberOf = new HashMap<>();
        List<int[]> chosen = new ArrayList<>();
        for (int vertex : order) {
            numberOf.put(vertex, numberOf.size() + 1);
            for (int[] edge : graph.incident.get(vertex)) {
                int other = edge[0];
                if (other != vertex && numberOf.containsKey(other) && numberOf.get(other) < numberOf.get(vertex)) {
                    chosen.add(new int[] {numberOf.get(other), numberOf.get(vertex), edge[1]});
                }
            }
            if (chosen.size() >= spec.edges()) {
                break;
            }
        }
        if (chosen.size() < spec.edges()) {
            throw new IllegalArgumentException(
                    "The street network holds %d connected streets, fewer than the %d asked for instance (%s).%nMaybe ask for fewer edges or use a larger extract."
                            .formatted(chosen.size(), spec.edges(), spec.name()));
        }
        int[] demands = new int[chosen.size()];
        boolean[] needsPass = new boolean[chosen.size()];
        for (int e = 0; e < chosen.size(); e++) {
            needsPass[e] = random.nextDouble() < REQUIRED_SHARE;
            demands[e] = (int) Math.max(1, Math.round(chosen.get(e)[2] * (0.5 + random.nextDouble())));
        }
        int trips = FEWEST_VEHICLES + random.nextInt(MOST_VEHICLES - FEWEST_VEHICLES + 1);
        // A long mountain road would need a tank of its own: a street's need is capped at a third of the tank, and
        // the tank is sized so that the seeded number of trips just holds the total (a few rounds settle the two).
        int capacity = Integer.MAX_VALUE;
        long totalDemand = 0;
        for (int round = 0; round < 5; round++) {
            totalDemand = 0;
            for (int e = 0; e < demands.length; e++) {
                totalDemand += needsPass[e] ? Math.min(demands[e], capacity / 3) : 0;
            }
            capacity = (int) Math.max(3, (totalDemand + trips - 1) / trips);
        }
        List<CarpEdge> required = new ArrayList<>();
        List<CarpEdge> other = new ArrayList<>();
        totalDemand = 0;
        for (int e = 0; e < chosen.size(); e++) {
            int[] edge = chosen.get(e);
            if (needsPass[e]) {
                int demand = Math.max(1, Math.min(demands[e], capacity / 3));
                required.add(new CarpEdge(edge[0], edge[1], edge[2], demand));
                totalDemand += demand;
            } else {
                other.add(new CarpEdge(edge[0], edge[1], edge[2], 0));
            }
        }
        int vehicles = (int) ((totalDemand + capacity - 1) / capacity);
        long serviceCost = required.stream().mapToLong(CarpEdge::cost).sum();
        return new CarpInstance(spec.name(), numberOf.size(), required, other, capacity, 1, vehicles, serviceCost);
    }

    /** The network as an undirected simple graph: one edge per pair of junctions, of the shorter street's metres. */
    private record Graph(List<List<int[]>> incident) {

        static Graph of(RoadNetwork network) {
            Map<Long, Long> metres = new HashMap<>();
            int n = network.nodeCount();
            for (RoadSegment segment : network.segments()) {
                int a = network.nodeIndex(segment.fromNode());
                int b = network.nodeIndex(segment.toNode());
                if (a == b) {
                    continue;
                }
                long key = (long) Math.min(a, b) * n + Math.max(a, b);
                long length = Math.max(1, Math.round(segment.lengthMetres()));
                metres.merge(key, length, Math::min);
            }
            List<List<int[]>> incident = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                incident.add(new ArrayList<>());
            }
            // Sorted keys: the adjacency lists, and so the instance, do not depend on the map's iteration order.
            long[] keys =
                    metres.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            for (long key : keys) {
                int a = (int) (key / n);
                int b = (int) (key % n);
                int length = Math.toIntExact(metres.get(key));
                incident.get(a).add(new int[] {b, length});
                incident.get(b).add(new int[] {a, length});
            }
            return new Graph(incident);
        }

        /** A seeded vertex of the largest connected component, so that the region can grow to its full size. */
        int largestComponentVertex(Random random) {
            int n = incident.size();
            int[] component = new int[n];
            Arrays.fill(component, -1);
            List<List<Integer>> components = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                if (component[v] >= 0 || incident.get(v).isEmpty()) {
                    continue;
                }
                List<Integer> members = new ArrayList<>();
                List<Integer> stack = new ArrayList<>(List.of(v));
                component[v] = components.size();
                while (!stack.isEmpty()) {
                    int u = stack.remove(stack.size() - 1);
                    members.add(u);
                    for (int[] edge : incident.get(u)) {
                        if (component[edge[0]] < 0) {
                            component[edge[0]] = components.size();
                            stack.add(edge[0]);
                        }
                    }
                }
                components.add(members);
            }
            List<Integer> largest = components.stream()
                    .max((x, y) -> Integer.compare(x.size(), y.size()))
                    .orElseThrow(() -> new IllegalArgumentException("The street network has no streets."));
            List<Integer> sorted = largest.stream().sorted().toList();
            return sorted.get(random.nextInt(sorted.size()));
        }

        /** The vertices reachable from {@code start}, by increasing street distance (ties by index). */
        int[] nearestFirst(int start) {
            long[] distance = new long[incident.size()];
            Arrays.fill(distance, Long.MAX_VALUE);
            distance[start] = 0;
            PriorityQueue<long[]> queue =
                    new PriorityQueue<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
            queue.add(new long[] {0, start});
            List<Integer> order = new ArrayList<>();
            boolean[] settled = new boolean[incident.size()];
            while (!queue.isEmpty()) {
                long[] head = queue.poll();
                int v = (int) head[1];
                if (settled[v]) {
                    continue;
                }
                settled[v] = true;
                order.add(v);
                for (int[] edge : incident.get(v)) {
                    long through = head[0] + edge[1];
                    if (through < distance[edge[0]]) {
                        distance[edge[0]] = through;
                        queue.add(new long[] {through, edge[0]});
                    }
                }
            }
            return order.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
