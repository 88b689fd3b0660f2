package city.sanitation.planning.realtime;

import ai.timefold.solver.core.api.solver.change.ProblemChange;
import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import java.util.ArrayList;

/** A new report (an urgent blind spot, say) joins the running plan unassigned; the solver finds it a place. */
public record NewTask(Task task) implements ProblemChange<SanitationPlan> {

    @Override
    public void doChange(SanitationPlan plan, ProblemChangeDirector director) {
        if (plan.getTasks().stream().anyMatch(existing -> existing.getId().equals(task.getId()))) {
            throw new IllegalArgumentException("The task id (" + task.getId() + ") is already in the plan.");
        }
        director.addEntity(task, added -> {
            var tasks = new ArrayList<>(plan.getTasks());
            tasks.add(added);
            plan.setTasks(tasks);
        });
        director.updateShadowVariables();
    }
}
