package city.sanitation.planning.search;

import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Swaps a stretch of one long route for a stretch of another, each put where it costs least: the first in place of a
 * stretch of the other route, either one beside a task near its ends or the one served at the same hour, and that
 * stretch at its cheapest place in the first route, where the first was or beside a task near its ends. On long routes with staggered windows a route can seldom take a whole cluster more (its hours are
 * full), so the plans a run settles in, which differ in which route serves which cluster at which hour (long-route
 * suite, C101-long and C105-long), are one cluster swap apart where a {@link StretchRelocation} finds no feasible
 * place. Every vehicle's rules are checked by replanning both routes.
 */
final class StretchExchange {

    /** How many of the cheapest places for the first stretch are tried with the second stretch placed. */
    static final int PLACES_COMPLETED = 3;

    private final int longestStretch;

    StretchExchange(int longestStretch) {
        this.longestStretch = StretchRelocation.checkedLongest(longestStretch, "stretch exchange swaps");
    }

    /** The two routes by index and the stretches each now runs that came from the other. */
    record Exchanged(int first, int second, List<Task> toSecond, List<Task> toFirst) {

        List<Task> both() {
            List<Task> both = new ArrayList<>(toSecond);
            both.addAll(toFirst);
            return both;
        }
    }

    /**
     * The second route with the first stretch in place of its own, what that costs more, and whether the taken stretch
     * was the one served at the hour the first stretch was.
     */
    private record Place(
            int route, List<Task> tasks, List<Task> put, List<Task> taken, double increase, boolean sameHour) {}

    /**
     * Swaps a stretch of 2 to {@code longestStretch} tasks (at most half its route) of a route drawn among the long
     * enough ones for a stretch of 1 to {@code longestStretch} tasks of another route of the same kind, beside a task
     * near one of the first stretch's ends or served at the hour the first stretch starts; each goes in its order or
     * reversed, the cheapest swap of those tried. Null, with nothing changed, when no
     * route is long enough, a stretch holds a task that may not move, or no swap keeps both routes feasible.
     */
    Exchanged exchange(
            List<RouteTrials> routes, Map<Task, Task[]> neighbours, Predicate<Task> removable, Random random) {
        StretchRelocation.Drawn drawn = StretchRelocation.draw(routes, longestStretch, 2, removable, random);
        if (drawn == null) {
            return null;
        }
        int first = drawn.route();
        int start = drawn.start();
        List<Task> stretch = drawn.stretch();
        RouteTrials giver = routes.get(first);
        double giverCost = giver.cost();
        List<Task> kept = drawn.kept();
        List<Task> reversed = StretchRelocation.reversed(stretch);

        long hour = giver.startAt(start);
        Set<Task> nearEnds = StretchRelocation.nearEnds(neighbours, stretch.get(0), stretch.get(stretch.size() - 1));
        List<Place> places = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            RouteTrials taker = routes.get(r);
            if (r == first || !taker.kind().equals(giver.kind()) || !RouteOpening.mayDo(taker, stretch)) {
                continue;
            }
            addPlaces(places, r, taker, stretch, reversed, nearEnds, removable, random);
            addSameHourPlaces(places, r, taker, stretch, reversed, hour, removable, random);
        }
        places.sort(Comparator.comparingDouble(Place::increase));

