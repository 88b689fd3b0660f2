package city.sanitation.benchmarks.instance;

import city.sanitation.benchmarks.evaluate.NodeEvaluator;
import city.sanitation.benchmarks.evaluate.RoutingSolution;
import city.sanitation.benchmarks.evaluate.Visit;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Solomon or Gehring–Homberger type 1 instance (short routes, narrow windows) into one of the shape of Solomon
 * type 2: the horizon and every window centre stretched {@value #HORIZON_FACTOR} times, every window at least a fifth
 * of the horizon wide, the vehicles {@value #CAPACITY_FACTOR} times larger, and the fleet cut to the routes that a
 * time-oriented nearest-neighbour construction needs plus {@value #SPARE_VEHICLES}, so that routes hold 25 to 50 stops
 * and a solver may still end with a route more than it needs (and pay its drive out and back). The transformation has no
 * randomness: the same file gives the same instance. The construction's routes are kept as the proof that the
 * instance is feasible with its fleet.
 */
public final class LongRouteInstances {

    /** How many times longer the horizon is; window centres and the depot's closing time scale with it. */
    static final int HORIZON_FACTOR = 6;

    /** How many times larger the vehicles are (type 2: 700 to 1,000 against 200). */
    static final int CAPACITY_FACTOR = 5;

    /** The least half width of a window, as a part of the horizon. */
    static final double LEAST_HALF_WIDTH = 0.1;

    /** Vehicles beyond those the construction needs. */
    static final int SPARE_VEHICLES = 1;

    /** The suffix that tells a generated instance from its source. */
    public static final String SUFFIX = "-long";

    private LongRouteInstances() {}

    /** A generated instance and the routes that show it is feasible with its fleet. */
    public record LongRouteInstance(NodeInstance instance, RoutingSolution witness) {}

    public static LongRouteInstance widen(NodeInstance source) {
        if (!source.timeWindows()) {
            throw new IllegalArgumentException(
                    "The instance (%s) has no time windows to widen.%nMaybe pass a Solomon or Gehring–Homberger file."
                            .formatted(source.name()));
        }
        int size = source.nodeCount();
        long horizon = source.due()[0] * HORIZON_FACTOR;
        long leastHalfWidth = Math.round(horizon * LEAST_HALF_WIDTH);
        long[] ready = new long[size];
        long[] due = new long[size];
        ready[0] = source.ready()[0];
        due[0] = horizon;
        for (int i = 1; i < size; i++) {
            long centre = (source.ready()[i] + source.due()[i]) * HORIZON_FACTOR / 2;
            long halfWidth = Math.max((source.due()[i] - source.ready()[i]) * HORIZON_FACTOR / 2, leastHalfWidth);
            // the latest start that still gets back before the depot closes; the source's own due date scaled
            // already respects it, so the window never ends before the source's latest start
            long latest = horizon - source.service()[i] - (long) Math.ceil(NodeEvaluator.distance(source, i, 0));
            ready[i] = Math.max(ready[0], centre - halfWidth);
            due[i] = Math.max(Math.min(latest, centre + halfWidth), source.due()[i]);
        }
        NodeInstance unlimited = new NodeInstance(
                source.name() + SUFFIX,
                source.x(),
                source.y(),
                source.demand(),
                ready,
                due,
                source.service(),
                source.capacity() * CAPACITY_FACTOR,
                size,
                true,
                source.rule());
        RoutingSolution witness = nearestNeighbourRoutes(unlimited);
        return new LongRouteInstance(unlimited.withMaxVehicles(witness.routes().size() + SPARE_VEHICLES), witness);
    }

    /**
     * Solomon's time-oriented nearest neighbour: each route grows by the unrouted customer that is closest in a mix
     * of distance, waiting and urgency among those it can still serve in time and carry, and is closed when none is
     * left. Times and distances are the evaluator's, so the routes pass it.
     */
    static RoutingSolution nearestNeighbourRoutes(NodeInstance instance) {
        int customers = instance.customerCount();
        boolean[] routed = new boolean[customers + 1];
        int left = customers;
        List<List<Visit>> routes = new ArrayList<>();
        while (left > 0) {
            List<Visit> route = new ArrayList<>();
            int at = 0;
            double time = instance.ready()[0];
            long load = 0;
            while (true) {
                int next = -1;
                double nextScore = Double.POSITIVE_INFINITY;
                for (int c = 1; c <= customers; c++) {
                    if (routed[c] || load + instance.demand()[c] > instance.capacity()) {
                        continue;
                    }
                    double leg = NodeEvaluator.distance(instance, at, c);
                    double start = Math.max(time + leg, instance.ready()[c]);
                    double back = start + instance.service()[c] + NodeEvaluator.distance(instance, c, 0);
                    if (start > instance.due()[c] || back > instance.due()[0]) {
                        continue;
                    }
                    double score = 0.4 * leg + 0.4 * (start - time) + 0.2 * (instance.due()[c] - start);
                    if (score < nextScore) {
                        next = c;
                        nextScore = score;
                    }
                }
                if (next < 0) {
                    break;
                }
                double leg = NodeEvaluator.distance(instance, at, next);
                time = Math.max(time + leg, instance.ready()[next]) + instance.service()[next];
                load += instance.demand()[next];
                routed[next] = true;
                left--;
                route.add(Visit.of(next));
                at = next;
            }
            if (route.isEmpty()) {
                throw new IllegalStateException(
                        "No route of instance (%s) can serve the %d customers left.%nMaybe the source's windows"
                                        .formatted(instance.name(), left)
                                + " cannot be met even alone.");
            }
            routes.add(route);
        }
        return new RoutingSolution(routes);
    }
}
