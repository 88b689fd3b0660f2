package city.sanitation.planning.search;

/**
 * When the annealing has gone a share of its budget without a new best plan, it goes on from the best plan instead of
 * where it walked: a run caught in a poor order of clusters otherwise spends the rest of its budget there (long-route
 * suite, session s13). Counts in progress (0 to 1 over the budget), so that it means the same at any time limit.
 */
final class ReturnToBest {

    private final double afterShare;
    private double lastBestOrReturn;

    /** {@code afterShare} of the budget without a new best; 0 never returns. */
    ReturnToBest(double afterShare) {
        if (!(afterShare >= 0 && afterShare <= 1)) {
            throw new IllegalArgumentException(("The returnToBestAfter (%s) must be a share of the budget from 0 to 1."
                            + " Maybe it was given in percent: 0.2 returns after a fifth of the budget.")
                    .formatted(afterShare));
        }
        this.afterShare = afterShare;
    }

    void newBest(double progress) {
        lastBestOrReturn = progress;
    }

    /** True when the search should return to its best plan now; the count then starts again from here. */
    boolean due(double progress) {
        if (afterShare == 0 || progress - lastBestOrReturn <= afterShare) {
            return false;
        }
        lastBestOrReturn = progress;
        return true;
    }
}
