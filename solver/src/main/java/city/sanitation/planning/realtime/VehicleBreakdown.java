package city.sanitation.planning.realtime;

import ai.timefold.solver.core.api.solver.change.ProblemChange;
import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * A vehicle breaks down at {@code clockSeconds}: what it had started by then stays with it, everything after goes
 * back to the pool for the other vehicles, and it takes no new work.
 */
public record VehicleBreakdown(String routeId, long clockSeconds) implements ProblemChange<SanitationPlan> {

    @Override
    public void doChange(SanitationPlan plan, ProblemChangeDirector director) {
        Route route = PlanLookup.route(plan, routeId);
        List<Task> tasks = route.getTasks();
        int keep = route.getPinnedCount();
        while (keep < tasks.size()
                && tasks.get(keep).getStop() != null
                && tasks.get(keep).getStop().start() < clockSeconds) {
            keep++;
        }
        int kept = keep;
        director.changeVariable(route, "tasks", changed -> {
            List<Task> remaining = new ArrayList<>(changed.getTasks().subList(0, kept));
            changed.getTasks().retainAll(remaining);
        });
        director.changeProblemProperty(route, changed -> {
            changed.setPinnedCount(kept);
            changed.setOutOfServiceFrom(clockSeconds);
        });
        director.updateShadowVariables();
    }
}
