package city.sanitation.planning.split;

import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.report.PlanReport;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The repair across the borders of a district solved in parts: the parts' routes are put back into the whole
 * district's plan, in their order, so that the product's own search over the whole plan (its greedy construction
 * appending what the parts left undone to the routes that can take it, then the shipped configuration's phases with
 * the undone-work insertion and ruin and recreate) offers every task left undone to every route, whichever part it
 * came from. It needs the whole district's matrices: on a city, where they take minutes to build, the parts' plans are
 * the answer without it.
 */
public final class BorderRepair {

    private BorderRepair() {}

    /**
     * Puts the parts' routes into the whole plan, which must have no task assigned yet.
     *
     * @return how many of the parts' tasks were placed
     */
    public static int restore(SanitationPlan whole, List<PlanReport> parts) {
        Map<String, Route> routes = new HashMap<>();
        for (Route route : whole.getRoutes()) {
            if (!route.getTasks().isEmpty()) {
                throw new IllegalArgumentException(
                        "The route (%s) of the whole plan already has %d tasks.%nMaybe restore the parts into a plan fresh from the problem builder."
                                .formatted(route.getId(), route.getTasks().size()));
            }
            routes.put(route.getId(), route);
        }
        Map<String, Task> tasks = new HashMap<>();
        whole.getTasks().forEach(task -> tasks.put(task.getId(), task));
        Set<String> placed = new HashSet<>();
        for (PlanReport part : parts) {
            for (PlanReport.RouteReport routeReport : part.routes()) {
                Route route = routes.get(routeReport.vehicleId());
                if (route == null) {
                    continue;
                }
                for (PlanReport.StopReport stop : routeReport.stops()) {
                    Task task = stop.taskId() == null ? null : tasks.get(stop.taskId());
                    // A task appears in one part only; the guard keeps a list variable free of duplicates anyway.
                    if (task != null && placed.add(task.getId())) {
                        route.getTasks().add(task);
                    }
                }
            }
        }
        return placed.size();
    }
}
