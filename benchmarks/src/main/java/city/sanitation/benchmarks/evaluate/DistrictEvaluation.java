package city.sanitation.benchmarks.evaluate;

import java.util.List;

/**
 * The independent verdict on a district plan.
 *
 * @param tasks tasks of the problem
 * @param assigned tasks in some route
 * @param routesUsed routes with at least one task
 * @param reportedDeadheadKm the driving between stops that the plan's routes report, detours and the way home included
 * @param shortestDeadheadKm the least driving their task order needs from the depot and back, by the evaluator's own
 *     shortest paths over the streets
 * @param violations what makes the plan infeasible by these checks; empty when none
 */
public record DistrictEvaluation(
        int tasks,
        int assigned,
        int routesUsed,
        double reportedDeadheadKm,
        double shortestDeadheadKm,
        List<String> violations) {

    public DistrictEvaluation {
        violations = List.copyOf(violations);
    }

    public int unassigned() {
        return tasks - assigned;
    }

    public boolean feasible() {
        return violations.isEmpty();
    }
}
