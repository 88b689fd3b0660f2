package city.sanitation.benchmarks.solvers;

import city.sanitation.benchmarks.evaluate.RoutingSolution;
import city.sanitation.benchmarks.evaluate.Visit;
import city.sanitation.benchmarks.instance.CarpInstance;
import city.sanitation.benchmarks.instance.NodeInstance;
import city.sanitation.benchmarks.instance.RoutingProblem;
import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Google OR-Tools routing with guided local search on the same integer arcs the product sees: the usual set-up of its
 * VRPTW and CVRP examples (capacity dimension, time dimension with waiting as slack); the first solution comes from parallel cheapest
 * insertion, because path-cheapest-arc finds none on tight windows such as R101's. CARP instances go to
 * {@link OrToolsCarpSolver}.
 */
public final class OrToolsSolver implements RoutingSolver {

    private static volatile boolean loaded;

    @Override
    public String name() {
        return "ortools";
    }

    @Override
    public boolean supports(RoutingProblem problem) {
        return problem instanceof NodeInstance || problem instanceof CarpInstance;
    }

    private static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    @Override
    public SolveOutcome solve(RoutingProblem problem, Duration limit, long seed) {
        load();
        if (problem instanceof CarpInstance arcs) {
            return OrToolsCarpSolver.solve(arcs, limit);
        }
        NodeInstance instance = (NodeInstance) problem;
        int size = instance.nodeCount();
        long[][] arcs = new long[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                arcs[i][j] = instance.arcUnits(i, j);
            }
        }
        int vehicles = instance.maxVehicles();
        RoutingIndexManager manager = new RoutingIndexManager(size, vehicles, 0);
        RoutingModel routing = new RoutingModel(manager);
        int distance = routing.registerTransitCallback(
                (long from, long to) -> arcs[manager.indexToNode(from)][manager.indexToNode(to)]);
        routing.setArcCostEvaluatorOfAllVehicles(distance);
        int demand = routing.registerUnaryTransitCallback((long from) -> instance.demand()[manager.indexToNode(from)]);
        long[] capacities = new long[vehicles];
        java.util.Arrays.fill(capacities, instance.capacity());
        routing.addDimensionWithVehicleCapacity(demand, 0, capacities, true, "Capacity");
        if (instance.timeWindows()) {
            int travelAndService = routing.registerTransitCallback((long from, long to) -> {
                int i = manager.indexToNode(from);
                return instance.timeUnits(instance.service()[i]) + arcs[i][manager.indexToNode(to)];
            });
            long horizon = instance.timeUnits(instance.due()[0]);
            routing.addDimension(travelAndService, horizon, horizon, false, "Time");
            RoutingDimension time = routing.getMutableDimension("Time");
            for (int c = 1; c < size; c++) {
                time.cumulVar(manager.nodeToIndex(c))
                        .setRange(instance.timeUnits(instance.ready()[c]), instance.timeUnits(instance.due()[c]));
            }
            for (int v = 0; v < vehicles; v++) {
                time.cumulVar(routing.start(v)).setRange(instance.timeUnits(instance.ready()[0]), horizon);
                time.cumulVar(routing.end(v)).setRange(instance.timeUnits(instance.ready()[0]), horizon);
            }
        }
        return GuidedLocalSearch.solve(routing, limit, assignment -> {
            List<List<Visit>> routes = new ArrayList<>();
            for (int v = 0; v < vehicles; v++) {
                List<Visit> visits = new ArrayList<>();
                long index = assignment.value(routing.nextVar(routing.start(v)));
                while (!routing.isEnd(index)) {
                    visits.add(Visit.of(manager.indexToNode(index)));
                    index = assignment.value(routing.nextVar(index));
                }
                routes.add(visits);
            }
            return new RoutingSolution(routes);
        });
    }
}
