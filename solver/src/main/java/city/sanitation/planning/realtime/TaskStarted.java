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
        director.changeVariable(route, "tasks", changed -> {
            changed.getTasks().remove(task);
            changed.getTasks()
                    .add(Math.min(changed.getPinnedCount(), changed.getTasks().size()), task);
        });
        director.changeProblemProperty(
                route, changed -> changed.setPinnedCount(changed.getTasks().indexOf(task) + 1));
        director.updateShadowVariables();
    }
}
