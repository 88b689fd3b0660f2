package city.sanitation.benchmarks.solvers;

import city.sanitation.benchmarks.evaluate.RoutingSolution;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * OR-Tools' search as every peer run uses it: parallel cheapest insertion, then guided local search until the limit,
 * timing the last improvement so that "time to best" means the same for OR-Tools as for the other solvers.
 */
final class GuidedLocalSearch {

    private GuidedLocalSearch() {}

    /** Solves the model; {@code routesOf} turns OR-Tools' assignment into the evaluator's routes. */
    static SolveOutcome solve(RoutingModel routing, Duration limit, Function<Assignment, RoutingSolution> routesOf) {
        long start = System.nanoTime();
        AtomicLong lastImprovement = new AtomicLong(start);
        AtomicLong bestCost = new AtomicLong(Long.MAX_VALUE);
        routing.addAtSolutionCallback(() -> {
            long cost = routing.costVar().value();
            if (cost < bestCost.get()) {
                bestCost.set(cost);
                lastImprovement.set(System.nanoTime());
            }
        });
        RoutingSearchParameters parameters = main.defaultRoutingSearchParameters().toBuilder()
                .setFirstSolutionStrategy(FirstSolutionStrategy.Value.PARALLEL_CHEAPEST_INSERTION)
                .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
                .setTimeLimit(com.google.protobuf.Duration.newBuilder()
                        .setSeconds(limit.toSeconds())
                        .setNanos(limit.toNanosPart())
                        .build())
                .build();
        Assignment assignment = routing.solveWithParameters(parameters);
        long end = System.nanoTime();
        if (assignment == null) {
            return new SolveOutcome(
                    null, Duration.ofNanos(end - start), Duration.ofNanos(end - start), "status " + routing.status());
        }
        return new SolveOutcome(
                routesOf.apply(assignment),
                Duration.ofNanos(lastImprovement.get() - start),
                Duration.ofNanos(end - start),
                "objective " + assignment.objectiveValue());
    }
}
