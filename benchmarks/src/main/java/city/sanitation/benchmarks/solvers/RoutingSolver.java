package city.sanitation.benchmarks.solvers;

import city.sanitation.benchmarks.instance.RoutingProblem;
import java.time.Duration;

/** A solver the runner can pit against the others: the product or a peer. */
public interface RoutingSolver {

    /** A short name for reports: product, ortools, jsprit. */
    String name();

    boolean supports(RoutingProblem problem);

    /** Solves on one thread for at most {@code limit}. */
    SolveOutcome solve(RoutingProblem problem, Duration limit, long seed);
}
