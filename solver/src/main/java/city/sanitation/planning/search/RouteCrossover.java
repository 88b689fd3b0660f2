package city.sanitation.planning.search;

import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A child of two plans that takes a few whole routes from one (the donor) and the rest from the other (the receiver),
 * after Nagata and Kobayashi's selective route exchange: the donor's routes around a drawn one replace the receiver's
 * routes that share most tasks with them; the donated tasks leave the receiver's other routes, and the tasks of the
 * replaced routes that the donor's routes do not hold are left open for the recreate. Routes of alike vehicles (same
 * {@link RouteTrials#kind()}) are matched to each other by shared tasks first, so that a route donated to a vehicle
 * replaces the receiver's route of the same cluster, whichever vehicle drives it there.
 */
final class RouteCrossover {

    /** The child's tasks by route index, and the tasks it leaves open, shuffled. */
    record Child(List<List<Task>> routes, List<Task> open) {}

    private RouteCrossover() {}

    /**
     * The child of {@code donor} and {@code receiver} (tasks by route index, none pinned); {@code kinds} gives each
     * route's vehicle kind, {@code neighbours} each task's nearest tasks, by which the donated routes are chosen.
     */
    static Child child(
            List<List<Task>> donor,
            List<List<Task>> receiver,
            List<String> kinds,
            Map<Task, Task[]> neighbours,
            Random random) {
        int n = donor.size();
        List<List<Task>> matched = matchRoutes(donor, receiver, kinds);
        List<Integer> donated = donatedRoutes(donor, neighbours, random);
        Set<Task> given = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean[] replaced = new boolean[n];
        for (int r : donated) {
            given.addAll(donor.get(r));
            replaced[r] = true;
        }
        List<List<Task>> routes = new ArrayList<>(n);
        List<Task> open = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (replaced[r]) {
                routes.add(new ArrayList<>(donor.get(r)));
                for (Task task : matched.get(r)) {
                    if (!given.contains(task)) {
                        open.add(task);
                    }
                }
            } else {
                List<Task> kept = new ArrayList<>(matched.get(r).size());
                for (Task task : matched.get(r)) {
                    if (!given.contains(task)) {
                        kept.add(task);
                    }
                }
                routes.add(kept);
            }
        }
        Collections.shuffle(open, random);
        return new Child(routes, open);
    }

    /**
     * The receiver's routes reordered so that route {@code r} of alike vehicles is the one sharing most tasks with the
     * donor's route {@code r}: pairs by decreasing shared tasks, each route once; routes of a kind alone stay.
     */
    static List<List<Task>> matchRoutes(List<List<Task>> donor, List<List<Task>> receiver, List<String> kinds) {
        int n = donor.size();
        Map<Task, Integer> donorRoute = new IdentityHashMap<>();
        for (int r = 0; r < n; r++) {
            for (Task task : donor.get(r)) {
                donorRoute.put(task, r);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            int[] shared = new int[n];
            for (Task task : receiver.get(b)) {
                Integer d = donorRoute.get(task);
                if (d != null) {
                    shared[d]++;
                }
            }
            for (int d = 0; d < n; d++) {
                if (kinds.get(d).equals(kinds.get(b))) {
                    pairs.add(new int[] {shared[d], d, b});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(pair -> -pair[0])
                .thenComparingInt(pair -> pair[1] == pair[2] ? 0 : 1)
                .thenComparingInt(pair -> pair[1])
                .thenComparingInt(pair -> pair[2]));
        int[] receiverOf = new int[n];
        Arrays.fill(receiverOf, -1);
        boolean[] taken = new boolean[n];
        for (int[] pair : pairs) {
            if (receiverOf[pair[1]] < 0 && !taken[pair[2]]) {
                receiverOf[pair[1]] = pair[2];
                taken[pair[2]] = true;
            }
        }
        List<List<Task>> matched = new ArrayList<>(n);
        for (int d = 0; d < n; d++) {
            matched.add(receiver.get(receiverOf[d]));
        }
        return matched;
    }

    /**
     * A drawn non-empty donor route and up to half the non-empty routes more, those owning most of its tasks' nearest
     * tasks first.
     */
    static List<Integer> donatedRoutes(List<List<Task>> donor, Map<Task, Task[]> neighbours, Random random) {
        List<Integer> nonEmpty = new ArrayList<>();
        Map<Task, Integer> routeOf = new IdentityHashMap<>();
        for (int r = 0; r < donor.size(); r++) {
            if (!donor.get(r).isEmpty()) {
                nonEmpty.add(r);
            }
            for (Task task : donor.get(r)) {
                routeOf.put(task, r);
            }
        }
        if (nonEmpty.isEmpty()) {
            return List.of();
        }
        int first = nonEmpty.get(random.nextInt(nonEmpty.size()));
        int count = 1 + random.nextInt(Math.max(1, nonEmpty.size() / 2));
        int[] near = new int[donor.size()];
        for (Task task : donor.get(first)) {
            Task[] around = neighbours.get(task);
            if (around == null) {
                continue;
            }
            for (Task other : around) {
                Integer r = routeOf.get(other);
                if (r != null) {
                    near[r]++;
                }
            }
        }
        List<Integer> others = new ArrayList<>(nonEmpty);
        others.remove(Integer.valueOf(first));
        Collections.shuffle(others, random);
        others.sort(Comparator.comparingInt(r -> -near[r]));
        List<Integer> chosen = new ArrayList<>(count);
        chosen.add(first);
        chosen.addAll(others.subList(0, Math.min(count - 1, others.size())));
        return chosen;
    }
}
