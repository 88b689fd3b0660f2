package city.sanitation.benchmarks.evaluate;

import java.util.List;

/**
 * The independent verdict on a solution.
 *
 * @param cost total distance (VRP) or total traversal cost including service (CARP), in the instance's units
 * @param vehicles routes used (VRP) or depot-to-depot trips (CARP)
 * @param violations what makes it infeasible; empty when feasible
 */
public record Evaluation(double cost, int vehicles, List<String> violations) {

    public Evaluation {
        violations = List.copyOf(violations);
    }

    public boolean feasible() {
        return violations.isEmpty();
    }
}
