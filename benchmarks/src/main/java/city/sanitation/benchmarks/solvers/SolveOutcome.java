package city.sanitation.benchmarks.solvers;

import city.sanitation.benchmarks.evaluate.RoutingSolution;
import java.time.Duration;

/**
 * What a solver returned and when it last improved.
 *
 * @param solution null when the solver found none
 * @param timeToBest from the start of the solve to the last improvement of the solution it returned
 * @param note what the solver itself said about it (its own score or status), for the report only
 */
public record SolveOutcome(RoutingSolution solution, Duration timeToBest, Duration spent, String note) {}
