package city.sanitation.planning.realtime;

import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * Rewrites a route's task list inside a problem change. The director has no list-variable operation, so the route
 * leaves the working plan and comes back rewritten, which makes the solver recompute everything that derives from
 * it.
 */
final class RouteRewrite {

    private RouteRewrite() {}

    static void rewrite(SanitationPlan plan, ProblemChangeDirector director, Route route, Consumer<Route> rewrite) {
        Route working = director.lookUpWorkingObjectOrFail(route);
        director.removeEntity(working, removed -> {
            var routes = new ArrayList<>(plan.getRoutes());
            routes.remove(removed);
            plan.setRoutes(routes);
        });
        rewrite.accept(working);
        director.addEntity(working, added -> {
            var routes = new ArrayList<>(plan.getRoutes());
            routes.add(added);
            plan.setRoutes(routes);
        });
        director.updateShadowVariables();
    }
}
