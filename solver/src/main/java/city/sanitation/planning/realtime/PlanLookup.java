package city.sanitation.planning.realtime;

import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;

/** Finds routes and tasks of a working plan by id, with an error that names what was not found. */
final class PlanLookup {

    private PlanLookup() {}

    static Task task(SanitationPlan plan, String taskId) {
        return plan.getTasks().stream()
                .filter(task -> task.getId().equals(taskId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "The task id (" + taskId + ") is not in the plan (" + plan.getName() + ")."));
    }

    static Route route(SanitationPlan plan, String routeId) {
        return plan.getRoutes().stream()
                .filter(route -> route.getId().equals(routeId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "The vehicle id (" + routeId + ") is not in the plan (" + plan.getName() + ")."));
    }
}
