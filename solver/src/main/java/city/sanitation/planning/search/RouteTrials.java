package city.sanitation.planning.search;

import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.CrewShift;
import city.sanitation.planning.domain.Detour;
import city.sanitation.planning.domain.Facility;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.RouteEnd;
import city.sanitation.planning.domain.RoutePlanning;
import city.sanitation.planning.domain.RouteSchedule;
import city.sanitation.planning.domain.RouteState;
import city.sanitation.planning.domain.Stop;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskProblem;
import city.sanitation.planning.domain.TravelTimes;
import city.sanitation.planning.score.PlanCosts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One route's current tasks with the state after each, so that inserting a task can be priced by replanning only
 * from the insertion point on. A trial is feasible when it breaks none of the route's hard rules: windows, latest
 * starts, capacity, breaks, the shift's hard end, and the vehicle's capability, skills and home territory for the task
 * tried (which {@link #isFeasible()}, about the route's schedule only, takes as given for the tasks already there).
 *
 * <p>A route is priced as the score prices it, by {@link PlanCosts} under the plan's weights: driving and working
 * cost, overtime, service-level lateness, workload balance and work outside the crew's home area. The rules between routes (toilet rounds' gaps,
 * unassigned work) are the caller's.
 *
 * <p>Where the rest of the route has no clock (no windows, latest starts, service levels, snow deadlines, weather or
 * breaks left), a stop's drive and work do not depend on when it begins, only on where the truck stands and what it
 * carries: once a trial stands where the route stood with only less or more water, the stops after it are the
 * route's own, later by the same time, up to the first one whose refill the water changes ({@link #unchangedUntil}).
 * The trial prices them from the route's sums and replans only from there: on arc routes of one tank an insertion
 * costs a few stop plans instead of the route's length.
 *
 * <p>Where the rest has a clock of the plain kinds (earliest and latest starts, windows, service levels, no break
 * left), a delay is followed down it from the route's sums instead ({@link #timedJump}, {@link RouteSlack}): each
 * stop's wait takes some of it up, and the stops stay as they are until one leaves its window or service level or the
 * delay is all taken up; a stop pushed past its latest start makes the trial infeasible at once. A fuller garbage body
 * is followed the same way to the first stop it would overflow. On long routes with wide windows an insertion then
 * costs a few stop plans instead of the route's rest.
 */
final class RouteTrials {

    private final Route route;
    private final PlanCosts costs;
    /** The trials' own copy of the route's tasks: a search may change it without touching the plan. */
    private final List<Task> tasks;
    /**
     * Whether trials take the rest of a route without a clock from its sums ({@link #unchangedUntil}); off, they
     * replan every stop to the route's end or to where it falls back in step, as the search did before session s10.
     */
    private final boolean shiftedRests;
    /**
     * Whether trials also take a rest with a clock (earliest and latest starts, windows, service levels) and a
     * fuller garbage body from the route's sums ({@link #timedJump}); off, such rests are replanned stop by stop, as
     * the search did before session s11.
     */
    private final boolean timedRests;

    private RouteState[] after;
    /**
     * Where the truck stands before position i (the route's start or the stop before), where it drives on to (the
     * task at i, or the depot) and how long that leg takes: read for every place of every task priced.
     */
    private int[] legFrom;

    private int[] legTo;
    private long[] legSeconds;
    /**
     * When the truck is free to drive to position i (the route's start, or the end of the stop before) and the latest
     * start of the task at i: read with {@link #legFrom} for every place of every task priced, so kept side by side
     * instead of behind each stop's state and task.
     */
    private long[] freeAt;

    private long[] latestStarts;
    /** The latest of the latest starts of the tasks up to index i: where a task's band of timely places begins. */
    private long[] latestStartsUpTo;
    /** The route's state before its first stop, made once a refresh instead of once a trial. */
    private RouteState startState;

    private long[] starts;
    private long[] metresBefore;
    /** The priced lateness (blind spots past their SLA, snow past its deadline) of the stops before index i. */
    private double[] slaBefore;
    /** The route's tasks' points for lying outside the crew's home area. */
    private long outsideHomePoints;
    /** Whether the stops from index i on and the way back break no hard rule, as the route is now. */
    private boolean[] feasibleFrom;
    /** How many of the stops before index i break a hard rule, as the route is now. */
    private int[] infeasibleBefore;
    /** Whether the tasks from index i on have no clock ({@link #hasNoClock}). */
    private boolean[] clockFreeFrom;
    /** The first index at or after i whose stop makes a detour (refill, dump, salt), or the route's size. */
    private int[] nextDetour;
    /** Whether the stop at index i refills the tank on its way. */
    private boolean[] refills;
    /** Whether the stop at index i empties the garbage body at a transfer station on its way. */
    private boolean[] dumps;
    /** Whether the task at index i has no clock ({@link #hasNoClock}). */
    private boolean[] noClock;
    /** Each stop's waits and rooms for a delay, as the route is now. */
    private RouteSlack.StopSlack[] stopSlack;
    /** How far a delay travels down the route as it is now. */
    private final RouteSlack slack = new RouteSlack();
    /**
     * The arrays above as one set ({@link StopArrays}), the size of the route they plan, and the set the next
     * refresh plans into.
     */
    private StopArrays planned;

    private int plannedSize;
    private StopArrays spare;
    /** Whether the garbage on board never falls between two detours, as the route is now (no negative volumes). */
    private boolean loadsRise;
    /**
     * How much more garbage the route can take anywhere, where it never dumps; infinite where it dumps, carries none or
     * its loads fall somewhere ({@link #overfills}).
     */
    private double loadRoom;
    /**
     * Whether the route's crew makes plain stops of tasks without a clock ({@link #plainStop}): a washing truck with
     * no garbage body, spreader, breaks or waits at the depot.
     */
    private final boolean plainCrew;
    /**
     * Whether the route's crew drives straight from one stop to the next: no break to take and no facility to detour
     * by (hydrant, transfer station, salt depot), so that a stop cannot begin sooner than the straight drive to it
     * ({@link #startsTooLate}).
     */
    private final boolean straightDrives;
    /**
     * What a metre more of driving costs at least, when no place's added cost can be below its added driving at that
     * price ({@link #cheapestByDetour}); 0 when it can.
     */
    private final double detourPricePerMetre;
    /** The crew's hydrants' locations and service times, in the crew's order, for {@link #plainStop}. */
    private final int[] hydrantLocations;

    private final long[] hydrantSeconds;
    /** {@link #kind()}, made once: the regret insertion asks for it for every empty route and open task. */
    private final String kind;

    /** The places {@link #cheapestInsertionNear} tries and their detours, kept for its next call. */
    private int[] candidateBuffer = new int[0];

    private long[] keyBuffer = new long[0];

    private RouteEnd currentEnd;
    /** When the shift begins with the route's current first task. */
    private long currentShiftBegin;

    /**
     * Whether the route's schedule chooses its refills or its passes' directions for the whole route ({@link
     * RoutePlanning#plansWhole}), so that the greedy trials only rank the places.
     */
    private boolean plansWhole;

    /**
     * Whether the few cheapest places are priced again with the whole route planned ({@link Shortlist}): with the
     * refill split, whose refills move far from the greedy ones. Directions chosen for the whole route change a
     * place's price little and would cost three whole plans per route and task tried (the ruin and recreate made a
     * quarter of its iterations on val): the greedy trials rank the places, and what the route costs after a change,
     * by which the search accepts it, is priced as scheduled.
     */
    private boolean repricesPlaces;

    /** What the route costs now with the greedy refills the trials plan: what a trial's price is relative to. */
    private double greedyCost;

    private double currentCost;
    private double currentSoft;

    RouteTrials(Route route, PlanCosts costs) {
        this(route, costs, true);
    }

    RouteTrials(Route route, PlanCosts costs, boolean shiftedRests) {
        this(route, costs, shiftedRests, shiftedRests);
    }

    RouteTrials(Route route, PlanCosts costs, boolean shiftedRests, boolean timedRests) {
        this.route = route;
        this.costs = costs;
        this.shiftedRests = shiftedRests;
        this.timedRests = shiftedRests && timedRests;
        this.tasks = new ArrayList<>(route.getTasks());
        Crew crew = route.getCrew();
        this.plainCrew = shiftedRests
                && crew.carriesWater()
                && !crew.carriesGarbage()
                && !crew.carriesSalt()
                && crew.shift().breaks().isEmpty()
                && crew.shift().depotWaitMinSeconds() > 0;
        this.hydrantLocations = crew.facilities().hydrants().stream()
                .mapToInt(Facility::location)
                .toArray();
        this.hydrantSeconds = crew.facilities().hydrants().stream()
                .mapToLong(Facility::serviceSeconds)
                .toArray();
        this.kind = kindOf(crew);
        this.straightDrives = crew.shift().breaks().isEmpty()
                && crew.facilities().hydrants().isEmpty()
                && crew.facilities().transferStations().isEmpty()
                && crew.facilities().saltDepots().isEmpty();
        // Nothing a task put in can save is priced but driving: no wait driven back to the depot (inserting a task
        // may spare that drive), no shift begun later (a first task may move the begin), and time only adds.
        this.detourPricePerMetre = straightDrives
                        && crew.shift().depotWaitMinSeconds() == CrewShift.NEVER_WAITS_AT_DEPOT
                        && crew.shift().latestStart() == crew.shift().start()
                        && costs.drivingAndWorking() > 0
                        && costs.overtime() >= 0
                        && costs.workloadBalance() >= 0
                        && costs.slaLateness() >= 0
                        && costs.snowLateness() >= 0
                        && costs.homeArea() >= 0
                ? costs.drivingAndWorking() * crew.rates().costPerKm() / 10.0
                : 0;
        this.planned = StopArrays.fitting(null, tasks.size());
        refresh();
    }

    Route route() {
        return route;
    }

    boolean isEmpty() {
        return tasks.isEmpty();
    }

    List<Task> tasks() {
        return tasks;
    }

    /** What the route costs now, as {@link #cheapestInsertion} prices the difference. */
    double cost() {
        return currentCost;
    }

    /** The soft part of {@link #cost()} (money and workload): what an acceptance temperature is scaled by. */
    double softCost() {
        return currentSoft;
    }

    /** Whether the route as it is now breaks none of its hard rules. */
    boolean isFeasible() {
        return feasibleFrom[0];
    }

    /** The tasks past their service level, as the route is now, that the search may move. */
    void addLateTasks(List<Task> late) {
        for (int i = route.getPinnedCount(); i < tasks.size(); i++) {
            if (slaBefore[i + 1] > slaBefore[i]) {
                late.add(tasks.get(i));
            }
        }
    }

    /** When the task at {@code index} starts, as the route is now. */
    long startAt(int index) {
        return starts[index];
    }

    void insert(int position, Task task) {
        tasks.add(position, task);
        refresh(position, true);
    }

    void replaceTasks(List<Task> newTasks) {
        int same = 0;
        while (same < tasks.size() && same < newTasks.size() && tasks.get(same) == newTasks.get(same)) {
            same++;
        }
        tasks.clear();
        tasks.addAll(newTasks);
        refresh(same, false);
    }

    /** Empty routes of the same kind, depot and shift price every insertion alike. */
    String kind() {
        return kind;
    }

    private static String kindOf(Crew crew) {
        return crew.vehicleTypeId() + "@" + crew.depotLocation() + "/"
                + crew.shift().start() + "-" + crew.shift().end() + "/"
                + crew.shift().latestStart();
    }

    /**
     * Whether, after a task was inserted before index {@code i - 1}, the route stands after the stop before {@code i}
     * as it stood after that same stop before ({@code previous.after[i - 2]}) but for the garbage on board, and what it
     * carries more or less overflows none of the old stops from there on, which broke no rule and made no dump: the
     * stops from {@code i} on then plan as before (a stop depends on the state before it, and on the load only for
     * a dump or an overflow).
     */
    private boolean inStepAgain(RouteState state, StopArrays previous, int oldSize, int i) {
        RouteState was = previous.after[i - 2];
        if (state.time() != was.time()
                || state.location() != was.location()
                || state.waterLitres() != was.waterLitres()
                || state.breaksTaken() != was.breaksTaken()
                || state.saltKg() != was.saltKg()) {
            return false;
        }
        if (previous.infeasibleBefore[oldSize] != previous.infeasibleBefore[i - 1]) {
            return false;
        }
        if (state.loadM3() == was.loadM3()) {
            return true;
        }
        Crew crew = route.getCrew();
        double body = crew.capacities().bodyM3();
        double load = state.loadM3();
        for (int old = i - 1; old < oldSize; old++) {
            // summed as the stop planner sums it, which dumps where the body would overflow
            load = load + tasks.get(old + 1).getProblem().volumeM3();
            if (previous.dumps[old] || (crew.carriesGarbage() && load > body)) {
                return false;
            }
        }
        return true;
    }

    /** Replans the whole route. */
    void refresh() {
        refresh(0, false);
    }

    /**
     * Replans the route after a change from index {@code from} on: the stops before it are planned as they were (a
     * stop depends only on the ones before it). After one task {@code inserted} at {@code from}, the replanning
     * stops where the route falls back in step ({@link #inStepAgain}): the rest are the route's own stops.
     */
    private void refresh(int from, boolean inserted) {
        int size = tasks.size();
        StopArrays previous = planned;
        int oldSize = plannedSize;
        int kept = Math.min(from, oldSize);
        StopArrays next = StopArrays.fitting(spare, size);
        after = next.after;
        starts = next.starts;
        metresBefore = next.metresBefore;
        slaBefore = next.slaBefore;
        feasibleFrom = next.feasibleFrom;
        boolean[] stopFeasible = next.stopFeasible;
        infeasibleBefore = next.infeasibleBefore;
        clockFreeFrom = next.clockFreeFrom;
        nextDetour = next.nextDetour;
        refills = next.refills;
        dumps = next.dumps;
        noClock = next.noClock;
        stopSlack = next.stopSlack;
        legFrom = next.legFrom;
        legTo = next.legTo;
        legSeconds = next.legSeconds;
        freeAt = next.freeAt;
        latestStarts = next.latestStarts;
        latestStartsUpTo = next.latestStartsUpTo;
        // The set planned into may hold an older plan: the sums start from nothing.
        metresBefore[0] = 0;
        slaBefore[0] = 0;
        infeasibleBefore[0] = 0;
        startState = route.startState();
        RouteState state = startState;
        if (kept == 0) {
            currentShiftBegin = RoutePlanning.shiftBegin(route, null);
        } else {
            System.arraycopy(previous.after, 0, after, 0, kept);
            System.arraycopy(previous.starts, 0, starts, 0, kept);
            System.arraycopy(previous.metresBefore, 0, metresBefore, 0, kept + 1);
            System.arraycopy(previous.slaBefore, 0, slaBefore, 0, kept + 1);
            System.arraycopy(previous.infeasibleBefore, 0, infeasibleBefore, 0, kept + 1);
            System.arraycopy(previous.refills, 0, refills, 0, kept);
            System.arraycopy(previous.dumps, 0, dumps, 0, kept);
            System.arraycopy(previous.noClock, 0, noClock, 0, kept);
            System.arraycopy(previous.stopSlack, 0, stopSlack, 0, kept);
            for (int i = 0; i < kept; i++) {
                stopFeasible[i] = previous.infeasibleBefore[i + 1] == previous.infeasibleBefore[i];
                nextDetour[i] = previous.nextDetour[i] == i ? i : -1;
            }
            state = after[kept - 1];
        }
        outsideHomePoints = 0;
        for (Task task : tasks) {
            outsideHomePoints += outsideHomePoints(task);
        }
        for (int i = kept; i < size; i++) {
            if (inserted && i > from + 1 && kept == from && inStepAgain(state, previous, oldSize, i)) {
                // The stops from i on are the old ones from i - 1 on: the same times, places and tanks, the body
                // holding what the inserted task added, with which no stop of them overflows. The loads are summed
                // stop by stop as the stop planner sums them, so that they are the same to the last bit.
                boolean added = state.loadM3() != previous.after[i - 2].loadM3();
                double load = state.loadM3();
                long metres = metresBefore[i] - previous.metresBefore[i - 1];
                double sla = slaBefore[i] - previous.slaBefore[i - 1];
                int infeasible = infeasibleBefore[i] - previous.infeasibleBefore[i - 1];
                for (int j = i; j < size; j++) {
                    int old = j - 1;
                    RouteState was = previous.after[old];
                    load = load + tasks.get(j).getProblem().volumeM3();
                    after[j] = added
                            ? new RouteState(
                                    was.time(),
                                    was.location(),
                                    was.waterLitres(),
                                    load,
                                    was.breaksTaken(),
                                    was.saltKg())
                            : was;
                    starts[j] = previous.starts[old];
                    metresBefore[j + 1] = previous.metresBefore[old + 1] + metres;
                    slaBefore[j + 1] = previous.slaBefore[old + 1] + sla;
                    stopFeasible[j] = previous.infeasibleBefore[old + 1] == previous.infeasibleBefore[old];
                    infeasibleBefore[j + 1] = previous.infeasibleBefore[old + 1] + infeasible;
                    refills[j] = previous.refills[old];
                    dumps[j] = previous.dumps[old];
                    noClock[j] = previous.noClock[old];
                    nextDetour[j] = previous.nextDetour[old] == old ? j : -1;
                    stopSlack[j] = previous.stopSlack[old];
                }
                state = after[size - 1];
                break;
            }
            noClock[i] = hasNoClock(tasks.get(i));
            Stop stop = RoutePlanning.plan(route, tasks.get(i), state);
            if (i == 0) {
                currentShiftBegin = RoutePlanning.shiftBegin(route, stop);
            }
            metresBefore[i + 1] = metresBefore[i] + stop.travelMetres();
            slaBefore[i + 1] = slaBefore[i] + slaLateness(tasks.get(i), stop);
            state = stop.after();
            after[i] = state;
            starts[i] = stop.start();
            stopFeasible[i] = feasible(stop);
            infeasibleBefore[i + 1] = infeasibleBefore[i] + (stopFeasible[i] ? 0 : 1);
            refills[i] = isRefill(stop);
            dumps[i] = isDump(stop);
            nextDetour[i] = stop.detour() != null ? i : -1;
            stopSlack[i] = RouteSlack.StopSlack.of(
                    route.getCrew(),
                    tasks.get(i).getProblem(),
                    stop,
                    RoutePlanning.serviceSeconds(route, tasks.get(i)));
        }
        slack.rebuild(stopSlack, size);
        loadsRise = true;
        for (int i = 0; i < size; i++) {
            double before = i == 0 ? startState.loadM3() : after[i - 1].loadM3();
            loadsRise &= after[i].loadM3() >= before || nextDetour[i] == i;
        }
        Crew crew = route.getCrew();
        // With nowhere to dump, the garbage on board only grows: the last stop carries the most.
        loadRoom = crew.carriesGarbage() && crew.facilities().transferStations().isEmpty() && loadsRise
                ? crew.capacities().bodyM3() - (size == 0 ? startState.loadM3() : after[size - 1].loadM3())
                : Double.POSITIVE_INFINITY;
        // The legs before the first changed task are as they were.
        if (kept > 0) {
            System.arraycopy(previous.legFrom, 0, legFrom, 0, kept);
            System.arraycopy(previous.legTo, 0, legTo, 0, kept);
            System.arraycopy(previous.legSeconds, 0, legSeconds, 0, kept);
            System.arraycopy(previous.freeAt, 0, freeAt, 0, kept);
            System.arraycopy(previous.latestStarts, 0, latestStarts, 0, kept);
            System.arraycopy(previous.latestStartsUpTo, 0, latestStartsUpTo, 0, kept);
        }
        TravelTimes travel = route.getCrew().travel();
        for (int position = kept; position <= size; position++) {
            RouteState before = position == 0 ? startState : after[position - 1];
            legFrom[position] = before.location();
            freeAt[position] = before.time();
            legTo[position] = position < size
                    ? tasks.get(position).getProblem().startLocation()
                    : route.getCrew().depotLocation();
            latestStarts[position] =
                    position < size ? tasks.get(position).getProblem().latestStart() : Long.MAX_VALUE;
            latestStartsUpTo[position] =
                    position == 0 ? latestStarts[0] : Math.max(latestStartsUpTo[position - 1], latestStarts[position]);
            legSeconds[position] = travel.seconds(legFrom[position], legTo[position]);
        }
        spare = previous;
        planned = next;
        plannedSize = size;
        nextDetour[size] = size;
        clockFreeFrom[size] = true;
        for (int i = size - 1; i >= 0; i--) {
            nextDetour[i] = nextDetour[i] == i ? i : nextDetour[i + 1];
            clockFreeFrom[i] = clockFreeFrom[i + 1] && noClock[i];
        }
        RouteEnd end = RoutePlanning.planReturn(route, state);
        currentEnd = end;
        feasibleFrom[size] = end.arrival() <= hardEnd(currentShiftBegin) && !end.breakMissed();
        for (int i = size - 1; i >= 0; i--) {
            feasibleFrom[i] = stopFeasible[i] && feasibleFrom[i + 1];
        }
        currentSoft = size == 0
                ? 0
                : softCost(metresBefore[size] + end.travelMetres(), end.arrival(), currentShiftBegin)
                        + costs.homeArea() * outsideHomePoints;
        currentCost = currentSoft + slaBefore[size];
        greedyCost = currentCost;
        plansWhole = size > 0 && RoutePlanning.plansWhole(route);
        repricesPlaces = size > 0 && RoutePlanning.choosesRefills(route);
        if (plansWhole) {
            priceAsScheduled();
        }
    }

    /**
     * The route's cost as its schedule will have it, with the refills where they cost least ({@link
     * RoutePlanning#schedule}), so that the search accepts and keeps plans by what the score will say. The trials
     * still plan greedy refills, incrementally, to rank the places; the few cheapest are priced again with the split
     * ({@link Shortlist}), as replanning the split for every place tried would cost the route's length each time.
     */
    private void priceAsScheduled() {
        RouteSchedule schedule = RoutePlanning.schedule(route, tasks);
        currentCost = scheduledCost(schedule, tasks, outsideHomePoints);
        currentSoft = currentCost - slaPoints(schedule, tasks);
    }

    /** What the score charges for {@code tasks} planned as {@code schedule}. */
    private double scheduledCost(RouteSchedule schedule, List<Task> tasks, long outsideHomePoints) {
        long shiftBegin = RoutePlanning.shiftBegin(route, schedule.stops().get(0));
        return cost(
                schedule.deadheadMetres(),
                schedule.end().arrival(),
                slaPoints(schedule, tasks),
                shiftBegin,
                outsideHomePoints);
    }

    private double slaPoints(RouteSchedule schedule, List<Task> tasks) {
        double sla = 0;
        for (int i = 0; i < tasks.size(); i++) {
            sla += slaLateness(tasks.get(i), schedule.stops().get(i));
        }
        return sla;
    }

    /** The cheapest feasible place for {@code task} in this route, or null if there is none. */
    Insertion cheapestInsertion(Task task) {
        return cheapestInsertion(task, null, 0);
    }

    /**
     * As {@link #cheapestInsertion(Task)}, but each position is skipped with probability {@code blinkRate}: the
     * "blinks" that let a greedy recreate try something other than its strict best.
     */
    Insertion cheapestInsertion(Task task, Random random, double blinkRate) {
        if (!route.can(task.capability())
                || !route.hasSkills(task.requiredSkills())
                || !route.mayWorkAt(task)
                || overfills(task)) {
            return null;
        }
        int end = endOfTimelyPlaces(task);
        int begin = beginOfTimelyPlaces(task, end);
        if (detourPricePerMetre > 0 && !repricesPlaces && end - begin > 1) {
            return cheapestByDetour(task, begin, end, random, blinkRate);
        }
        Shortlist shortlist = new Shortlist();
        for (int position = begin; position < end; position++) {
            if (blinkRate > 0 && random.nextDouble() < blinkRate) {
                continue;
            }
            shortlist.offer(position, trial(task, position));
        }
        return shortlist.cheapest(task);
    }

    /**
     * The cheapest of the places in {@code [begin, end)} not blinked, tried in the order of the driving they add: a
     * place whose added driving alone costs more than the cheapest place found is not tried, nor is any after it. The
     * same place as trying them all in route order (the first of equals), for a fraction of the trials where most
     * places are feasible (wide windows).
     */
    private Insertion cheapestByDetour(Task task, int begin, int end, Random random, double blinkRate) {
        int count = 0;
        if (keyBuffer.length < end - begin) {
            candidateBuffer = new int[2 * (end - begin)];
            keyBuffer = new long[2 * (end - begin)];
        }
        long[] keyed = keyBuffer;
        TravelTimes travel = route.getCrew().travel();
        TaskProblem problem = task.getProblem();
        int start = problem.startLocation();
        int finish = problem.endLocation();
        for (int position = begin; position < end; position++) {
            if (blinkRate > 0 && random.nextDouble() < blinkRate) {
                continue;
            }
            int from = legFrom[position];
            int to = legTo[position];
            long detour = travel.metres(from, start) + travel.metres(finish, to);
            if (problem.eitherDirection()) {
                detour = Math.min(detour, travel.metres(from, finish) + travel.metres(start, to));
            }
            detour -= travel.metres(from, to);
            // Kept in order by insertion: on the long-route suite (30-odd places) as fast as heaping them (s20).
            long key = (Math.max(0, detour + (1L << 38)) << 24) | position;
            int i = count++;
            while (i > 0 && keyed[i - 1] > key) {
                keyed[i] = keyed[i - 1];
                i--;
            }
            keyed[i] = key;
        }
        int bestPosition = -1;
        double bestCost = Double.NaN;
        for (int i = 0; i < count; i++) {
            long detour = (keyed[i] >>> 24) - (1L << 38);
            // Less a fen and a half: the score rounds the driving's price to whole fen.
            double leastCost = detourPricePerMetre * detour - 1.5 * costs.drivingAndWorking();
            if (bestPosition >= 0 && leastCost > bestCost) {
                break;
            }
            int position = positionOf(keyed[i]);
            double cost = trial(task, position);
            if (!Double.isNaN(cost)
                    && (bestPosition < 0 || cost < bestCost || (cost == bestCost && position < bestPosition))) {
                bestPosition = position;
                bestCost = cost;
            }
        }
        return bestPosition < 0 ? null : new Insertion(bestPosition, bestCost);
    }

    /** Every feasible place for {@code task} in this route with its price, in route order. */
    List<Insertion> feasibleInsertions(Task task) {
        List<Insertion> insertions = new ArrayList<>();
        if (!route.can(task.capability())
                || !route.hasSkills(task.requiredSkills())
                || !route.mayWorkAt(task)
                || overfills(task)) {
            return insertions;
        }
        int end = endOfTimelyPlaces(task);
        for (int position = beginOfTimelyPlaces(task, end); position < end; position++) {
            double cost = trial(task, position);
            if (!Double.isNaN(cost)) {
                insertions.add(new Insertion(position, repricesPlaces ? splitTrial(task, position) : cost));
            }
        }
        return insertions;
    }

    /**
     * Whether {@code task}'s garbage would overfill the route's body wherever it goes: the route never dumps, so every
     * place adds it to the last stop's load. Loads this near the body's size are left to the trials, which add them in
     * the route's order.
     */
    private boolean overfills(Task task) {
        double volume = task.getProblem().volumeM3();
        return volume > 0
                && volume
                        > loadRoom
                                + WATER_TOLERANCE
                                        * Math.max(
                                                1.0,
                                                route.getCrew().capacities().bodyM3());
    }

    /**
     * The first place (of those before {@code end}) where {@code task} could still be done before the task after it
     * must begin: on a crew that drives straight from stop to stop, none before the first whose task after it, or an
     * earlier one, may begin after this task's earliest end. Before it each place would hold up the task after it.
     */
    private int beginOfTimelyPlaces(Task task, int end) {
        int begin = route.getPinnedCount();
        TaskProblem problem = task.getProblem();
        if (!straightDrives || problem.eitherDirection()) {
            return begin;
        }
        long earliestEnd = problem.earliestStart() + RoutePlanning.serviceSeconds(route, task);
        return firstAbove(latestStartsUpTo, begin, end, earliestEnd - 1);
    }

    /**
     * The end of the places where {@code task} could still begin in time: on a crew that drives straight from stop to
     * stop ({@link #straightDrives}), no place after the first whose truck is free only after the task's latest start,
     * as the truck is free ever later down the route. On routes of short windows most places fail so.
     */
    private int endOfTimelyPlaces(Task task) {
        int end = tasks.size() + 1;
        if (!straightDrives) {
            return end;
        }
        return firstAbove(freeAt, route.getPinnedCount(), end, task.getProblem().latestStart());
    }

    /** The first index in {@code [from, to)} of {@code rising} (never falling) whose value exceeds {@code bound}, else to. */
    private static int firstAbove(long[] rising, int from, int to, long bound) {
        while (from < to) {
            int middle = (from + to) >>> 1;
            if (rising[middle] > bound) {
                to = middle;
            } else {
                from = middle + 1;
            }
        }
        return from;
    }

    /**
     * The cheapest feasible place for {@code task} next to one of the tasks in {@code near} (right before or after
     * it), or at any place when {@code near} is null; null if there is none. The places are priced in the order of
     * their detours, and only the {@link #PRICED_FIRST} shortest unless none of those is feasible: on long routes,
     * trying every position costs the route's length squared.
     */
    Insertion cheapestInsertionNear(Task task, Set<Task> near) {
        if (!route.can(task.capability())
                || !route.hasSkills(task.requiredSkills())
                || !route.mayWorkAt(task)
                || overfills(task)) {
            return null;
        }
        if (near == null && detourPricePerMetre > 0 && !repricesPlaces) {
            int end = endOfTimelyPlaces(task);
            return cheapestByDetour(task, beginOfTimelyPlaces(task, end), end, null, 0);
        }
        int candidateCount = 0;
        int places = tasks.size() + 1 - route.getPinnedCount();
        if (candidateBuffer.length < places) {
            candidateBuffer = new int[2 * places];
            keyBuffer = new long[2 * places];
        }
        int[] candidates = candidateBuffer;
        for (int position = route.getPinnedCount(); position <= tasks.size(); position++) {
            boolean besideNear = near == null
                    || (position > 0 && near.contains(tasks.get(position - 1)))
                    || (position < tasks.size() && near.contains(tasks.get(position)))
                    || tasks.isEmpty();
            if (besideNear) {
                candidates[candidateCount++] = position;
            }
        }
        long[] keyed = candidateCount > PRICED_FIRST ? orderByDetour(task, candidates, candidateCount) : null;
        Shortlist shortlist = new Shortlist();
        // The few places with the shortest detour almost always hold the cheapest one: the others are priced only
        // when none of those is feasible, in the order of their detours, up to the first feasible one.
        for (int i = 0; i < Math.min(candidateCount, PRICED_FIRST); i++) {
            shortlist.offer(candidates[i], trial(task, candidates[i]));
        }
        if (shortlist.isEmpty() && candidateCount > PRICED_FIRST) {
            int end = straightDrives ? dropTooLate(task, keyed, PRICED_FIRST, candidateCount) : candidateCount;
            DetourHeap.heapify(keyed, PRICED_FIRST, end);
            while (shortlist.isEmpty() && end > PRICED_FIRST) {
                int position = positionOf(DetourHeap.pollMin(keyed, PRICED_FIRST, end--));
                shortlist.offer(position, trial(task, position));
            }
        }
        return shortlist.cheapest(task);
    }

    /**
     * The per-stop arrays of one planning of the route, with room to spare. A refresh plans into the set not in use
     * and keeps the one it read from for the next: the search refreshes a route for every task it inserts, thousands
     * of times a second, and new arrays each time cost more than the stops it replans.
     */
    private static final class StopArrays {

        final RouteState[] after;
        final long[] starts;
        final long[] metresBefore;
        final double[] slaBefore;
        final boolean[] feasibleFrom;
        final boolean[] stopFeasible;
        final int[] infeasibleBefore;
        final boolean[] clockFreeFrom;
        final int[] nextDetour;
        final boolean[] refills;
        final boolean[] dumps;
        final boolean[] noClock;
        final RouteSlack.StopSlack[] stopSlack;
        final int[] legFrom;
        final int[] legTo;
        final long[] legSeconds;
        final long[] freeAt;
        final long[] latestStarts;
        final long[] latestStartsUpTo;

        private StopArrays(int stops) {
            after = new RouteState[stops];
            starts = new long[stops];
            metresBefore = new long[stops + 1];
            slaBefore = new double[stops + 1];
            feasibleFrom = new boolean[stops + 1];
            stopFeasible = new boolean[stops];
            infeasibleBefore = new int[stops + 1];
            clockFreeFrom = new boolean[stops + 1];
            nextDetour = new int[stops + 1];
            refills = new boolean[stops];
            dumps = new boolean[stops];
            noClock = new boolean[stops];
            stopSlack = new RouteSlack.StopSlack[stops];
            legFrom = new int[stops + 1];
            legTo = new int[stops + 1];
            legSeconds = new long[stops + 1];
            freeAt = new long[stops + 1];
            latestStarts = new long[stops + 1];
            latestStartsUpTo = new long[stops + 1];
        }

        /** {@code spare} if it has room for {@code size} stops, else a new set with room to grow. */
        static StopArrays fitting(StopArrays spare, int size) {
            if (spare != null && spare.after.length >= size) {
                return spare;
            }
            int room = spare == null ? size : Math.max(size, 2 * spare.after.length);
            return new StopArrays(Math.max(room, 8));
        }
    }

    /** How many of the places cheapest with greedy refills are priced again with the route's refill split. */
    static final int REPRICED_WITH_SPLIT = 3;

    /**
     * The cheapest feasible places as the greedy trials price them; on a route that chooses its refills, the few
     * cheapest are priced again with the split, which is what the score will charge, and the cheapest of those wins.
     */
    private final class Shortlist {

        private final int[] positions = new int[REPRICED_WITH_SPLIT];
        private final double[] costs = new double[REPRICED_WITH_SPLIT];
        private int size;

        void offer(int position, double cost) {
            if (Double.isNaN(cost)) {
                return;
            }
            int keep = repricesPlaces ? REPRICED_WITH_SPLIT : 1;
            if (size == keep && cost >= costs[size - 1]) {
                return;
            }
            int i = size < keep ? size++ : size - 1;
            while (i > 0 && costs[i - 1] > cost) {
                positions[i] = positions[i - 1];
                costs[i] = costs[i - 1];
                i--;
            }
            positions[i] = position;
            costs[i] = cost;
        }

        boolean isEmpty() {
            return size == 0;
        }

        Insertion cheapest(Task task) {
            if (size == 0) {
                return null;
            }
            if (!repricesPlaces) {
                return new Insertion(positions[0], costs[0]);
            }
            Insertion best = null;
            for (int i = 0; i < size; i++) {
                double cost = splitTrial(task, positions[i]);
                if (best == null || cost < best.cost()) {
                    best = new Insertion(positions[i], cost);
                }
            }
            return best;
        }
    }

    /**
     * The added cost of putting {@code task} at {@code position} with the route's refills where they cost least,
     * the whole route planned again; for a place the greedy trial found feasible, so that the split, which keeps
     * every rule the greedy refills keep, is feasible too.
     */
    private double splitTrial(Task task, int position) {
        List<Task> with = new ArrayList<>(tasks);
        with.add(position, task);
        return scheduledCost(RoutePlanning.schedule(route, with), with, outsideHomePoints + outsideHomePoints(task))
                - currentCost;
    }

    /** How many places with the shortest detours {@link #cheapestInsertionNear} prices before the rest. */
    static final int PRICED_FIRST = 8;

    /**
     * Puts the {@link #PRICED_FIRST} insertion positions where the task adds the least driving between its neighbours
     * first, in that order, and returns every position's key: the rest's keys stay after those in any order, for a
     * {@link DetourHeap} when they are needed (a full sort for every route and task tried took a quarter of the search
     * on long routes).
     */
    private long[] orderByDetour(Task task, int[] positions, int count) {
        long[] keyed = detourKeys(task, positions, count);
        java.util.Arrays.sort(keyed, 0, PRICED_FIRST);
        for (int i = PRICED_FIRST; i < count; i++) {
            long key = keyed[i];
            if (key < keyed[PRICED_FIRST - 1]) {
                keyed[i] = keyed[PRICED_FIRST - 1];
                int j = PRICED_FIRST - 1;
                while (j > 0 && keyed[j - 1] > key) {
                    keyed[j] = keyed[j - 1];
                    j--;
                }
                keyed[j] = key;
            }
        }
        for (int i = 0; i < PRICED_FIRST; i++) {
            positions[i] = positionOf(keyed[i]);
        }
        return keyed;
    }

    /**
     * The positions keyed by the driving time the task adds between its neighbours there: detours in the high bits (a
     * day has 86,400 seconds), the position in the low ones, so that keys are distinct and order as (detour, position).
     */
    private long[] detourKeys(Task task, int[] positions, int count) {
        TravelTimes travel = route.getCrew().travel();
        TaskProblem problem = task.getProblem();
        int start = problem.startLocation();
        int end = problem.endLocation();
        boolean eitherDirection = problem.eitherDirection();
        long[] keyed = keyBuffer;
        for (int i = 0; i < count; i++) {
            int position = positions[i];
            int from = legFrom[position];
            int to = legTo[position];
            long detour = travel.seconds(from, start) + travel.seconds(end, to);
            if (eitherDirection) {
                detour = Math.min(detour, travel.seconds(from, end) + travel.seconds(start, to));
            }
            detour -= legSeconds[position];
            keyed[i] = (Math.max(0, detour + (1L << 20)) << 24) | position;
        }
        return keyed;
    }

    private static int positionOf(long key) {
        return (int) (key & ((1 << 24) - 1));
    }

    /**
     * Whether {@code task} put at {@code position}, driven to straight from the stop before, would begin after its
     * latest start, or make the task after it do so: on a crew that drives straight from stop to stop ({@link
     * #straightDrives}) neither can begin sooner than that, so the trial is infeasible without planning a stop. On
     * long routes with tight windows most places tried beyond the shortest detours fail so.
     */
    private boolean startsTooLate(Task task, int position) {
        TaskProblem problem = task.getProblem();
        long service = RoutePlanning.serviceSeconds(route, task);
        if (!problem.eitherDirection()
                && Math.max(freeAt[position], problem.earliestStart()) + service > latestStarts[position]) {
            // The task after this place could not wait for this one however short the drives.
            return true;
        }
        TravelTimes travel = route.getCrew().travel();
        int from = legFrom[position];
        long drive = travel.seconds(from, problem.startLocation());
        if (problem.eitherDirection()) {
            drive = Math.min(drive, travel.seconds(from, problem.endLocation()));
        }
        long start = Math.max(freeAt[position] + drive, problem.earliestStart());
        if (start > problem.latestStart()) {
            return true;
        }
        // No task after the last place: its latest start is kept as never.
        if (problem.eitherDirection() || latestStarts[position] == Long.MAX_VALUE) {
            return false;
        }
        TaskProblem nextProblem = tasks.get(position).getProblem();
        long end = start + service;
        long onward = travel.seconds(problem.endLocation(), nextProblem.startLocation());
        if (nextProblem.eitherDirection()) {
            onward = Math.min(onward, travel.seconds(problem.endLocation(), nextProblem.endLocation()));
        }
        return Math.max(end + onward, nextProblem.earliestStart()) > nextProblem.latestStart();
    }

    /**
     * Moves the keys in {@code keyed[from, to)} of the places {@link #startsTooLate} turns down out of the range and
     * returns its new end: the trials would turn them down one by one, after heaping them.
     */
    private int dropTooLate(Task task, long[] keyed, int from, int to) {
        int end = from;
        for (int i = from; i < to; i++) {
            int position = positionOf(keyed[i]);
            if (!startsTooLate(task, position)) {
                keyed[end++] = keyed[i];
            }
        }
        return end;
    }

    /** The added cost of putting {@code task} at {@code position}; NaN when it breaks a hard rule. */
    private double trial(Task task, int position) {
        return trial(task, position, shiftedRests);
    }

    private double trial(Task task, int position, boolean shiftRests) {
        if (straightDrives && startsTooLate(task, position)) {
            return Double.NaN;
        }
        RouteState state = position == 0 ? startState : after[position - 1];
        long metres = metresBefore[position];
        double sla = slaBefore[position];
        long shiftBegin = currentShiftBegin;
        boolean mustRefill = false;
        boolean mustDump = false;
        boolean plainTask = shiftRests && plainCrew && hasNoClock(task);
        int size = tasks.size();
        for (int i = position - 1; i < size; i++) {
            Task next = i < position ? task : tasks.get(i);
            PlainStop plain =
                    (i < position ? plainTask : shiftRests && plainCrew && noClock[i]) ? plainStop(next, state) : null;
            if (plain != null) {
                if (mustRefill && !plain.refills()) {
                    return trial(task, position, false);
                }
                mustRefill = false;
                // No wait at the depot, so the shift begins when the crew's shift does.
                if (i == -1) {
                    shiftBegin = route.getCrew().shift().start();
                }
                metres += plain.travelMetres();
                state = plain.after();
            } else {
                Stop stop = RoutePlanning.plan(route, next, state);
                if ((mustRefill && !isRefill(stop)) || (mustDump && !isDump(stop))) {
                    // The water or garbage a jump carried over is only near what a replay would have: exact again
                    // after a refill or dump.
                    return trial(task, position, false);
                }
                mustRefill = false;
                mustDump = false;
                if (!feasible(stop)) {
                    return Double.NaN;
                }
                if (i == -1) {
                    shiftBegin = RoutePlanning.shiftBegin(route, stop);
                }
                metres += stop.travelMetres();
                sla += slaLateness(next, stop);
                state = stop.after();
            }
            if (i < position || shiftBegin != currentShiftBegin) {
                continue;
            }
            if (state.equals(after[i])) {
                // Back in step with the route as it is (a wait absorbed the delay, a refill or dump evened the
                // tank): the rest of the day is the same, so its cost is known.
                return inStepCost(i, metres, sla, shiftBegin, task);
            }
            int unchanged = shiftRests ? unchangedUntil(state, i) : i + 1;
            if (unchanged == i + 1) {
                Jump jump = shiftRests && timedRests ? timedJump(state, i) : null;
                if (jump == null) {
                    continue;
                }
                if (jump == Jump.INFEASIBLE) {
                    return Double.NaN;
                }
                metres += metresBefore[jump.end()] - metresBefore[i + 1];
                sla += slaBefore[jump.end()] - slaBefore[i + 1];
                state = jump.state();
                i = jump.end() - 1;
                mustRefill = jump.mustRefill();
                mustDump = jump.mustDump();
                if (i == size - 1) {
                    break;
                }
                if (state.equals(after[i])) {
                    return inStepCost(i, metres, sla, shiftBegin, task);
                }
                continue;
            }
            if (infeasibleBefore[unchanged] != infeasibleBefore[i + 1]) {
                return Double.NaN;
            }
            long later = state.time() - after[i].time();
            metres += metresBefore[unchanged] - metresBefore[i + 1];
            sla += slaBefore[unchanged] - slaBefore[i + 1];
            if (unchanged == size) {
                long arrival = currentEnd.arrival() + later;
                if (arrival > hardEnd(shiftBegin) || currentEnd.breakMissed()) {
                    return Double.NaN;
                }
                return cost(
                                metres + currentEnd.travelMetres(),
                                arrival,
                                sla,
                                shiftBegin,
                                outsideHomePoints + outsideHomePoints(task))
                        - greedyCost;
            }
            RouteState was = after[unchanged - 1];
            double less = after[i].waterLitres() - state.waterLitres();
            state = new RouteState(
                    was.time() + later,
                    was.location(),
                    was.waterLitres() - less,
                    was.loadM3(),
                    was.breaksTaken(),
                    was.saltKg());
            i = unchanged - 1;
            mustRefill = true;
        }
        RouteEnd end = RoutePlanning.planReturn(route, state);
        if (end.arrival() > hardEnd(shiftBegin) || end.breakMissed()) {
            return Double.NaN;
        }
        return cost(
                        metres + end.travelMetres(),
                        end.arrival(),
                        sla,
                        shiftBegin,
                        outsideHomePoints + outsideHomePoints(task))
                - greedyCost;
    }

    /**
     * The added cost of a trial that stands after index {@code i} exactly where the route stood: the rest of the day
     * is the route's own.
     */
    private double inStepCost(int i, long metres, double sla, long shiftBegin, Task task) {
        if (!feasibleFrom[i + 1]) {
            return Double.NaN;
        }
        int size = tasks.size();
        return cost(
                        metres + metresBefore[size] - metresBefore[i + 1] + currentEnd.travelMetres(),
                        currentEnd.arrival(),
                        sla + slaBefore[size] - slaBefore[i + 1],
                        shiftBegin,
                        outsideHomePoints + outsideHomePoints(task))
                - greedyCost;
    }

    /**
     * A stretch of the route's own stops a trial takes from the route's sums ({@link #timedJump}): the stops before
     * index {@code end} stay as they are, and the trial stands in {@code state} after them; the stop at {@code end}
     * must refill or dump when the water or garbage carried over is only near what a replay would have.
     */
    private record Jump(int end, RouteState state, boolean mustRefill, boolean mustDump) {

        /** The stretch breaks a hard rule the route's own stops keep: the trial is not feasible. */
        static final Jump INFEASIBLE = new Jump(-1, null, false, false);
    }

    /**
     * How far the route's own stops after index {@code i} stay as they are, only later and with less or more water or
     * more garbage, when a trial stands after index {@code i} in state {@code now} and the rest of the route has a
     * clock ({@link RouteSlack}); null when that is not known without replanning. A delay is followed down the route
     * until the stop whose plan or price it changes (or where the waits have taken it all up), with the water or
     * garbage difference until the stop that refills or dumps because of it; a stop left after its latest start, or a
     * body overflowing where there is no transfer station, makes the trial infeasible. Water and garbage differences
     * are only followed to where a refill or dump makes them exact again, and never together.
     */
    private Jump timedJump(RouteState now, int i) {
        RouteState was = after[i];
        Crew crew = route.getCrew();
        int size = tasks.size();
        int from = i + 1;
        if (from == size
                || !slack.followedFrom(from)
                || now.location() != was.location()
                || now.saltKg() != was.saltKg()
                || now.breaksTaken() != was.breaksTaken()
                || now.breaksTaken() < crew.shift().breaks().size()) {
            return null;
        }
        long delay = now.time() - was.time();
        double less = was.waterLitres() - now.waterLitres();
        double more = now.loadM3() - was.loadM3();
        if (delay < 0 || more < 0 || (less != 0 && more != 0)) {
            return null;
        }
        boolean exact = less == 0 && more == 0;
        int end = size;
        boolean mustRefill = false;
        boolean mustDump = false;
        boolean overflows = false;
        if (less != 0) {
            end = waterUntil(less, i);
            mustRefill = end < size;
        } else if (more != 0) {
            end = garbageUntil(more, i);
            overflows = end < size && crew.facilities().transferStations().isEmpty();
            mustDump = end < size && !overflows;
        }
        if (end == from) {
            return null;
        }
        if (delay > 0) {
            int changed = slack.firstChanged(from, delay);
            if (exact) {
                end = Math.min(changed, Math.min(size, slack.absorbedAt(from, delay) + 1));
                if (end == from) {
                    return null;
                }
            } else if (changed < end) {
                return null;
            }
            if (slack.firstLate(from, delay) < end) {
                return Jump.INFEASIBLE;
            }
        }
        if (overflows || infeasibleBefore[end] != infeasibleBefore[from]) {
            return Jump.INFEASIBLE;
        }
        int last = end - 1;
        RouteState at = after[last];
        // A refill or dump of the route's own within the stretch, which the trial makes too, evens the difference.
        boolean evened = nextDetour[from] < end;
        RouteState state = new RouteState(
                at.time() + slack.delayAfter(from, delay, last),
                at.location(),
                evened ? at.waterLitres() : at.waterLitres() - less,
                evened ? at.loadM3() : at.loadM3() + more,
                at.breaksTaken(),
                at.saltKg());
        return new Jump(end, state, mustRefill, mustDump);
    }

    /**
     * How far the route's own stops after index {@code i} keep their plan when a trial carries {@code more} garbage
     * than the route did there: the first stop that would overflow the body (it dumps in the trial, or is over
     * capacity where there is no transfer station), the route's size when none does before the route's next dump
     * (which the trial makes too) or its end, {@code i + 1} when that is not known without replanning.
     */
    private int garbageUntil(double more, int i) {
        Crew crew = route.getCrew();
        int size = tasks.size();
        if (!crew.carriesGarbage()) {
            return size;
        }
        if (!loadsRise) {
            return i + 1;
        }
        double body = crew.capacities().bodyM3();
        double tolerance = WATER_TOLERANCE * Math.max(1.0, body);
        int detour = nextDetour[i + 1];
        // Without a detour the load only rises, stop by stop: the first stop it would overflow with the extra is
        // where the trial dumps.
        int low = i + 1;
        int high = detour;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (after[middle].loadM3() + more > body - tolerance) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        if (low < detour) {
            return after[low].loadM3() + more > body + tolerance ? low : i + 1;
        }
        if (detour == size) {
            return size;
        }
        return dumps[detour] ? size : i + 1;
    }

    /** A stop's drive (by a hydrant when it refills on the way) and the state after it. */
    private record PlainStop(long travelMetres, boolean refills, RouteState after) {}

    /**
     * The stop {@link RoutePlanning#plan} makes of a task without a clock for a {@link #plainCrew}, worked out here
     * without the stop planner's records: no break, window or wait, so a pass is driven from the end reached soonest
     * (at equal times the nearer), by the hydrant that makes the way quickest when the tank would not last. Null when
     * the pass needs more than a tank or no hydrant is there: the stop planner says what is broken.
     */
    private PlainStop plainStop(Task task, RouteState before) {
        Crew crew = route.getCrew();
        TaskProblem problem = task.getProblem();
        double need = RoutePlanning.waterNeed(route, task);
        boolean refill = need > before.waterLitres();
        if (need > crew.capacities().tankLitres() || (refill && hydrantLocations.length == 0)) {
            return null;
        }
        TravelTimes travel = crew.travel();
        Way way = way(travel, before.location(), problem.startLocation(), refill);
        int to = problem.endLocation();
        if (problem.eitherDirection()) {
            Way reversed = way(travel, before.location(), problem.endLocation(), refill);
            if (reversed.seconds() < way.seconds()
                    || (reversed.seconds() == way.seconds() && reversed.metres() < way.metres())) {
                way = reversed;
                to = problem.startLocation();
            }
        }
        long end = before.time() + way.seconds() + RoutePlanning.serviceSeconds(route, task);
        double water = refill ? crew.capacities().tankLitres() : before.waterLitres();
        return new PlainStop(
                way.metres(),
                refill,
                new RouteState(
                        end,
                        to,
                        Math.max(0.0, water - need),
                        before.loadM3() + problem.volumeM3(),
                        before.breaksTaken(),
                        Math.max(0.0, before.saltKg() - problem.saltKg())));
    }

    /** A drive to where a pass begins, with a hydrant's service when it goes by one. */
    private record Way(long seconds, long metres) {}

    /**
     * The drive from {@code location} to {@code destination}, by the hydrant that makes it quickest when the tank
     * is to be filled on the way (the first of equals, as {@link RoutePlanning#plan} takes it).
     */
    private Way way(TravelTimes travel, int location, int destination, boolean byHydrant) {
        if (!byHydrant) {
            return new Way(travel.seconds(location, destination), travel.metres(location, destination));
        }
        int best = 0;
        long bestSeconds = Long.MAX_VALUE;
        for (int h = 0; h < hydrantLocations.length; h++) {
            long seconds = travel.seconds(location, hydrantLocations[h])
                    + hydrantSeconds[h]
                    + travel.seconds(hydrantLocations[h], destination);
            if (seconds < bestSeconds) {
                bestSeconds = seconds;
                best = h;
            }
        }
        int hydrant = hydrantLocations[best];
        return new Way(bestSeconds, travel.metres(location, hydrant) + travel.metres(hydrant, destination));
    }

    /** Water amounts this close, relative to the tank, are taken as possibly equal: sums of doubles differ a little. */
    private static final double WATER_TOLERANCE = 1e-9;

    /**
     * How far the route's own stops after index {@code i} stay as they are, only later, when a trial stands after
     * index {@code i} in state {@code now}: the index of the first stop a trial must plan again (the route's size when
     * the rest of the route and the way home are unchanged), {@code i + 1} when that is not known without replanning.
     * It is known when the rest has no clock and {@code now} differs from the route's state only in time and water:
     * with less water, the stops stay until the first one after which the route had less left than is now missing
     * (that stop refills in the trial: the water is exact again after it) or the route's next detour; with more, all
     * stay when the route refills nowhere ahead or its next refill is needed even with the extra water.
     */
    private int unchangedUntil(RouteState now, int i) {
        RouteState was = after[i];
        Crew crew = route.getCrew();
        int size = tasks.size();
        if (!clockFreeFrom[i + 1]
                || now.location() != was.location()
                || now.loadM3() != was.loadM3()
                || now.saltKg() != was.saltKg()
                || now.breaksTaken() != was.breaksTaken()
                || now.breaksTaken() < crew.shift().breaks().size()) {
            return i + 1;
        }
        double less = was.waterLitres() - now.waterLitres();
        return less == 0 ? size : waterUntil(less, i);
    }

    /**
     * How far the route's own stops after index {@code i} keep their plan when a trial carries {@code less} litres
     * less water than the route did there (more when negative), as {@link #unchangedUntil} says.
     */
    private int waterUntil(double less, int i) {
        Crew crew = route.getCrew();
        int size = tasks.size();
        double tolerance = WATER_TOLERANCE * Math.max(1.0, crew.capacities().tankLitres());
        if (Math.abs(less) <= tolerance) {
            return i + 1;
        }
        int detour = nextDetour[i + 1];
        if (less < 0) {
            // A stop the route did without a detour but found short of water could now be feasible.
            if (infeasibleBefore[size] != infeasibleBefore[i + 1]) {
                return i + 1;
            }
            if (detour == size) {
                return size;
            }
            double need = RoutePlanning.waterNeed(route, tasks.get(detour));
            boolean refillsStill = refills[detour] && need > after[detour - 1].waterLitres() - less + tolerance;
            return refillsStill ? size : i + 1;
        }
        // Without a detour the water left only falls, stop by stop: the first stop that left less than is now
        // missing is where the trial runs short.
        int low = i + 1;
        int high = detour;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (after[middle].waterLitres() < less + tolerance) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        if (low < detour && after[low].waterLitres() > less - tolerance) {
            return i + 1;
        }
        return low;
    }

    /**
     * Whether the task's stop is the same whenever it begins: no window, latest start, service level, snow deadline
     * or weather (a ban on wet work), and no earliest start after the shift's.
     */
    private boolean hasNoClock(Task task) {
        TaskProblem problem = task.getProblem();
        return problem.allowedWindows().isEmpty()
                && problem.latestStart() == Long.MAX_VALUE
                && problem.slaDeadline() == Long.MAX_VALUE
                && problem.earliestStart() <= route.getCrew().shift().start()
                && problem.snow() == null
                && problem.weather() == null;
    }

    private static boolean isRefill(Stop stop) {
        return stop.detour() != null && stop.detour().kind() == Detour.DetourKind.REFILL;
    }

    private static boolean isDump(Stop stop) {
        return stop.detour() != null && stop.detour().kind() == Detour.DetourKind.DUMP;
    }

    /** What the score charges for a used route of this length, end, lateness and work outside its home area. */
    private double cost(long metres, long arrival, double slaCost, long shiftBegin, long outsideHomePoints) {
        return softCost(metres, arrival, shiftBegin) + slaCost + costs.homeArea() * outsideHomePoints;
    }

    private long outsideHomePoints(Task task) {
        return PlanCosts.outsideHomeAreaPoints(route.getCrew(), task.getProblem());
    }

    /** The shift's hard end when it begins at {@code shiftBegin}: shifts have a fixed length. */
    private long hardEnd(long shiftBegin) {
        Crew crew = route.getCrew();
        return crew.shift().hardEnd() + shiftBegin - crew.shift().start();
    }

    /** Working time counts from the shift's begin, and its end moves with it. */
    private double softCost(long metres, long arrival, long shiftBegin) {
        Crew crew = route.getCrew();
        long working = arrival - shiftBegin;
        long shiftEnd = crew.shift().end() + shiftBegin - crew.shift().start();
        return costs.drivingAndWorking() * PlanCosts.drivingAndWorkingFen(crew, metres, working)
                + costs.overtime() * PlanCosts.overtimePoints(Math.max(0, arrival - shiftEnd))
                + costs.workloadBalance() * PlanCosts.workloadPoints(working);
    }

    private static boolean feasible(Stop stop) {
        return !stop.windowMissed()
                && stop.hardLateSeconds() == 0
                && !stop.overCapacity()
                && !stop.wetInBan()
                && (stop.takenBreak() == null || !stop.takenBreak().missed());
    }

    /** What the score charges for the task's lateness at this stop: a blind spot's SLA, a snow pass's deadline. */
    private double slaLateness(Task task, Stop stop) {
        TaskProblem problem = task.getProblem();
        if (problem.slaDeadline() == Long.MAX_VALUE && problem.snow() == null) {
            return 0;
        }
        return costs.slaLateness()
                        * PlanCosts.slaLatenessPoints(
                                stop.end() - task.getProblem().slaDeadline(),
                                task.getProblem().priorityWeight())
                + costs.snowLateness() * PlanCosts.snowLatenessPoints(task.getProblem(), stop.end());
    }
}
