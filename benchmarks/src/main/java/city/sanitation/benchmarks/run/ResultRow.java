package city.sanitation.benchmarks.run;

/**
 * One solver's result on one instance, as the independent evaluator judged it.
 *
 * @param seed the seed the solver was given (a run repeats each instance and solver with consecutive seeds)
 * @param bestKnown NaN when the instance has no published value
 * @param gapPercent NaN when there is no solution or no best known value
 * @param violations the first violations found, for the report; empty when feasible
 */
public record ResultRow(
        String suite,
        String instance,
        String instanceClass,
        String solver,
        long seed,
        boolean solved,
        double cost,
        int vehicles,
        double bestKnown,
        int bestKnownVehicles,
        double gapPercent,
        boolean feasible,
        String violations,
        double secondsToBest,
        double secondsSpent,
        String note) {}
