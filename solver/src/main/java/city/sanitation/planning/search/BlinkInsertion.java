package city.sanitation.planning.search;

import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The recreate of slack induction by string removals: the open tasks, in an order drawn from a few (random, largest
 * first, farthest first, closest first), each go to their cheapest feasible place, where every place is skipped with
 * a small probability. Cheaper than regret insertion per task, so the search makes more iterations.
 */
final class BlinkInsertion {

    private final double blinkRate;

    BlinkInsertion(double blinkRate) {
        this.blinkRate = blinkRate;
    }

    /**
     * Inserts what it can and returns the tasks that had no feasible place.
     *
     * @param candidateRoutes the routes worth trying for a task (all routes, or those near it)
     * @param pricing how a task is priced in a route; null prices every position, each skipped with the blink rate
     * @param size how much of a vehicle a task takes (for "largest first")
     * @param depotDistance how far a task is from its depot (for "farthest" and "closest first")
     */
    List<Task> insert(
            List<Task> open,
            Function<Task, List<RouteTrials>> candidateRoutes,
            RegretInsertion.Pricing pricing,
            ToDoubleFunction<Task> size,
            ToDoubleFunction<Task> depotDistance,
            Random random) {
        List<Task> order = new ArrayList<>(open);
        Collections.shuffle(order, random);
        int draw = random.nextInt(11);
        if (draw >= 4 && draw < 8) {
            order.sort(Comparator.comparingDouble(size).reversed());
        } else if (draw >= 8 && draw < 10) {
            order.sort(Comparator.comparingDouble(depotDistance).reversed());
        } else if (draw == 10) {
            order.sort(Comparator.comparingDouble(depotDistance));
        }
        List<Task> left = new ArrayList<>();
        for (Task task : order) {
            RouteTrials bestRoute = null;
            Insertion best = null;
            Set<String> emptyKinds = new HashSet<>();
            for (RouteTrials route : candidateRoutes.apply(task)) {
                // Identical empty routes price a task alike: one of them is enough.
                if (route.isEmpty() && !emptyKinds.add(route.kind())) {
                    continue;
                }
                Insertion insertion = pricing == null
                        ? route.cheapestInsertion(task, random, blinkRate)
                        : pricing.cheapest(route, task);
                if (insertion != null && (best == null || insertion.cost() < best.cost())) {
                    best = insertion;
                    bestRoute = route;
                }
            }
            if (best == null) {
                left.add(task);
            } else {
                bestRoute.insert(best.position(), task);
            }
        }
        return left;
    }
}
