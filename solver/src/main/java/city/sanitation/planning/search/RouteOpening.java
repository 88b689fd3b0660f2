package city.sanitation.planning.search;

import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The opposite of {@link RouteElimination}: a stretch of one long route moves, in its order, to an idle vehicle of
 * the same kind. On instances with few long routes a plan that starts a route short (the construction fills the
 * vehicles it has opened before it opens another) keeps it: no string ruin frees enough work in one place for an idle
 * vehicle to be worth its drive out and back. A vehicle of the same kind (type, depot, shift) usually serves the
 * stretch no later than the route it left and carries less; every vehicle's own rules are checked all the same
 * (capability, skills and home territory task by task, then windows, capacity, breaks and shift end by replanning
 * both routes), and the move is undone where one fails. The search then ruins around the stretch and the annealing
 * decides.
 */
final class RouteOpening {

    private RouteOpening() {}

    /** A route gives a stretch only when it has at least this many movable tasks. */
    static final int SHORTEST_DONOR = 6;

    /** The route that gave up the stretch, the idle one that took it, both by index, and the stretch. */
    record Opened(int donor, int opened, List<Task> stretch) {}

    /**
     * Moves a stretch of a third to two thirds of the longer of two routes drawn at random to the first idle route of
     * its kind that may do it; null, with nothing changed, when there is no idle route, no route long enough of that
     * kind, or the move would break a rule of every idle vehicle of the kind.
     */
    static Opened open(List<RouteTrials> routes, Predicate<Task> removable, Random random) {
        List<Integer> idle = new ArrayList<>();
        Set<String> idleKinds = new HashSet<>();
        for (int r = 0; r < routes.size(); r++) {
            RouteTrials route = routes.get(r);
            if (route.isEmpty() && route.route().getPinnedCount() == 0) {
                idle.add(r);
                idleKinds.add(route.kind());
            }
        }
        List<Integer> donors = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            RouteTrials route = routes.get(r);
            if (movable(route) >= SHORTEST_DONOR && idleKinds.contains(route.kind())) {
                donors.add(r);
            }
        }
        if (donors.isEmpty()) {
            return null;
        }
        int donor = donors.get(random.nextInt(donors.size()));
        int other = donors.get(random.nextInt(donors.size()));
        if (movable(routes.get(other)) > movable(routes.get(donor))) {
            donor = other;
        }
        RouteTrials giver = routes.get(donor);
        List<Task> tasks = giver.tasks();
        int pinned = giver.route().getPinnedCount();
        int count = tasks.size() - pinned;
        int length = count / 3 + random.nextInt(count / 3 + 1);
        int start = pinned + random.nextInt(count - length + 1);
        List<Task> stretch = List.copyOf(tasks.subList(start, start + length));
        if (!stretch.stream().allMatch(removable)) {
            return null;
        }
        List<Task> before = List.copyOf(tasks);
        List<Task> kept = new ArrayList<>(tasks.subList(0, start));
        kept.addAll(tasks.subList(start + length, tasks.size()));
        giver.replaceTasks(kept);
        if (giver.isFeasible()) {
            for (int opened : idle) {
                RouteTrials taker = routes.get(opened);
                if (taker.kind().equals(giver.kind()) && mayDo(taker, stretch)) {
                    taker.replaceTasks(stretch);
                    if (taker.isFeasible()) {
                        return new Opened(donor, opened, stretch);
                    }
                    taker.replaceTasks(List.of());
                }
            }
        }
        giver.replaceTasks(before);
        return null;
    }

    /** Whether the vehicle has the capability and skills for every task and may work where each lies. */
    static boolean mayDo(RouteTrials route, List<Task> tasks) {
        for (Task task : tasks) {
            if (!route.route().can(task.capability())
                    || !route.route().hasSkills(task.requiredSkills())
                    || !route.route().mayWorkAt(task)) {
                return false;
            }
        }
        return true;
    }

    static int movable(RouteTrials route) {
        return route.tasks().size() - route.route().getPinnedCount();
    }
}
