package city.sanitation.benchmarks.solvers;

import com.graphhopper.jsprit.core.algorithm.acceptor.SolutionAcceptor;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import java.util.Collection;
import java.util.Comparator;

/**
 * jsprit's threshold acceptance (Schrimpf et al.) with the threshold cooling over the time budget instead of over an
 * iteration count: under a time limit jsprit's own schedule never cools, because it divides by the iteration limit.
 * The threshold starts at a share of the first solution's cost and halves every {@code halfLife} of the budget.
 */
final class TimeScheduledAcceptance implements SolutionAcceptor {

    private static final double INITIAL_SHARE = 0.03;
    private static final double HALF_LIFE = 0.15;

    private final long startNanos;
    private final long budgetNanos;
    private double initialThreshold = -1;

    TimeScheduledAcceptance(long startNanos, long budgetNanos) {
        this.startNanos = startNanos;
        this.budgetNanos = budgetNanos;
    }

    @Override
    public boolean acceptSolution(
            Collection<VehicleRoutingProblemSolution> solutions, VehicleRoutingProblemSolution newSolution) {
        if (solutions.isEmpty()) {
            solutions.add(newSolution);
            return true;
        }
        VehicleRoutingProblemSolution worst = solutions.stream()
                .max(Comparator.comparingDouble(VehicleRoutingProblemSolution::getCost))
                .orElseThrow();
        if (initialThreshold < 0) {
            initialThreshold = INITIAL_SHARE * worst.getCost();
        }
        double fraction = Math.min(1.0, (System.nanoTime() - startNanos) / (double) budgetNanos);
        double threshold = initialThreshold * Math.exp(-Math.log(2) * fraction / HALF_LIFE);
        if (newSolution.getCost() < worst.getCost() + threshold) {
            solutions.remove(worst);
            solutions.add(newSolution);
            return true;
        }
        return false;
    }
}
