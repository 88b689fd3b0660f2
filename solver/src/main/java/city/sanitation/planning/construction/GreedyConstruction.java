package city.sanitation.planning.construction;

import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.RoutePlanning;
import city.sanitation.planning.domain.RouteState;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Stop;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.domain.TaskProblem;
import city.sanitation.planning.domain.TravelTimes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A fast first plan for thousands of tasks: every vehicle in turn (the one whose day is least advanced first) takes
 * the unassigned task it can start soonest, as long as the stop breaks no hard rule and the crew is home by the
 * shift end. It appends after the work a route already has (pinned or planned), so it also fills in a re-plan.
 * Timefold's insertion heuristic would try every position for every task, which is quadratic in the task count.
 */
public final class GreedyConstruction {

    /** How many of the soonest candidates are planned in full before a vehicle gives up for the day. */
    static final int CANDIDATES_PLANNED = 8;

    /** An urgent report may jump ahead of work that could start this many seconds earlier, per priority weight. */
    static final long PRIORITY_SECONDS = 600;

    /** Work in the crew's own area goes first unless work elsewhere could start this many seconds sooner. */
    static final long OUTSIDE_HOME_AREA_SECONDS = 900;

    private GreedyConstruction() {}

    public static void construct(SanitationPlan plan) {
        Set<Task> assigned = new HashSet<>();
        for (Route route : plan.getRoutes()) {
            assigned.addAll(route.getTasks());
        }
        Set<Task> pool = new LinkedHashSet<>();
        for (Task task : plan.getTasks()) {
            if (!assigned.contains(task)) {
                pool.add(task);
            }
        }
        PriorityQueue<OpenRoute> open =
                new PriorityQueue<>(Comparator.comparingLong(openRoute -> openRoute.state.time()));
        for (Route route : plan.getRoutes()) {
            if (route.getOutOfServiceFrom() != Long.MAX_VALUE) {
                continue;
            }
            open.add(new OpenRoute(route, stateAfterExistingTasks(route)));
        }
        ToiletRoundStarts toiletRounds = new ToiletRoundStarts();
        for (Route route : plan.getRoutes()) {
            RouteState state = route.startState();
            for (Task task : route.getTasks()) {
                Stop stop = RoutePlanning.plan(route, task, state);
                toiletRounds.add(task, stop);
                state = stop.after();
            }
        }
        while (!open.isEmpty() && !pool.isEmpty()) {
            OpenRoute next = open.poll();
            Task chosen = null;
            Stop chosenStop = null;
            for (Task candidate : soonestCandidates(next, pool)) {
                Stop stop = RoutePlanning.plan(next.route, candidate, next.state);
                if (isAcceptable(next.route, stop) && toiletRounds.keepsGapAndOrder(candidate, stop)) {
                    chosen = candidate;
                    chosenStop = stop;
                    break;
                }
            }
            if (chosen == null) {
                continue;
            }
            next.route.getTasks().add(chosen);
            toiletRounds.add(chosen, chosenStop);
            pool.remove(chosen);
            open.add(new OpenRoute(next.route, chosenStop.after()));
        }
    }

    private record OpenRoute(Route route, RouteState state) {}

    private record Candidate(Task task, long key) {}

    private static RouteState stateAfterExistingTasks(Route route) {
        RouteState state = route.startState();
        for (Task task : route.getTasks()) {
            state = RoutePlanning.plan(route, task, state).after();
        }
        return state;
    }

    /** The tasks this vehicle could start soonest, estimated from travel time and windows alone. */
    private static List<Task> soonestCandidates(OpenRoute openRoute, Set<Task> pool) {
        Route route = openRoute.route;
        RouteState state = openRoute.state;
        TravelTimes travel = route.getCrew().travel();
        PriorityQueue<Candidate> best =
                new PriorityQueue<>(Comparator.comparingLong(Candidate::key).reversed());
        List<Task> done = route.getTasks();
        TaskProblem last = done.isEmpty() ? null : done.get(done.size() - 1).getProblem();
        for (Task task : pool) {
            if (!route.can(task.capability()) || !route.hasSkills(task.requiredSkills()) || !route.mayWorkAt(task)) {
                continue;
            }
            TaskProblem problem = task.getProblem();
            long arrival = state.time() + travel.seconds(state.location(), problem.startLocation());
            if (problem.eitherDirection()) {
                arrival = Math.min(arrival, state.time() + travel.seconds(state.location(), problem.endLocation()));
            }
            long start =
                    RoutePlanning.earliestFit(problem.allowedWindows(), Math.max(arrival, problem.earliestStart()), 0);
            if (start < 0 || start > problem.latestStart()) {
                continue;
            }
            long key = start - PRIORITY_SECONDS * problem.priorityWeight();
            if (!route.isAtHome(task)) {
                key += OUTSIDE_HOME_AREA_SECONDS;
            }
            if (last != null && continuesAlong(last, problem)) {
                // Of passes that start as soon, the one on along the same street: one side to its end, then back
                // along the other, rather than turning at every block and leaving stretches to come back for.
                key -= 1;
            }
            if (best.size() < CANDIDATES_PLANNED) {
                best.add(new Candidate(task, key));
            } else if (key < best.peek().key()) {
                best.poll();
                best.add(new Candidate(task, key));
            }
        }
        List<Candidate> sorted = new ArrayList<>(best);
        sorted.sort(Comparator.comparingLong(Candidate::key));
        return sorted.stream().map(Candidate::task).toList();
    }

    /** Whether a pass goes on along the street of the last one, not straight back along it. */
    private static boolean continuesAlong(TaskProblem last, TaskProblem next) {
        return last.lengthMetres() > 0
                && next.lengthMetres() > 0
                && last.label().equals(next.label())
                && next.startLocation() == last.endLocation()
                && next.endLocation() != last.startLocation();
    }

    private static boolean isAcceptable(Route route, Stop stop) {
        if (stop.windowMissed() || stop.overCapacity() || stop.wetInBan() || stop.hardLateSeconds() > 0) {
            return false;
        }
        if (stop.takenBreak() != null && stop.takenBreak().missed()) {
            return false;
        }
        Crew crew = route.getCrew();
        long home = RoutePlanning.planReturn(route, stop.after()).arrival();
        return home <= crew.shift().end();
    }

    /** The rounds planned so far per toilet, across all crews. */
    private static final class ToiletRoundStarts {

        private record PlannedRound(int round, long start) {}

        private final java.util.Map<String, List<PlannedRound>> roundsByToilet = new java.util.HashMap<>();

        void add(Task task, Stop stop) {
            if (task.getKind() == TaskKind.TOILET_ROUND) {
                roundsByToilet
                        .computeIfAbsent(task.getProblem().groupId(), toilet -> new ArrayList<>())
                        .add(new PlannedRound(task.getRound(), stop.start()));
            }
        }

        /** Whether the round keeps the minimum gap to the toilet's other rounds and comes in its number's turn. */
        boolean keepsGapAndOrder(Task task, Stop stop) {
            if (task.getKind() != TaskKind.TOILET_ROUND) {
                return true;
            }
            for (PlannedRound other :
                    roundsByToilet.getOrDefault(task.getProblem().groupId(), List.of())) {
                if (Math.abs(other.start() - stop.start()) < task.getProblem().minGapSeconds()) {
                    return false;
                }
                boolean numbered = task.getRound() > 0 && other.round() > 0;
                if (numbered && (other.round() < task.getRound()) != (other.start() < stop.start())) {
                    return false;
                }
            }
            return true;
        }
    }
}
