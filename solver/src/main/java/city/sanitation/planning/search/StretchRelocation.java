package city.sanitation.planning.search;

import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Moves a stretch of a long route, whole and in its order or reversed, to where it costs least next to the tasks
 * nearest its ends, in another route or elsewhere in its own. On long routes with staggered windows the plans a run
 * settles in differ in which route serves which cluster at which hour (long-route suite, C101-long and C105-long:
 * the best plans share hardly a route with the others); a strings ruin moves a cluster task by task, and the recreate
 * puts each back where its neighbours still are. Every vehicle's rules are checked by replanning both routes; the
 * search then ruins around the stretch and the annealing decides, as after {@link RouteOpening}.
 */
final class StretchRelocation {

    /** How many of the nearest tasks of a stretch's ends mark the places it is tried at. */
    static final int NEAR_ENDS = 8;

    private final int longestStretch;

    StretchRelocation(int longestStretch) {
        this.longestStretch = checkedLongest(longestStretch, "stretch relocation moves");
    }

    /** {@code longestStretch}, when it is at least 2, for a move that {@code does} (in an error message). */
    static int checkedLongest(int longestStretch, String does) {
        if (longestStretch < 2) {
            throw new IllegalArgumentException(
                    ("The longest stretch (%d) a %s must be at least 2. Maybe use 12: about a cluster of a Solomon"
                                    + " instance.")
                            .formatted(longestStretch, does));
        }
        return longestStretch;
    }

    /** The route that gave the stretch, the route that took it, both by index, and the stretch as it now runs. */
    record Moved(int donor, int taker, List<Task> stretch) {}

    /**
     * Moves a stretch of 2 to {@code longestStretch} tasks (at most half the route) of a route drawn among the long
     * enough ones to its cheapest feasible place beside a task near one of its ends; null, with nothing changed, when
     * no route is long enough, the stretch holds a task that may not move, or no such place is feasible.
     */
    Moved move(List<RouteTrials> routes, Map<Task, Task[]> neighbours, Predicate<Task> removable, Random random) {
        Drawn drawn = draw(routes, longestStretch, 1, removable, random);
        if (drawn == null) {
            return null;
        }
        int donor = drawn.route();
        int start = drawn.start();
        List<Task> before = drawn.before();
        List<Task> stretch = drawn.stretch();
        int length = stretch.size();
        RouteTrials giver = routes.get(donor);
        List<Task> reversed = reversed(stretch);
        giver.replaceTasks(drawn.kept());
        if (!giver.isFeasible()) {
            giver.replaceTasks(before);
            return null;
        }
        double giverCost = giver.cost();

        Set<Task> nearEnds = nearEnds(neighbours, stretch.get(0), stretch.get(length - 1));
        int bestRoute = -1;
        int bestPosition = -1;
        boolean bestReversed = false;
        double bestIncrease = Double.POSITIVE_INFINITY;
        for (int r = 0; r < routes.size(); r++) {
            RouteTrials taker = routes.get(r);
            if (!taker.kind().equals(giver.kind()) || !RouteOpening.mayDo(taker, stretch)) {
                continue;
            }
            List<Task> tasks = List.copyOf(taker.tasks());
            double takerCost = r == donor ? giverCost : taker.cost();
            int from = taker.route().getPinnedCount();
            for (int p = from; p <= tasks.size(); p++) {
                boolean nearPlace = (p > from && nearEnds.contains(tasks.get(p - 1)))
                        || (p < tasks.size() && nearEnds.contains(tasks.get(p)));
                if (!nearPlace) {
                    continue;
                }
                for (int way = 0; way < 2; way++) {
                    List<Task> block = way == 0 ? stretch : reversed;
                    if (r == donor && way == 0 && p == start) {
                        continue; // where it came from
                    }
                    List<Task> trial = new ArrayList<>(tasks.size() + length);
                    trial.addAll(tasks.subList(0, p));
                    trial.addAll(block);
                    trial.addAll(tasks.subList(p, tasks.size()));
                    taker.replaceTasks(trial);
                    double increase = taker.cost() - takerCost;
                    if (taker.isFeasible() && increase < bestIncrease) {
                        bestIncrease = increase;
                        bestRoute = r;
                        bestPosition = p;
                        bestReversed = way == 1;
                    }
                }
            }
            taker.replaceTasks(tasks);
        }
        if (bestRoute < 0) {
            giver.replaceTasks(before);
            return null;
        }
        RouteTrials taker = routes.get(bestRoute);
        List<Task> block = bestReversed ? reversed : List.copyOf(stretch);
        List<Task> placed = new ArrayList<>(taker.tasks());
        placed.addAll(bestPosition, block);
        taker.replaceTasks(placed);
        return new Moved(donor, bestRoute, block);
    }

    /** A stretch drawn out of a route (by index) that starts at {@code start} in the route's tasks {@code before}. */
    record Drawn(int route, int start, List<Task> before, List<Task> stretch) {

        /** The route's tasks without the stretch. */
        List<Task> kept() {
            List<Task> kept = new ArrayList<>(before.subList(0, start));
            kept.addAll(before.subList(start + stretch.size(), before.size()));
            return kept;
        }
    }

    /**
     * A stretch of 2 to {@code longestStretch} tasks, at most half of its route, drawn among the routes with enough
     * tasks that may move; null when fewer than {@code leastDonors} routes have, or the stretch holds a task that may
     * not move. Nothing is changed.
     */
    static Drawn draw(
            List<RouteTrials> routes, int longestStretch, int leastDonors, Predicate<Task> removable, Random random) {
        List<Integer> donors = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            if (RouteOpening.movable(routes.get(r)) >= RouteOpening.SHORTEST_DONOR) {
                donors.add(r);
            }
        }
        if (donors.size() < leastDonors) {
            return null;
        }
        int donor = donors.get(random.nextInt(donors.size()));
        List<Task> before = List.copyOf(routes.get(donor).tasks());
        int pinned = routes.get(donor).route().getPinnedCount();
        int count = before.size() - pinned;
        int length = 2 + random.nextInt(Math.max(1, Math.min(longestStretch, count / 2) - 1));
        int start = pinned + random.nextInt(count - length + 1);
        List<Task> stretch = before.subList(start, start + length);
        return stretch.stream().allMatch(removable) ? new Drawn(donor, start, before, stretch) : null;
    }

    static List<Task> reversed(List<Task> tasks) {
        List<Task> reversed = new ArrayList<>(tasks);
        Collections.reverse(reversed);
        return reversed;
    }

    /** The {@value #NEAR_ENDS} tasks nearest each end of a stretch. */
    static Set<Task> nearEnds(Map<Task, Task[]> neighbours, Task first, Task last) {
        Set<Task> near = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Task end : List.of(first, last)) {
            Task[] around = neighbours.get(end);
            if (around != null) {
                for (int k = 0; k < Math.min(NEAR_ENDS, around.length); k++) {
                    near.add(around[k]);
                }
            }
        }
        return near;
    }
}
