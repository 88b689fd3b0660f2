package city.sanitation.planning.search;

import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A ruin that empties one short route: all its movable tasks are taken out, and the recreate may put them only into
 * the other routes. On instances with few long routes a string ruin almost never frees a whole route, so a plan that
 * starts with one route too many keeps its extra drive out and back; this ruin tries the plan without it, and the
 * acceptance keeps it only when it costs less (never by annealing: where more routes drive less, an emptied route let
 * through at a high temperature keeps the search a route short).
 */
final class RouteElimination {

    /** How many routes are drawn at random; the one with the fewest movable tasks is emptied. */
    private final int tournament;

    RouteElimination(int tournament) {
        if (tournament < 1) {
            throw new IllegalArgumentException(
                    "The tournament size (%d) of route elimination must be positive.%nMaybe use 2."
                            .formatted(tournament));
        }
        this.tournament = tournament;
    }

    /** The emptied route, by index, and the tasks taken out of it, shuffled. */
    record Emptied(int route, List<Task> open) {

        /**
         * The routes a task may be put back into: those {@code candidates} allows (all when it is null), the emptied
         * one never.
         */
        Function<Task, boolean[]> elsewhere(Function<Task, boolean[]> candidates, int routeCount) {
            return task -> {
                boolean[] allowed = new boolean[routeCount];
                if (candidates == null) {
                    Arrays.fill(allowed, true);
                } else {
                    boolean[] near = candidates.apply(task);
                    System.arraycopy(near, 0, allowed, 0, routeCount);
                }
                allowed[route] = false;
                return allowed;
            };
        }
    }

    /**
     * Empties the shortest of a few routes drawn among those with at least one removable task, when at least one other
     * route is left to take its work; null when there is no such route.
     */
    Emptied ruin(List<RouteTrials> routes, Predicate<Task> removable, Random random) {
        List<Integer> eligible = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            if (removableCount(routes.get(r), removable) > 0) {
                eligible.add(r);
            }
        }
        if (eligible.size() < 2) {
            return null;
        }
        int chosen = -1;
        int fewest = Integer.MAX_VALUE;
        for (int draw = 0; draw < tournament; draw++) {
            int r = eligible.get(random.nextInt(eligible.size()));
            int count = removableCount(routes.get(r), removable);
            if (count < fewest) {
                chosen = r;
                fewest = count;
            }
        }
        RouteTrials route = routes.get(chosen);
        int pinned = route.route().getPinnedCount();
        List<Task> kept = new ArrayList<>(route.tasks().subList(0, pinned));
        List<Task> open = new ArrayList<>();
        for (Task task : route.tasks().subList(pinned, route.tasks().size())) {
            (removable.test(task) ? open : kept).add(task);
        }
        route.replaceTasks(kept);
        Collections.shuffle(open, random);
        return new Emptied(chosen, open);
    }

    private static int removableCount(RouteTrials route, Predicate<Task> removable) {
        int count = 0;
        List<Task> tasks = route.tasks();
        for (int i = route.route().getPinnedCount(); i < tasks.size(); i++) {
            if (removable.test(tasks.get(i))) {
                count++;
            }
        }
        return count;
    }
}
