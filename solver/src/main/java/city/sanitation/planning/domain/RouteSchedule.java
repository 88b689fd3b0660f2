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
     * Plans {@code route} again after a change at {@code fromIndex} and beyond. With the greedy split the stops before
     * it cannot have changed, so they are taken from {@code previous}; a chosen split may refill earlier for a change
     * later on, so then the whole route is planned again.
     */
    static RouteSchedule of(Route route, RouteSchedule previous, int fromIndex) {
        if (plansWhole(route)) {
            return of(route, route.getTasks());
        }
        return greedy(route, route.getTasks(), previous, fromIndex);
    }

    /**
     * Plans {@code tasks} in order on {@code route}'s crew: refills where the refill split is cheapest for a washing
     * truck (when that breaks no rule the greedy split keeps), else where the tank runs dry.
     */
    static RouteSchedule of(Route route, List<Task> tasks) {
        RouteSchedule greedy = greedy(route, tasks, EMPTY, 0);
        if (!choosesRefills(route) && choosesDirections(route)) {
            return withChosenDirections(route, tasks, greedy);
        }
        if (!choosesRefills(route) || !greedy.hasChoices(tasks, route.getPinnedCount())) {
            return greedy;
        }
        int first = Math.min(route.getPinnedCount(), tasks.size());
        RouteState state =
                first == 0 ? route.startState() : greedy.stops.get(first - 1).after();
        RefillSplit.Choice[] choices = RefillSplit.choose(route.getCrew(), tasks, first, state);
        if (choices == null) {
            return greedy;
        }
        List<Stop> stops = new ArrayList<>(greedy.stops.subList(0, first));
        for (int i = first; i < tasks.size(); i++) {
            Stop stop = StopPlanner.planChosen(route, tasks.get(i), state, choices[i].refill(), choices[i].reversed());
            stops.add(stop);
            state = stop.after();
        }
        RouteSchedule split =
                new RouteSchedule(stops, StopPlanner.planReturn(route, state), toiletVisits(tasks, stops));
        return split.isBetterThan(greedy, route.getCrew(), tasks) ? split : greedy;
    }

    static boolean choosesRefills(Route route) {
        return route.isRefillSplit() && RefillSplit.applies(route.getCrew());
    }

    static boolean choosesDirections(Route route) {
        return route.isPassDirections() && PassDirections.applies(route.getCrew());
    }

    /** Whether a change anywhere may change the stops before it, so that the whole route is planned again. */
    static boolean plansWhole(Route route) {
        return choosesRefills(route) || choosesDirections(route);
    }

    /**
     * The greedy schedule with its passes driven the ways {@link PassDirections} finds cheapest for the whole route,
     * when that breaks no rule the greedy one keeps and costs the crew less; the stops before the first pass it turns
     * are the greedy ones.
     */
    private static RouteSchedule withChosenDirections(Route route, List<Task> tasks, RouteSchedule greedy) {
        int first = Math.min(route.getPinnedCount(), tasks.size());
        RouteState start =
                first == 0 ? route.startState() : greedy.stops.get(first - 1).after();
        boolean[] reversed = PassDirections.choose(route.getCrew(), tasks, greedy.stops, first, start);
        if (reversed == null) {
            return greedy;
        }
        int turned = first;
        while (turned < tasks.size()
                && reversed[turned] == greedy.stops.get(turned).reversed()) {
            turned++;
        }
        if (turned == tasks.size()) {
            return greedy;
        }
        List<Stop> stops = new ArrayList<>(greedy.stops.subList(0, turned));
        RouteState state =
                turned == 0 ? route.startState() : stops.get(turned - 1).after();
        for (int i = turned; i < tasks.size(); i++) {
            Stop stop = StopPlanner.planChosen(route, tasks.get(i), state, false, reversed[i]);
            stops.add(stop);
            state = stop.after();
        }
        RouteSchedule chosen =
                new RouteSchedule(stops, StopPlanner.planReturn(route, state), toiletVisits(tasks, stops));
        return chosen.isBetterThan(greedy, route.getCrew(), tasks) ? chosen : greedy;
    }

    /**
     * Whether the route refills after its pinned tasks, so that there is a split to choose (with the directions of the
     * passes around it). A route that never refills keeps its greedy directions: the programme's price on every
     * schedule update of a long district route is not paid for the rare pass it would turn.
     */
    private boolean hasChoices(List<Task> tasks, int pinnedCount) {
        for (int i = pinnedCount; i < stops.size(); i++) {
            if (stops.get(i).detour() != null) {
                return true;
            }
        }
        return false;
    }

    private static RouteSchedule greedy(Route route, List<Task> tasks, RouteSchedule previous, int fromIndex) {
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
        return new RouteSchedule(stops, StopPlanner.planReturn(route, state), toiletVisits(tasks, stops));
    }

    private static List<ToiletVisit> toiletVisits(List<Task> tasks, List<Stop> stops) {
        List<ToiletVisit> toiletVisits = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            if (task.getKind() == TaskKind.TOILET_ROUND) {
                toiletVisits.add(ToiletVisit.of(task, stops.get(i).start()));
            }
        }
        return toiletVisits;
    }

    /**
     * Whether this schedule of {@code tasks} breaks no rule more than {@code other} does (windows, latest starts,
     * capacity, breaks, the hard end, service levels) and costs the crew less: driving, working time and overtime, as
     * the score charges them at their default weights.
     */
    private boolean isBetterThan(RouteSchedule other, Crew crew, List<Task> tasks) {
        if (windowsMissed > other.windowsMissed
                || hardLateSeconds > other.hardLateSeconds
                || overCapacityStops > other.overCapacityStops
                || missedBreaks > other.missedBreaks
                || pastHardEndSeconds(crew) > other.pastHardEndSeconds(crew)
                || slaLateSeconds(tasks) > other.slaLateSeconds(tasks)) {
            return false;
        }
        double cost = crewCost(crew);
        double otherCost = other.crewCost(crew);
        return cost < otherCost || cost == otherCost && deadheadMetres < other.deadheadMetres;
    }

    private long shiftBegin(Crew crew) {
        return StopPlanner.shiftBegin(crew, stops.isEmpty() ? null : stops.get(0));
    }

    private long pastHardEndSeconds(Crew crew) {
        return Math.max(
                0,
                end.arrival()
                        - (crew.shift().hardEnd()
                                + shiftBegin(crew)
                                - crew.shift().start()));
    }

    private long slaLateSeconds(List<Task> tasks) {
        long late = 0;
        for (int i = 0; i < stops.size(); i++) {
            late += Math.max(0, stops.get(i).end() - tasks.get(i).getProblem().slaDeadline());
        }
        return late;
    }

    /** In fen: kilometres and hours at the crew's rates, and a yuan per started minute of overtime. */
    double crewCost(Crew crew) {
        long begin = shiftBegin(crew);
        long working = end.arrival() - begin;
        long overtime = Math.max(
                0, end.arrival() - (crew.shift().end() + begin - crew.shift().start()));
        return 100.0
                        * (deadheadMetres / 1000.0 * crew.rates().costPerKm()
                                + working / 3600.0 * crew.rates().costPerHour())
                + 100.0 * ((overtime + 59) / 60);
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
