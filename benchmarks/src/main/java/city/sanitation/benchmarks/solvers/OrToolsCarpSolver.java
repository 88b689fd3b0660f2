package city.sanitation.benchmarks.solvers;

import city.sanitation.benchmarks.evaluate.RoutingSolution;
import city.sanitation.benchmarks.evaluate.Visit;
import city.sanitation.benchmarks.instance.CarpInstance;
import city.sanitation.benchmarks.instance.CarpInstance.CarpEdge;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CARP with OR-Tools routing, the usual transformation to node routing: each required edge is two nodes, one per
 * direction of service, in a disjunction of which exactly one is visited; the arc into a node costs the deadheading
 * from the previous edge's end to this edge's start plus the edge itself. Each OR-Tools vehicle is one trip from the
 * depot (capacity dimension), with room for a fifth more trips than the demand needs, plus one; guided local search.
 */
final class OrToolsCarpSolver {

    private OrToolsCarpSolver() {}

    static SolveOutcome solve(CarpInstance instance, Duration limit) {
        List<CarpEdge> edges = instance.requiredEdges();
        long[][] shortest = ProductPlans.floydWarshall(instance);
        int depot = instance.depot() - 1;
        int size = 1 + 2 * edges.size();
        int[] entry = new int[size];
        int[] exit = new int[size];
        long[] service = new long[size];
        long[] demand = new long[size];
        entry[0] = depot;
        exit[0] = depot;
        long totalDemand = 0;
        for (int e = 0; e < edges.size(); e++) {
            CarpEdge edge = edges.get(e);
            for (int direction = 0; direction < 2; direction++) {
                int node = 1 + 2 * e + direction;
                entry[node] = (direction == 0 ? edge.from() : edge.to()) - 1;
                exit[node] = (direction == 0 ? edge.to() : edge.from()) - 1;
                service[node] = edge.cost();
                demand[node] = edge.demand();
            }
            totalDemand += edge.demand();
        }
        long[][] arcs = new long[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                arcs[i][j] = shortest[exit[i]][entry[j]] + service[j];
            }
        }
        long leastTrips = (totalDemand + instance.capacity() - 1) / instance.capacity();
        int vehicles = (int) Math.ceil(leastTrips * 1.2) + 1;
        RoutingIndexManager manager = new RoutingIndexManager(size, vehicles, 0);
        RoutingModel routing = new RoutingModel(manager);
        int distance = routing.registerTransitCallback(
                (long from, long to) -> arcs[manager.indexToNode(from)][manager.indexToNode(to)]);
        routing.setArcCostEvaluatorOfAllVehicles(distance);
        int load = routing.registerUnaryTransitCallback((long from) -> demand[manager.indexToNode(from)]);
        long[] capacities = new long[vehicles];
        Arrays.fill(capacities, instance.capacity());
        routing.addDimensionWithVehicleCapacity(load, 0, capacities, true, "Capacity");
        for (int e = 0; e < edges.size(); e++) {
            routing.addDisjunction(new long[] {manager.nodeToIndex(1 + 2 * e), manager.nodeToIndex(2 + 2 * e)});
        }
        return GuidedLocalSearch.solve(routing, limit, assignment -> {
            List<List<Visit>> routes = new ArrayList<>();
            for (int v = 0; v < vehicles; v++) {
                List<Visit> visits = new ArrayList<>();
                long index = assignment.value(routing.nextVar(routing.start(v)));
                while (!routing.isEnd(index)) {
                    int node = manager.indexToNode(index);
                    visits.add(new Visit((node - 1) / 2, (node - 1) % 2 == 1));
                    index = assignment.value(routing.nextVar(index));
                }
                if (!visits.isEmpty()) {
                    routes.add(visits);
                }
            }
            return new RoutingSolution(routes);
        });
    }
}
