package city.sanitation.app.planning;

import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tasks each route does, in order: the part of a solved plan worth storing, from which the whole plan is
 * rebuilt on the district's data (to report it, or to re-plan from it).
 */
public record PlanAssignment(Map<String, RouteAssignment> routes) {

    /** @param outOfServiceFrom planning-clock seconds from which the vehicle is broken down; Long.MAX_VALUE when not */
    public record RouteAssignment(List<String> taskIds, int pinnedCount, long outOfServiceFrom) {}

    public static PlanAssignment of(SanitationPlan plan) {
        Map<String, RouteAssignment> routes = new LinkedHashMap<>();
        for (Route route : plan.getRoutes()) {
            routes.put(
                    route.getId(),
                    new RouteAssignment(
                            route.getTasks().stream().map(Task::getId).toList(),
                            route.getPinnedCount(),
                            route.getOutOfServiceFrom()));
        }
        return new PlanAssignment(routes);
    }

    /**
     * Puts the stored tasks back into the routes of a freshly built plan. Tasks or vehicles no longer in the data are
     * left out; tasks new in the data stay unassigned for the solver.
     */
    public void applyTo(SanitationPlan plan) {
        Map<String, Task> tasks = new HashMap<>();
        plan.getTasks().forEach(task -> tasks.put(task.getId(), task));
        for (Route route : plan.getRoutes()) {
            RouteAssignment assignment = routes.get(route.getId());
            if (assignment == null) {
                continue;
            }
            List<Task> kept = new ArrayList<>();
            int pinned = 0;
            for (int i = 0; i < assignment.taskIds().size(); i++) {
                Task task = tasks.remove(assignment.taskIds().get(i));
                if (task != null) {
                    kept.add(task);
                    pinned += i < assignment.pinnedCount() ? 1 : 0;
                }
            }
            route.setTasks(kept);
            route.setPinnedCount(pinned);
            route.setOutOfServiceFrom(assignment.outOfServiceFrom());
        }
    }

    /**
     * This assignment with every task crews have reported (started or done) pinned, together with the tasks before it
     * in the route: a crew's reported work is never moved to someone else or later in the day. A task is pinned in
     * the route that has it here, whichever crew reported it: a version published over the crew's carries its work
     * over, and the task then may be another crew's.
     */
    public PlanAssignment withReported(Map<String, ? extends java.util.Collection<String>> reportedByVehicle) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        reportedByVehicle.values().forEach(reported::addAll);
        Map<String, RouteAssignment> pinned = new LinkedHashMap<>(routes);
        routes.forEach((vehicleId, route) -> {
            int last = -1;
            for (int i = 0; i < route.taskIds().size(); i++) {
                if (reported.contains(route.taskIds().get(i))) {
                    last = i;
                }
            }
            if (last >= route.pinnedCount()) {
                pinned.put(vehicleId, new RouteAssignment(route.taskIds(), last + 1, route.outOfServiceFrom()));
            }
        });
        return new PlanAssignment(pinned);
    }

    /** The ids of all assigned tasks. */
    public List<String> assignedTaskIds() {
        return routes.values().stream()
                .flatMap(route -> route.taskIds().stream())
                .toList();
    }
}
