package city.sanitation.planning.search;

import city.sanitation.planning.domain.Task;
import java.util.Collection;
import java.util.List;

/**
 * Prices an insertion into a long route at the few places with the shortest detour first, and at the others only
 * when none of those is feasible ({@link RouteTrials#cheapestInsertionNear} at any place). A trial replans
 * from the insertion point to where the route falls back in step with its schedule; with wide windows there is
 * seldom a wait to absorb the delay, so a trial runs to the route's end, and pricing every place of a route of
 * {@code n} stops costs n² stop plans: on 50-stop routes the ruin and recreate made a few dozen iterations a second.
 * Where driving dominates the cost, the cheapest place is almost always among the shortest detours.
 */
final class LongRoutePricing {

    private LongRoutePricing() {}

    /**
     * The pricing for routes that hold on average at least {@code stopsAbove} movable tasks (of those with any), or
     * null when they are shorter or {@code stopsAbove} is 0.
     */
    static RegretInsertion.Pricing forLongRoutes(List<RouteTrials> routes, int stopsAbove) {
        if (stopsAbove <= 0) {
            return null;
        }
        int nonEmpty = 0;
        int movable = 0;
        for (RouteTrials route : routes) {
            int count = route.tasks().size() - route.route().getPinnedCount();
            if (count > 0) {
                nonEmpty++;
                movable += count;
            }
        }
        if (nonEmpty == 0 || movable < (long) stopsAbove * nonEmpty) {
            return null;
        }
        return shortestDetoursFirst();
    }

    /**
     * For a construction that starts from empty routes: the pricing when {@code tasks} shared among all
     * {@code routeCount} routes make at least {@code stopsAbove} each, or null.
     */
    static RegretInsertion.Pricing forConstruction(int routeCount, Collection<Task> tasks, int stopsAbove) {
        if (stopsAbove <= 0 || routeCount == 0 || tasks.size() < (long) stopsAbove * routeCount) {
            return null;
        }
        return shortestDetoursFirst();
    }

    private static RegretInsertion.Pricing shortestDetoursFirst() {
        return (route, task) -> route.cheapestInsertionNear(task, null);
    }
}
