package city.sanitation.benchmarks.run;

import java.util.List;

/**
 * For generated instances, which have no published best known values: each solver's gap is measured to the lower of
 * the stored reference (NaN when there is none) and the best feasible cost that any solver reached on the instance in
 * the same run (every seed of it).
 */
final class BestOfRun {

    private BestOfRun() {}

    /** The rows of one instance, their best known value lowered to the best feasible cost among them. */
    static List<ResultRow> rebase(List<ResultRow> instanceRows) {
        double best = instanceRows.stream()
                .filter(row -> row.feasible() && !Double.isNaN(row.cost()))
                .mapToDouble(ResultRow::cost)
                .min()
                .orElse(Double.NaN);
        return instanceRows.stream().map(row -> rebase(row, best)).toList();
    }

    private static ResultRow rebase(ResultRow row, double bestOfRun) {
        boolean lower = !Double.isNaN(bestOfRun) && (Double.isNaN(row.bestKnown()) || bestOfRun < row.bestKnown());
        double reference = lower ? bestOfRun : row.bestKnown();
        int referenceVehicles = lower ? 0 : row.bestKnownVehicles();
        double gap = Double.isNaN(reference) || Double.isNaN(row.cost())
                ? Double.NaN
                : 100.0 * (row.cost() - reference) / reference;
        return new ResultRow(
                row.suite(),
                row.instance(),
                row.instanceClass(),
                row.solver(),
                row.seed(),
                row.solved(),
                row.cost(),
                row.vehicles(),
                reference,
                referenceVehicles,
                gap,
                row.feasible(),
                row.violations(),
                row.secondsToBest(),
                row.secondsSpent(),
                row.note());
    }
}
