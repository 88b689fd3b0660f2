package city.sanitation.planning.realtime;

import ai.timefold.solver.core.api.solver.change.ProblemChange;
import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;

/**
 * A crew reports a task started (or done): it and everything before it in the route are fixed from now on. A crew
 * that started a task out of order has it moved to the end of its fixed part.
 */
public record TaskStarted(String taskId) implements ProblemChange<SanitationPlan> {

    @Override
    public void doChange(SanitationPlan plan, ProblemChangeDirector director) {
        Task task = PlanLookup.task(plan, taskId);
        Route route = task.getRoute();
        if (route == null) {
            throw new IllegalStateException("The task (" + taskId + ") is not in any route, so it cannot be started."
                    + "\nMaybe publish a plan that assigns it first.");
        }
        RouteRewrite.rewrite(plan, director, route, changed -> {
            int index = changed.getTasks().indexOf(task);
            if (index >= changed.getPinnedCount()) {
                changed.getTasks().remove(index);
                changed.getTasks().add(changed.getPinnedCount(), task);
                changed.setPinnedCount(changed.getPinnedCount() + 1);
            }
        });
    }
}
