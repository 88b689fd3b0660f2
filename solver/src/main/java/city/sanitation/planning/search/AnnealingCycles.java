package city.sanitation.planning.search;

/**
 * Restarts of the annealing's cooling ("reheats"): after a number of returns to the best plan with no better one in
 * between, the search starts again from its best plan at the start temperature and cools over the rest of the budget.
 * A reheated cycle is not called back to its best in its first half, as it walks away from the best before it
 * settles. Counts in progress (0 to 1 over the budget), as {@link ReturnToBest} does.
 */
final class AnnealingCycles {

    /** The least share of the budget a reheated cycle gets. */
    static final double LEAST_CYCLE = 0.2;

    private final int reheatAfterReturns;
    private double cycleFrom;
    private double returnsFrom;
    private int fruitlessReturns;
    private int reheats;

    /** {@code reheatAfterReturns} returns in vain before a reheat; 0 never reheats. */
    AnnealingCycles(int reheatAfterReturns) {
        if (reheatAfterReturns < 0) {
            throw new IllegalArgumentException(("The reheatAfterReturns (%d) must not be negative."
                            + " Maybe 0 was meant: the cooling then never starts again.")
                    .formatted(reheatAfterReturns));
        }
        this.reheatAfterReturns = reheatAfterReturns;
    }

    /** How far the current cycle has cooled, from 0 at its start to 1 at the end of the budget. */
    double cooled(double progress) {
        return (progress - cycleFrom) / (1 - cycleFrom);
    }

    /** Whether the search may be called back to the cycle's best plan now. */
    boolean returnsAllowed(double progress) {
        return progress >= returnsFrom;
    }

    /** The cycle found a plan better than its best. */
    void newBest() {
        fruitlessReturns = 0;
    }

    /**
     * Counts a return to the best with no better plan since the last; true when the cooling should start again now,
     * which {@link #reheat} then records.
     */
    boolean returnedInVain(double progress) {
        fruitlessReturns++;
        return reheatAfterReturns > 0 && fruitlessReturns >= reheatAfterReturns && progress < 1 - LEAST_CYCLE;
    }

    void reheat(double progress) {
        cycleFrom = progress;
        returnsFrom = progress + (1 - progress) / 2;
        fruitlessReturns = 0;
        reheats++;
    }

    int reheats() {
        return reheats;
    }
}
