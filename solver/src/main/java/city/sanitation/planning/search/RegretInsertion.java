package city.sanitation.planning.search;

import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Regret-2 insertion: repeatedly inserts the open task whose best feasible place is most ahead of its best place in
 * another route, at that best place. After each insertion only the changed route is re-priced.
 */
final class RegretInsertion {

    /** Told of each insertion before the trials take it, so that a caller can mirror it in the plan. */
    interface Placement {
        void place(RouteTrials route, int position, Task task);
    }

    /** How a task is priced in a route: every position, or only some. */
    interface Pricing {
        Insertion cheapest(RouteTrials route, Task task);
    }

    private RegretInsertion() {}

    /** Inserts what it can and returns the tasks that had no feasible place. */
    static List<Task> insert(List<Task> open, List<RouteTrials> routes, BooleanSupplier stop, Placement placement) {
        return insert(open, routes, null, RouteTrials::cheapestInsertion, stop, placement);
    }

    /**
     * As {@link #insert(List, List, BooleanSupplier, Placement)}, trying each task only in the routes that
     * {@code candidates} marks for it (by route index), or in every route when it is null: on a district of thousands
     * of tasks, pricing every route for every task would cost far more than the few routes near it can gain.
     */
    static List<Task> insert(
            List<Task> open,
            List<RouteTrials> routes,
            Function<Task, boolean[]> candidates,
            Pricing pricing,
            BooleanSupplier stop,
            Placement placement) {
        int routeCount = routes.size();
        Insertion[][] best = new Insertion[open.size()][routeCount];
        // The prices of best, infinite where there is no place: read for every open task and route at every step.
        double[][] price = new double[open.size()][routeCount];
        boolean[][] tried = new boolean[open.size()][];
        for (int t = 0; t < open.size(); t++) {
            tried[t] = candidates == null ? null : candidates.apply(open.get(t));
            for (int r = 0; r < routeCount; r++) {
                if (tried[t] == null || tried[t][r]) {
                    best[t][r] = pricing.cheapest(routes.get(r), open.get(t));
                }
                price[t][r] = priceOf(best[t][r]);
            }
        }
        // Identical empty routes are one option, not many: counting them all would make every regret zero while empty
        // routes are left. Kinds are numbered once, so that telling the first of each apart costs no hashing in the
        // loops below (on Gehring-Homberger instances 30 empty routes of one kind took a quarter of the search's time).
        int[] emptyKind = new int[routeCount];
        int kindCount = numberEmptyKinds(routes, emptyKind);
        int[] kindSeenFor = new int[kindCount];
        int seenStamp = 0;
        boolean[] done = new boolean[open.size()];
        while (!stop.getAsBoolean()) {
            int chosenTask = -1;
            int chosenRoute = -1;
            double chosenRegret = Double.NEGATIVE_INFINITY;
            double chosenCost = Double.POSITIVE_INFINITY;
            for (int t = 0; t < open.size(); t++) {
                if (done[t]) {
                    continue;
                }
                int bestRoute = -1;
                double first = Double.POSITIVE_INFINITY;
                double second = Double.POSITIVE_INFINITY;
                seenStamp++;
                double[] prices = price[t];
                for (int r = 0; r < routeCount; r++) {
                    double cost = prices[r];
                    if (cost == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    if (emptyKind[r] >= 0) {
                        if (kindSeenFor[emptyKind[r]] == seenStamp) {
                            continue;
                        }
                        kindSeenFor[emptyKind[r]] = seenStamp;
                    }
                    if (cost < first) {
                        second = first;
                        first = cost;
                        bestRoute = r;
                    } else if (cost < second) {
                        second = cost;
                    }
                }
                if (bestRoute < 0) {
                    continue;
                }
                // A task with a single feasible route goes first: waiting would only lose that route.
                double regret = second == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : second - first;
                if (regret > chosenRegret || (regret == chosenRegret && first < chosenCost)) {
                    chosenRegret = regret;
                    chosenCost = first;
                    chosenTask = t;
                    chosenRoute = bestRoute;
                }
            }
            if (chosenTask < 0) {
                break;
            }
            RouteTrials target = routes.get(chosenRoute);
            Task task = open.get(chosenTask);
            int position = best[chosenTask][chosenRoute].position();
            placement.place(target, position, task);
            target.insert(position, task);
            done[chosenTask] = true;
            emptyKind[chosenRoute] = -1;
            for (int t = 0; t < open.size(); t++) {
                if (!done[t] && (tried[t] == null || tried[t][chosenRoute])) {
                    best[t][chosenRoute] = pricing.cheapest(target, open.get(t));
                    price[t][chosenRoute] = priceOf(best[t][chosenRoute]);
                }
            }
        }
        List<Task> left = new ArrayList<>();
        for (int t = 0; t < open.size(); t++) {
            if (!done[t]) {
                left.add(open.get(t));
            }
        }
        return left;
    }

    private static double priceOf(Insertion insertion) {
        return insertion == null ? Double.POSITIVE_INFINITY : insertion.cost();
    }

    /**
     * Numbers the kinds of the empty routes from 0 into {@code emptyKind} (-1 for a route with tasks, which an
     * insertion never empties: the route taking a task is marked so) and returns how many there are.
     */
    private static int numberEmptyKinds(List<RouteTrials> routes, int[] emptyKind) {
        Map<String, Integer> numbers = new HashMap<>();
        for (int r = 0; r < routes.size(); r++) {
            RouteTrials route = routes.get(r);
            emptyKind[r] = route.isEmpty() ? numbers.computeIfAbsent(route.kind(), kind -> numbers.size()) : -1;
        }
        return numbers.size();
    }
}
