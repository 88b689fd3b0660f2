package city.sanitation.planning.search;

import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Slack induction by string removals (Christiaens and Vanden Berghe, 2020): around a random seed task, removes a short
 * string of consecutive tasks from each of a few routes that pass near it. Removing strings rather than scattered
 * tasks frees whole stretches of neighbouring routes at once, so the recreate can re-route them differently.
 *
 * <p>With probability {@code splitRate} a string keeps a random run of its tasks in place ("split string"), which
 * lets a route keep part of a stretch while another takes the rest.
 */
final class StringRemoval {

    private final double averageRemoved;
    private final int maxStringLength;
    private final double splitRate;
    private final double splitDepth;
    private final int block;

    /**
     * @param averageRemoved the mean number of tasks removed (SISR's c̄)
     * @param maxStringLength the longest string removed from one route (SISR's L^max)
     */
    StringRemoval(double averageRemoved, int maxStringLength, double splitRate, double splitDepth) {
        this(averageRemoved, maxStringLength, splitRate, splitDepth, 0);
    }

    /**
     * @param block a route gives at most one string per {@code block} consecutive tasks (0: one per route). A route
     *     of many trips (arc routing: a truck refills and goes on) passes through the seed's neighbourhood once per
     *     trip, and its trips are what SISR's routes are: one string each.
     */
    StringRemoval(double averageRemoved, int maxStringLength, double splitRate, double splitDepth, int block) {
        this.averageRemoved = averageRemoved;
        this.maxStringLength = maxStringLength;
        this.splitRate = splitRate;
        this.splitDepth = splitDepth;
        this.block = block;
    }

    /**
     * Removes strings from {@code routes} and returns the removed tasks, in removal order.
     *
     * @param neighbours for each task, other tasks by increasing distance; the search walks them from the seed
     * @param removable tasks that may be taken out; others stay in place even inside a string
     */
    List<Task> ruin(
            List<RouteTrials> routes,
            List<Task> seeds,
            Map<Task, Task[]> neighbours,
            Predicate<Task> removable,
            Random random) {
        int taskCount = 0;
        for (RouteTrials route : routes) {
            taskCount += route.tasks().size();
        }
        // sized for every task at once: grown from its default size it rehashed several times in every ruin
        Map<Task, Integer> routeOf = new IdentityHashMap<>(taskCount);
        int nonEmpty = 0;
        int movableTotal = 0;
        for (int r = 0; r < routes.size(); r++) {
            RouteTrials route = routes.get(r);
            List<Task> tasks = route.tasks();
            int pinned = route.route().getPinnedCount();
            for (int i = pinned; i < tasks.size(); i++) {
                routeOf.put(tasks.get(i), r);
            }
            if (tasks.size() > pinned) {
                nonEmpty++;
                movableTotal += tasks.size() - pinned;
            }
        }
        if (nonEmpty == 0) {
            return List.of();
        }
        double stringCap = Math.min(maxStringLength, (double) movableTotal / nonEmpty);
        double maxStrings = 4 * averageRemoved / (1 + stringCap) - 1;
        int stringCount = (int) Math.floor(1 + random.nextDouble() * maxStrings);

        Task seed = seeds.get(random.nextInt(seeds.size()));
        Set<Task> removed = new LinkedHashSet<>();
        Set<Integer> ruinedRoutes = new LinkedHashSet<>();
        Set<Long> ruinedBlocks = new LinkedHashSet<>();
        List<Task> walk = new ArrayList<>();
        walk.add(seed);
        walk.addAll(List.of(neighbours.getOrDefault(seed, new Task[0])));
        for (Task task : walk) {
            if (ruinedBlocks.size() >= stringCount) {
                break;
            }
            Integer r = routeOf.get(task);
            if (r == null
                    || removed.contains(task)
                    || (block == 0 && ruinedRoutes.contains(r))
                    || !removable.test(task)) {
                continue;
            }
            RouteTrials route = routes.get(r);
            int pinned = route.route().getPinnedCount();
            int position = route.tasks().indexOf(task) - pinned;
            long blockKey = ((long) r << 32) | (block > 0 ? position / block : 0);
            if (ruinedBlocks.contains(blockKey)) {
                continue;
            }
            int length = route.tasks().size() - pinned;
            int lengthCap = (int) Math.min(length, stringCap);
            int stringLength = 1 + random.nextInt(Math.max(1, lengthCap));
            if (random.nextDouble() < splitRate && stringLength < length) {
                removeSplitString(route, pinned, length, position, stringLength, removable, removed, random);
            } else {
                int start = windowStart(position, stringLength, length, random);
                for (int i = start; i < start + stringLength; i++) {
                    Task candidate = route.tasks().get(pinned + i);
                    if (removable.test(candidate)) {
                        removed.add(candidate);
                    }
                }
            }
            ruinedRoutes.add(r);
            ruinedBlocks.add(blockKey);
        }
        for (int r : ruinedRoutes) {
            RouteTrials route = routes.get(r);
            List<Task> kept = new ArrayList<>(route.tasks());
            kept.removeIf(removed::contains);
            route.replaceTasks(kept);
        }
        return new ArrayList<>(removed);
    }

    /** A string of {@code stringLength + kept} tasks around {@code position}, of which a run of {@code kept} stays. */
    private void removeSplitString(
            RouteTrials route,
            int pinned,
            int length,
            int position,
            int stringLength,
            Predicate<Task> removable,
            Set<Task> removed,
            Random random) {
        int kept = 1;
        while (stringLength + kept < length && random.nextDouble() >= splitDepth) {
            kept++;
        }
        int span = stringLength + kept;
        int start = windowStart(position, span, length, random);
        int keptStart = start + random.nextInt(span - kept + 1);
        for (int i = start; i < start + span; i++) {
            if (i >= keptStart && i < keptStart + kept) {
                continue;
            }
            Task candidate = route.tasks().get(pinned + i);
            if (removable.test(candidate)) {
                removed.add(candidate);
            }
        }
    }

    /** A random start of a window of {@code span} positions within {@code length} that covers {@code position}. */
    static int windowStart(int position, int span, int length, Random random) {
        int lowest = Math.max(0, position - span + 1);
        int highest = Math.min(position, length - span);
        return lowest + random.nextInt(highest - lowest + 1);
    }
}
