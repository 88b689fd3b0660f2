package city.sanitation.planning.domain;

/**
 * When and how a route does one task, derived from everything before it in the route.
 *
 * @param reversed a street pass driven against its segment's direction (only for passes that may go either way)
 * @param travelSeconds driving time from the previous stop, detour included
 * @param travelMetres driving distance from the previous stop, detour included (all of it deadheading)
 * @param detour a refill or dump on the way, or null
 * @param takenBreak a break taken before driving here, or null
 * @param windowMissed no allowed window was left for this task after the route arrived
 * @param hardLateSeconds how far the start is past the task's latest start
 * @param overCapacity the task alone needs more water or body volume than the vehicle has
 * @param after the route's state once the task is done
 */
public record Stop(
        boolean reversed,
        long arrival,
        long start,
        long end,
        long travelSeconds,
        long travelMetres,
        Detour detour,
        TakenBreak takenBreak,
        boolean windowMissed,
        long hardLateSeconds,
        boolean overCapacity,
        RouteState after) {

    public long waitSeconds() {
        return start - arrival;
    }
}
