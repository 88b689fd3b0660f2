package city.sanitation.planning.realtime;

import ai.timefold.solver.core.api.solver.change.ProblemChange;
import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
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
        int started = route.getPinnedCount();
        while (started < tasks.size()
                && tasks.get(started).getStop() != null
                && tasks.get(started).getStop().start() < clockSeconds) {
            started++;
        }
        int kept = started;
        RouteRewrite.rewrite(plan, director, route, changed -> {
            changed.getTasks().subList(kept, changed.getTasks().size()).clear();
            changed.setPinnedCount(kept);
            changed.setOutOfServiceFrom(clockSeconds);
        });
    }
}
