package city.sanitation.planning.search;

import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The budget of the annealing cut into slices: first {@code runs} independent runs from the first plan, each over
 * {@code runShare} of the budget, whose best plans become the elite; then slices of {@code childShare} that each start
 * from a child of two elite plans ({@link RouteCrossover}) at a lower temperature, the child's best replacing the
 * worst elite plan when it is better and not already there. On long routes a run settles early in one order of
 * clusters and stays there (long-route suite: one instance spreads 2 % between seeds); runs that settle apart and a
 * child that takes whole routes from one and the rest from the other reach orders no single run walks to. Counts in
 * progress (0 to 1 over the budget), as {@link ReturnToBest} does.
 */
final class EliteRuns {

    /** One plan of the elite: its routes' tasks by route index, and its cost. */
    record Elite(List<List<Task>> tasks, double cost) {}

    private final int runs;
    private final double runShare;
    private final double childShare;
    private final double childTemperature;
    private final List<Elite> elite = new ArrayList<>();
    private int slice;
    private int children;
    private int betterChildren;
    /** The cost of the better parent of the child being annealed; NaN in an independent run. */
    private double parentsBest = Double.NaN;

    /**
     * {@code runs} independent runs of {@code runShare} each, then children of {@code childShare} each, which start at
     * {@code childTemperature} times the start temperature.
     */
    EliteRuns(int runs, double runShare, double childShare, double childTemperature) {
        if (runs < 2) {
            throw new IllegalArgumentException(
                    ("The eliteRuns (%d) must be at least 2: a child needs two parents. Maybe 0 was meant, which runs"
                                    + " one annealing over the whole budget.")
                            .formatted(runs));
        }
        if (!(runShare > 0 && childShare > 0 && runs * runShare + childShare <= 1)) {
            throw new IllegalArgumentException(("The eliteRunShare (%s) and eliteChildShare (%s) must be positive and"
                            + " leave room for one child after %d runs. Maybe use 0.25 and 0.1.")
                    .formatted(runShare, childShare, runs));
        }
        if (!(childTemperature > 0 && childTemperature <= 1)) {
            throw new IllegalArgumentException(
                    ("The eliteChildTemperature (%s) must be a share of the start temperature above 0 and at most 1."
                                    + " Maybe use 0.1.")
                            .formatted(childTemperature));
        }
        this.runs = runs;
        this.runShare = runShare;
        this.childShare = childShare;
        this.childTemperature = childTemperature;
    }

    private double sliceFrom(int index) {
        return index < runs ? index * runShare : runs * runShare + (index - runs) * childShare;
    }

    private double sliceUntil(int index) {
        double until = sliceFrom(index + 1);
        // The last child runs to the end of the budget.
        return until + childShare > 1 + 1e-9 && index >= runs ? 1 : until;
    }

    /** How far the current slice has cooled, from 0 at its start to 1 at its end. */
    double cooled(double progress) {
        double from = sliceFrom(slice);
        return Math.min(1, (progress - from) / (sliceUntil(slice) - from));
    }

    /** The share of the start temperature the current slice starts at. */
    double startShare() {
        return slice < runs ? 1 : childTemperature;
    }

    /** Whether the current slice is over and another follows. */
    boolean sliceEnded(double progress) {
        return progress >= sliceUntil(slice) && sliceUntil(slice) < 1;
    }

    /**
     * Records the best plan of the slice that ended and moves to the next: true when it is another independent run
     * (start again from the first plan), false when it is a child's, whose parents {@link #parents} then draws.
     */
    boolean next(List<List<Task>> sliceBest, double sliceBestCost) {
        betterChildren = betterChildren(sliceBestCost);
        parentsBest = Double.NaN;
        offer(new Elite(sliceBest, sliceBestCost));
        slice++;
        return slice < runs;
    }

    private void offer(Elite plan) {
        for (Elite known : elite) {
            if (Math.abs(known.cost() - plan.cost()) < 1e-6 || known.tasks().equals(plan.tasks())) {
                return;
            }
        }
        if (elite.size() < runs) {
            elite.add(plan);
            return;
        }
        int worst = 0;
        for (int e = 1; e < elite.size(); e++) {
            if (elite.get(e).cost() > elite.get(worst).cost()) {
                worst = e;
            }
        }
        if (plan.cost() < elite.get(worst).cost()) {
            elite.set(worst, plan);
        }
    }

    /** The best elite plan and another drawn at random, in a random order; null while the elite holds fewer than 2. */
    Elite[] parents(Random random) {
        if (elite.size() < 2) {
            return null;
        }
        int best = 0;
        for (int e = 1; e < elite.size(); e++) {
            if (elite.get(e).cost() < elite.get(best).cost()) {
                best = e;
            }
        }
        int other = random.nextInt(elite.size() - 1);
        if (other >= best) {
            other++;
        }
        children++;
        parentsBest = Math.min(elite.get(best).cost(), elite.get(other).cost());
        return random.nextBoolean()
                ? new Elite[] {elite.get(best), elite.get(other)}
                : new Elite[] {elite.get(other), elite.get(best)};
    }

    /** How many children the slices gave so far. */
    int children() {
        return children;
    }

    /** How many children ended better than both their parents, the current one counted at {@code currentBest}. */
    int betterChildren(double currentBest) {
        return betterChildren + (currentBest < parentsBest - 1e-9 ? 1 : 0);
    }

    int size() {
        return elite.size();
    }
}
