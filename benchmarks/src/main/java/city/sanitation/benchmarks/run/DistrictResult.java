package city.sanitation.benchmarks.run;

import city.sanitation.benchmarks.evaluate.DistrictEvaluation;
import java.util.List;

/**
 * One district solved by the product, as measured and judged.
 *
 * @param loadSeconds reading the dataset (for an OSM district: importing the extract and generating it first)
 * @param matrixSeconds building the problem: tasks, routes and travel matrices
 * @param firstFeasibleSeconds from the start of the solve to the first plan with no hard rule broken; NaN if none
 * @param moveEvaluationsPerSecond Timefold's count of evaluated moves over the whole solve time, custom phases
 *     (which Timefold does not count) included in the time; -1 when not known
 */
record DistrictResult(
        String instance,
        int tasks,
        int routes,
        double loadSeconds,
        double matrixSeconds,
        double firstFeasibleSeconds,
        double secondsSpent,
        String finalScore,
        boolean finalHardZero,
        long moveEvaluations,
        long moveEvaluationsPerSecond,
        List<ScorePoint> curve,
        DistrictEvaluation evaluation) {

    boolean feasible() {
        return finalHardZero && evaluation.feasible();
    }
}
