package city.sanitation.planning.search;

import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.RouteEnd;
import city.sanitation.planning.domain.RoutePlanning;
import city.sanitation.planning.domain.RouteSchedule;
import city.sanitation.planning.domain.RouteState;
import city.sanitation.planning.domain.Stop;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.score.PlanCosts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One route's current tasks with the state after each, so that inserting a task can be priced by replanning only
 * from the insertion point on. A trial is feasible when it breaks none of the route's hard rules: windows, latest
 * starts, capacity, breaks, the shift's hard end, capability and equipment.
 *
 * <p>A route is priced as the score prices it, by {@link PlanCosts} under the plan's weights: driving and working
 * cost, overtime, service-level lateness, workload balance and work outside the crew's home area. The rules between routes (toilet rounds' gaps,
 * unassigned work) are the caller's.
 */
final class RouteTrials {

    private final Route route;
    private final PlanCosts costs;
    /** The trials' own copy of the route's tasks: a search may change it without touching the plan. */
    private final List<Task> tasks;

    private RouteState[] after;
    private long[] starts;
    private long[] metresBefore;
    /** The priced lateness (blind spots past their SLA, snow past its deadline) of the stops before index i. */
    private double[] slaBefore;
    /** The route's tasks' points for lying outside the crew's home area. */
    private long outsideHomePoints;
    /** Whether the stops from index i on and the way back break no hard rule, as the route is now. */
    private boolean[] feasibleFrom;

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
        this.route = route;
        this.costs = costs;
        this.tasks = new ArrayList<>(route.getTasks());
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
        refresh();
    }

    void replaceTasks(List<Task> newTasks) {
        tasks.clear();
        tasks.addAll(newTasks);
        refresh();
    }

    /** Empty routes of the same kind, depot and shift price every insertion alike. */
    String kind() {
        Crew crew = route.getCrew();
        return crew.vehicleTypeId() + "@" + crew.depotLocation() + "/"
                + crew.shift().start() + "-" + crew.shift().end() + "/"
                + crew.shift().latestStart();
    }

    /** Replans the whole route after a change. */
    void refresh() {
        int size = tasks.size();
        after = new RouteState[size];
        starts = new long[size];
        metresBefore = new long[size + 1];
        slaBefore = new double[size + 1];
        feasibleFrom = new boolean[size + 1];
        boolean[] stopFeasible = new boolean[size];
        RouteState state = route.startState();
        currentShiftBegin = RoutePlanning.shiftBegin(route, null);
        outsideHomePoints = 0;
        for (int i = 0; i < size; i++) {
            outsideHomePoints += outsideHomePoints(tasks.get(i));
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
        }
        RouteEnd end = RoutePlanning.planReturn(route, state);
        currentEnd = end;
        feasibleFrom[size] = end.arrival() <= hardEnd(currentShiftBegin) && !end.breakMissed();
        for (int i = size - 1; i >= 0; i--) {
            feasibleFrom[i] = stopFeasible[i] && feasibleFrom[i + 1];
        }
        currentSoft = size == 0
                ? 0
                : softCost(metresBefore[size] + end.travelMetres(), end, currentShiftBegin)
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
                schedule.deadheadMetres(), schedule.end(), slaPoints(schedule, tasks), shiftBegin, outsideHomePoints);
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
        if (!route.can(task.capability()) || !route.hasSkills(task.requiredSkills()) || !route.mayWorkAt(task)) {
            return null;
        }
        Shortlist shortlist = new Shortlist();
        for (int position = route.getPinnedCount(); position <= tasks.size(); position++) {
            if (blinkRate > 0 && random.nextDouble() < blinkRate) {
                continue;
            }
            shortlist.offer(position, trial(task, position));
        }
        return shortlist.cheapest(task);
    }

    /** Every feasible place for {@code task} in this route with its price, in route order. */
    List<Insertion> feasibleInsertions(Task task) {
        List<Insertion> insertions = new ArrayList<>();
        if (!route.can(task.capability()) || !route.hasSkills(task.requiredSkills()) || !route.mayWorkAt(task)) {
            return insertions;
        }
        for (int position = route.getPinnedCount(); position <= tasks.size(); position++) {
            double cost = trial(task, position);
            if (!Double.isNaN(cost)) {
                insertions.add(new Insertion(position, repricesPlaces ? splitTrial(task, position) : cost));
            }
        }
        return insertions;
    }

    /**
     * The cheapest feasible place for {@code task} next to one of the tasks in {@code near} (right before or after
     * it), or null if there is none: on long routes, trying every position costs the route's length squared.
     */
    Insertion cheapestInsertionNear(Task task, Set<Task> near) {
        if (!route.can(task.capability()) || !route.hasSkills(task.requiredSkills()) || !route.mayWorkAt(task)) {
            return null;
        }
        int candidateCount = 0;
        int[] candidates = new int[tasks.size() + 1 - route.getPinnedCount()];
        for (int position = route.getPinnedCount(); position <= tasks.size(); position++) {
            boolean besideNear = (position > 0 && near.contains(tasks.get(position - 1)))
                    || (position < tasks.size() && near.contains(tasks.get(position)))
                    || tasks.isEmpty();
            if (besideNear) {
                candidates[candidateCount++] = position;
            }
        }
        if (candidateCount > PRICED_FIRST) {
            sortByDetour(task, candidates, candidateCount);
        }
        Shortlist shortlist = new Shortlist();
        for (int i = 0; i < candidateCount; i++) {
            // The few places with the shortest detour almost always hold the cheapest one: the others are priced
            // only when none of those is feasible.
            if (i >= PRICED_FIRST && !shortlist.isEmpty()) {
                break;
            }
            shortlist.offer(candidates[i], trial(task, candidates[i]));
        }
        return shortlist.cheapest(task);
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

    /** Orders insertion positions by the driving time the task adds between its neighbours there. */
    private void sortByDetour(Task task, int[] positions, int count) {
        var travel = route.getCrew().travel();
        var problem = task.getProblem();
        long[] keyed = new long[count];
        for (int i = 0; i < count; i++) {
            int position = positions[i];
            int from = position == 0 ? route.startState().location() : after[position - 1].location();
            int to = position < tasks.size()
                    ? tasks.get(position).getProblem().startLocation()
                    : route.getCrew().depotLocation();
            long detour = travel.seconds(from, problem.startLocation()) + travel.seconds(problem.endLocation(), to);
            if (problem.eitherDirection()) {
                detour = Math.min(
                        detour,
                        travel.seconds(from, problem.endLocation()) + travel.seconds(problem.startLocation(), to));
            }
            detour -= travel.seconds(from, to);
            // Detours fit in the high bits (a day has 86,400 seconds), the position in the low ones.
            keyed[i] = (Math.max(0, detour + (1L << 20)) << 24) | position;
        }
        java.util.Arrays.sort(keyed);
        for (int i = 0; i < count; i++) {
            positions[i] = (int) (keyed[i] & ((1 << 24) - 1));
        }
    }

    /** The added cost of putting {@code task} at {@code position}; NaN when it breaks a hard rule. */
    private double trial(Task task, int position) {
        RouteState state = position == 0 ? route.startState() : after[position - 1];
        long metres = metresBefore[position];
        double sla = slaBefore[position];
        long shiftBegin = currentShiftBegin;
        for (int i = position - 1; i < tasks.size(); i++) {
            Task next = i < position ? task : tasks.get(i);
            Stop stop = RoutePlanning.plan(route, next, state);
            if (!feasible(stop)) {
                return Double.NaN;
            }
            if (i == -1) {
                shiftBegin = RoutePlanning.shiftBegin(route, stop);
            }
            metres += stop.travelMetres();
            sla += slaLateness(next, stop);
            state = stop.after();
            if (i >= position && state.equals(after[i]) && shiftBegin == currentShiftBegin) {
                // Back in step with the route as it is (a wait absorbed the delay, a refill or dump evened the
                // tank): the rest of the day is the same, so its cost is known.
                if (!feasibleFrom[i + 1]) {
                    return Double.NaN;
                }
                int size = tasks.size();
                metres += metresBefore[size] - metresBefore[i + 1];
                sla += slaBefore[size] - slaBefore[i + 1];
                return cost(
                                metres + currentEnd.travelMetres(),
                                currentEnd,
                                sla,
                                shiftBegin,
                                outsideHomePoints + outsideHomePoints(task))
                        - greedyCost;
            }
        }
        RouteEnd end = RoutePlanning.planReturn(route, state);
        if (end.arrival() > hardEnd(shiftBegin) || end.breakMissed()) {
            return Double.NaN;
        }
        return cost(metres + end.travelMetres(), end, sla, shiftBegin, outsideHomePoints + outsideHomePoints(task))
                - greedyCost;
    }

    /** What the score charges for a used route of this length, end, lateness and work outside its home area. */
    private double cost(long metres, RouteEnd end, double slaCost, long shiftBegin, long outsideHomePoints) {
        return softCost(metres, end, shiftBegin) + slaCost + costs.homeArea() * outsideHomePoints;
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
    private double softCost(long metres, RouteEnd end, long shiftBegin) {
        Crew crew = route.getCrew();
        long working = end.arrival() - shiftBegin;
        long shiftEnd = crew.shift().end() + shiftBegin - crew.shift().start();
        return costs.drivingAndWorking() * PlanCosts.drivingAndWorkingFen(crew, metres, working)
                + costs.overtime() * PlanCosts.overtimePoints(Math.max(0, end.arrival() - shiftEnd))
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
        return costs.slaLateness()
                        * PlanCosts.slaLatenessPoints(
                                stop.end() - task.getProblem().slaDeadline(),
                                task.getProblem().priorityWeight())
                + costs.snowLateness() * PlanCosts.snowLatenessPoints(task.getProblem(), stop.end());
    }
}
