package city.sanitation.planning.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A route's whole day worked out at once: a stop per task, the way home, and the sums the rules need. Derived on the
 * route rather than on each task, so that a move costs one recomputation per changed route instead of an update per
 * shifted task.
 *
 * <p>Equal by its stops and way home, which the solver's consistency checks compare after recomputing.
 */
public final class RouteSchedule {

    static final RouteSchedule EMPTY = new RouteSchedule(List.of(), null, List.of());

    private final List<Stop> stops;
    private final RouteEnd end;
    private final List<ToiletVisit> toiletVisits;
    private final int windowsMissed;
    private final long hardLateSeconds;
    private final int overCapacityStops;
    private final int wetInBanStops;
    private final int missedBreaks;
    private final long deadheadMetres;

    RouteSchedule(List<Stop> stops, RouteEnd end, List<ToiletVisit> toiletVisits) {
        this.stops = Collections.unmodifiableList(stops);
        this.end = end;
        this.toiletVisits = Collections.unmodifiableList(toiletVisits);
        int windows = 0;
        long hardLate = 0;
        int overCapacity = 0;
        int wetInBan = 0;
        int breaks = end != null && end.breakMissed() ? 1 : 0;
        long metres = end == null ? 0 : end.travelMetres();
        for (Stop stop : stops) {
            windows += stop.windowMissed() ? 1 : 0;
            hardLate += stop.hardLateSeconds();
            overCapacity += stop.overCapacity() ? 1 : 0;
            wetInBan += stop.wetInBan() ? 1 : 0;
            breaks += stop.takenBreak() != null && stop.takenBreak().missed() ? 1 : 0;
            metres += stop.travelMetres();
        }
        this.windowsMissed = windows;
        this.hardLateSeconds = hardLate;
        this.overCapacityStops = overCapacity;
        this.wetInBanStops = wetInBan;
        this.missedBreaks = breaks;
        this.deadheadMetres = metres;
    }

    /** Plans every task of {@code route} in order from its start. */
    static RouteSchedule of(Route route) {
        return of(route, EMPTY, 0);
    }

    /**
     * Plans {@code route} again after a change at {@code fromIndex} and beyond: the stops before it cannot have
     * changed, so they are taken from {@code previous}.
     */
    static RouteSchedule of(Route route, RouteSchedule previous, int fromIndex) {
        List<Task> tasks = route.getTasks();
        if (tasks.isEmpty()) {
            return EMPTY;
        }
        int reused = Math.min(fromIndex, Math.min(previous.stops.size(), tasks.size()));
        List<Stop> stops = new ArrayList<>(tasks.size());
        stops.addAll(previous.stops.subList(0, reused));
        RouteState state =
                reused == 0 ? route.startState() : stops.get(reused - 1).after();
        for (int i = reused; i < tasks.size(); i++) {
            Stop stop = StopPlanner.plan(route, tasks.get(i), state);
            stops.add(stop);
            state = stop.after();
        }
        List<ToiletVisit> toiletVisits = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            if (task.getKind() == TaskKind.TOILET_ROUND) {
                toiletVisits.add(ToiletVisit.of(task, stops.get(i).start()));
            }
        }
        return new RouteSchedule(stops, StopPlanner.planReturn(route, state), toiletVisits);
    }

    /** The stops, one per task, in route order. */
    public List<Stop> stops() {
        return stops;
    }

    /** The way home after the last task, or null for an empty route. */
    public RouteEnd end() {
        return end;
    }

    public List<ToiletVisit> toiletVisits() {
        return toiletVisits;
    }

    public int windowsMissed() {
        return windowsMissed;
    }

    public long hardLateSeconds() {
        return hardLateSeconds;
    }

    public int overCapacityStops() {
        return overCapacityStops;
    }

    /** Street passes that put water on the street in an hour the forecast bans it (frost, rain, snow). */
    public int wetInBanStops() {
        return wetInBanStops;
    }

    public int missedBreaks() {
        return missedBreaks;
    }

    /** All driving that is not washing, detours and the way home included. */
    public long deadheadMetres() {
        return deadheadMetres;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof RouteSchedule schedule
                        && stops.equals(schedule.stops)
                        && java.util.Objects.equals(end, schedule.end);
    }

    @Override
    public int hashCode() {
        return stops.hashCode() * 31 + java.util.Objects.hashCode(end);
    }
}