        Place bestPlace = null;
        List<Task> bestGiver = null;
        double bestIncrease = Double.POSITIVE_INFINITY;
        int completed = 0;
        for (Place place : places) {
            // the cheapest few beside near tasks; every swap of what two routes serve at one hour
            if (!place.sameHour() && completed++ >= PLACES_COMPLETED) {
                continue;
            }
            if (!RouteOpening.mayDo(giver, place.taken())) {
                continue;
            }
            List<Task> placed = cheapestPlace(giver, kept, start, place.taken(), neighbours);
            if (placed != null) {
                double increase = giver.cost() - giverCost + place.increase();
                if (increase < bestIncrease) {
                    bestIncrease = increase;
                    bestPlace = place;
                    bestGiver = placed;
                }
            }
        }
        if (bestPlace == null) {
            giver.replaceTasks(drawn.before());
            return null;
        }
        giver.replaceTasks(bestGiver);
        routes.get(bestPlace.route()).replaceTasks(bestPlace.tasks());
        return new Exchanged(first, bestPlace.route(), bestPlace.put(), bestPlace.taken());
    }

    /**
     * The feasible ways to put {@code stretch}, either way round, into the taker in place of a stretch of its own just
     * before or just after a task near the stretch's ends; the taker is left as it was.
     */
    private void addPlaces(
            List<Place> places,
            int r,
            RouteTrials taker,
            List<Task> stretch,
            List<Task> reversed,
            Set<Task> nearEnds,
            Predicate<Task> removable,
            Random random) {
        List<Task> tasks = List.copyOf(taker.tasks());
        int from = taker.route().getPinnedCount();
        int movable = tasks.size() - from;
        if (movable < 1) {
            return;
        }
        double takerCost = taker.cost();
        for (int p = from; p < tasks.size(); p++) {
            if (!nearEnds.contains(tasks.get(p))) {
                continue;
            }
            int taken = 1 + random.nextInt(Math.max(1, Math.min(longestStretch, (movable + 1) / 2)));
            // the taken stretch starts right after the near task, or ends right before it
            for (int side = 0; side < 2; side++) {
                int takenStart = side == 0 ? p + 1 : p - taken;
                int takenEnd = takenStart + taken;
                if (takenStart < from || takenEnd > tasks.size()) {
                    continue;
                }
                List<Task> out = tasks.subList(takenStart, takenEnd);
                if (out.stream().allMatch(removable)) {
                    addSwaps(places, r, taker, tasks, takenStart, out, List.of(stretch, reversed), takerCost, false);
                }
            }
        }
        taker.replaceTasks(tasks);
    }

    /**
     * The feasible ways to put {@code stretch}, either way round, in place of the taker's stretch that starts nearest
     * {@code hour}: a cluster served by one route at an hour swapped for the one another route serves then, where
     * neither route could take a cluster more. The taker is left as it was.
     */
    private void addSameHourPlaces(
            List<Place> places,
            int r,
            RouteTrials taker,
            List<Task> stretch,
            List<Task> reversed,
            long hour,
            Predicate<Task> removable,
            Random random) {
        List<Task> tasks = List.copyOf(taker.tasks());
        int from = taker.route().getPinnedCount();
        int movable = tasks.size() - from;
        if (movable < 1) {
            return;
        }
        int takenStart = from;
        for (int i = from + 1; i < tasks.size(); i++) {
            if (Math.abs(taker.startAt(i) - hour) < Math.abs(taker.startAt(takenStart) - hour)) {
                takenStart = i;
            }
        }
        int taken = Math.min(
                tasks.size() - takenStart,
                1 + random.nextInt(Math.max(1, Math.min(longestStretch, (movable + 1) / 2))));
        List<Task> out = tasks.subList(takenStart, takenStart + taken);
        if (!out.stream().allMatch(removable)) {
            return;
        }
        addSwaps(places, r, taker, tasks, takenStart, out, List.of(stretch, reversed), taker.cost(), true);
        taker.replaceTasks(tasks);
    }

    /**
     * Adds the feasible ones of the taker's {@code tasks} with {@code out} (starting at {@code takenStart}) replaced by
     * each of {@code ways}; the taker is left running the last trial.
     */
    private static void addSwaps(
            List<Place> places,
            int r,
            RouteTrials taker,
            List<Task> tasks,
            int takenStart,
            List<Task> out,
            List<List<Task>> ways,
            double takerCost,
            boolean sameHour) {
        for (List<Task> put : ways) {
            List<Task> trial = new ArrayList<>(tasks.size() - out.size() + put.size());
            trial.addAll(tasks.subList(0, takenStart));
            trial.addAll(put);
            trial.addAll(tasks.subList(takenStart + out.size(), tasks.size()));
            taker.replaceTasks(trial);
            if (taker.isFeasible()) {
                places.add(new Place(r, trial, List.copyOf(put), List.copyOf(out), taker.cost() - takerCost, sameHour));
            }
        }
    }

    /**
     * The giver's tasks with {@code block}, either way round, at its cheapest feasible place: where the first stretch
     * was, or beside a task near the block's ends. The giver is left running that plan; null, and the giver left
     * running an unfeasible trial, when none is feasible.
     */
    private static List<Task> cheapestPlace(
            RouteTrials giver, List<Task> kept, int gap, List<Task> block, Map<Task, Task[]> neighbours) {
        Set<Task> near = StretchRelocation.nearEnds(neighbours, block.get(0), block.get(block.size() - 1));
        List<Task> reversed = StretchRelocation.reversed(block);
        int from = giver.route().getPinnedCount();
        List<Task> best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int p = from; p <= kept.size(); p++) {
            boolean nearPlace = p == gap
                    || (p > from && near.contains(kept.get(p - 1)))
                    || (p < kept.size() && near.contains(kept.get(p)));
            if (!nearPlace) {
                continue;
            }
            for (int way = 0; way < 2; way++) {
                List<Task> trial = new ArrayList<>(kept.size() + block.size());
                trial.addAll(kept.subList(0, p));
                trial.addAll(way == 0 ? block : reversed);
                trial.addAll(kept.subList(p, kept.size()));
                giver.replaceTasks(trial);
                if (giver.isFeasible() && giver.cost() < bestCost) {
                    bestCost = giver.cost();
                    best = trial;
                }
            }
        }
        if (best != null) {
            giver.replaceTasks(best);
        }
        return best;
    }
}
