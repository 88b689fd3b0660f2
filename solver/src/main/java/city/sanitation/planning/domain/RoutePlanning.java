package city.sanitation.planning.domain;

/**
 * How a route would do a task or come home from a given state, for search heuristics that try many insertions
 * outside the score director (construction, ruin and recreate). The same pure functions derive the planned stops.
 */
public final class RoutePlanning {

    private RoutePlanning() {}

    public static Stop plan(Route route, Task task, RouteState before) {
        return StopPlanner.plan(route, task, before);
    }

    /**
     * How {@code route} would do {@code tasks} in this order: the stops and the way home as its schedule would have
     * them, with the refills where the split is cheapest. Planned whole: the trials above are greedy and incremental.
     */
    public static RouteSchedule schedule(Route route, java.util.List<Task> tasks) {
        return RouteSchedule.of(route, tasks);
    }

    /** Whether the route's refills are placed where they cost least rather than where the tank runs dry. */
    public static boolean choosesRefills(Route route) {
        return RouteSchedule.choosesRefills(route);
    }

    /**
     * Whether the route's schedule is planned whole ({@link #schedule}): its refills or its passes' directions are
     * chosen for the whole route, so that the greedy stops a trial plans incrementally are not what the score sees.
     */
    public static boolean plansWhole(Route route) {
        return RouteSchedule.plansWhole(route);
    }

    /** The water the route's vehicle puts on the street doing {@code task}: what a stop takes from the tank. */
    public static double waterNeed(Route route, Task task) {
        return StopPlanner.waterNeed(route.getCrew(), task.getProblem());
    }

    /** How long the route's crew works at {@code task} once there. */
    public static long serviceSeconds(Route route, Task task) {
        return StopPlanner.serviceSeconds(route.getCrew(), task.getProblem());
    }

    public static RouteEnd planReturn(Route route, RouteState state) {
        return StopPlanner.planReturn(route, state);
    }

    /** When the crew's shift begins if the route's first stop is {@code firstStop} (null for an empty route). */
    public static long shiftBegin(Route route, Stop firstStop) {
        return StopPlanner.shiftBegin(route.getCrew(), firstStop);
    }

    /** The earliest start at or after {@code earliest} that fits {@code duration} in one window; -1 if none. */
    public static long earliestFit(java.util.List<TimeInterval> windows, long earliest, long duration) {
        return StopPlanner.earliestFit(windows, earliest, duration);
    }
}
