package city.sanitation.planning.domain;

/**
 * When and how a route does one task, derived from everything before it in the route.
 *
 * @param reversed a street pass driven against its segment's direction (only for passes that may go either way)
 * @param arrival when the route is at the task
 * @param travelSeconds driving time from the previous stop, detour and way through the depot included
 * @param travelMetres driving distance from the previous stop, detour and way through the depot included (all of it
 *     deadheading)
 * @param detour a refill or dump on the way, or null
 * @param depotWait a wait spent at the depot on the way (then the route arrives when the task can start), or null
 * @param takenBreak a break taken before driving here, or null
 * @param windowMissed no allowed window was left for this task after the route arrived
 * @param hardLateSeconds how far the start is past the task's latest start
 * @param overCapacity the task alone needs more water or body volume than the vehicle has
 * @param wetInBan a street pass that puts water on the street in an hour the forecast bans it (frost, rain, snow)
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
        DepotWait depotWait,
        TakenBreak takenBreak,
        boolean windowMissed,
        long hardLateSeconds,
        boolean overCapacity,
        boolean wetInBan,
        RouteState after) {

    /** The wait on the street at the task, before it can start; a wait at the depot is not part of it. */
    public long waitSeconds() {
        return start - arrival;
    }
}
