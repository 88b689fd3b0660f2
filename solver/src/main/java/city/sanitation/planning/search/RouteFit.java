package city.sanitation.planning.search;

import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.score.PlanCosts;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where an undone task would fit in a plan as it stands, by the route planner's own check of each route's rules
 * (windows, latest starts, capacity with refills and dumps, breaks, the shift's hard end, capability, equipment):
 * thousands of times cheaper than a score analysis, so it can speak for every undone task of a large district. Rules
 * between routes (toilet rounds' gaps) are not part of it.
 */
public final class RouteFit {

    /** The cheapest place found: the route and the position, counted from 0, of the task in it. */
    public record Fit(String routeId, int position) {}

    private final SanitationPlan plan;
    private final PlanCosts costs;
    private final Map<Route, RouteTrials> trials = new HashMap<>();

    public RouteFit(SanitationPlan plan) {
        this.plan = plan;
        this.costs = PlanCosts.of(plan);
    }

    public SanitationPlan plan() {
        return plan;
    }

    public Optional<Fit> cheapest(Task task) {
        Fit best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (Route route : plan.getRoutes()) {
            // Checked here too, so that no route that could not take it is planned for nothing.
            if (route.getOutOfServiceFrom() != Long.MAX_VALUE
                    || !route.can(task.capability())
                    || !route.hasSkills(task.requiredSkills())
                    || !route.mayWorkAt(task)) {
                continue;
            }
            Insertion insertion = trials.computeIfAbsent(route, r -> new RouteTrials(r, costs))
                    .cheapestInsertion(task);
            if (insertion != null && insertion.cost() < bestCost) {
                bestCost = insertion.cost();
                best = new Fit(route.getId(), insertion.position());
            }
        }
        return Optional.ofNullable(best);
    }
}
