package city.sanitation.benchmarks.run;

import city.sanitation.benchmarks.evaluate.DistrictEvaluation;
import city.sanitation.planning.report.PlanReport;
import java.util.List;

/**
 * One district solved by the product, as measured and judged.
 *
 * @param loadSeconds reading the dataset (for an OSM district: importing the extract and generating it first)
 * @param matrixSeconds building the problem: tasks, routes and travel matrices
 * @param firstFeasibleSeconds from the start of the solve to the first plan with no hard rule broken; NaN if none
 * @param phases Timefold's phases in the order they ran, with their times and move counts; empty when not known
 * @param plan the solved plan as plan.json has it, for its figures (unassigned tasks' reasons not looked for)
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
        List<PhaseTime> phases,
        List<ScorePoint> curve,
        DistrictEvaluation evaluation,
        PlanReport plan) {

    /** The local search's move evaluation speed, or -1 when it did not run. */
    long localSearchMovesPerSecond() {
        return phases.stream()
                .filter(PhaseTime::isLocalSearch)
                .mapToLong(PhaseTime::moveEvaluationsPerSecond)
                .findFirst()
                .orElse(-1);
    }

    double localSearchSeconds() {
        return phases.stream()
                .filter(PhaseTime::isLocalSearch)
                .mapToDouble(PhaseTime::seconds)
                .sum();
    }

    boolean feasible() {
        return finalHardZero && evaluation.feasible();
    }
}
