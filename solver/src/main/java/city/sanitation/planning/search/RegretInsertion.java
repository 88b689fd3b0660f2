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
        Ranking ranking = new Ranking(price, routes);
        boolean[] done = new boolean[open.size()];
        for (int t = 0; t < open.size(); t++) {
            ranking.rank(t);
        }
        while (!stop.getAsBoolean()) {
            int chosenTask = -1;
            double chosenRegret = Double.NEGATIVE_INFINITY;
            double chosenCost = Double.POSITIVE_INFINITY;
            for (int t = 0; t < open.size(); t++) {
                if (done[t] || ranking.bestRoute[t] < 0) {
                    continue;
                }
                double first = ranking.first[t];
                double second = ranking.second[t];
                // A task with a single feasible route goes first: waiting would only lose that route.
                double regret = second == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : second - first;
                if (regret > chosenRegret || (regret == chosenRegret && first < chosenCost)) {
                    chosenRegret = regret;
                    chosenCost = first;
                    chosenTask = t;
                }
            }
            if (chosenTask < 0) {
                break;
            }
            int chosenRoute = ranking.bestRoute[chosenTask];
            RouteTrials target = routes.get(chosenRoute);
            Task task = open.get(chosenTask);
            int position = best[chosenTask][chosenRoute].position();
            placement.place(target, position, task);
            target.insert(position, task);
            done[chosenTask] = true;
            boolean wasEmpty = ranking.filled(chosenRoute);
            for (int t = 0; t < open.size(); t++) {
                if (done[t]) {
                    continue;
                }
                if (tried[t] == null || tried[t][chosenRoute]) {
                    best[t][chosenRoute] = pricing.cheapest(target, open.get(t));
                    price[t][chosenRoute] = priceOf(best[t][chosenRoute]);
                    if (!wasEmpty) {
                        ranking.repriced(t, chosenRoute);
                    }
                }
                if (wasEmpty) {
                    ranking.rank(t);
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
     * Each open task's cheapest and second cheapest route, kept up to date as one route's prices change: ranking every
     * task's routes again at every step cost an eighth of the search's time on Gehring-Homberger instances (50
     * routes, 30 to 40 open tasks).
     */
    private static final class Ranking {

        private final double[][] price;
        /** The number of each empty route's kind, -1 for a route with tasks (an insertion never empties one). */
        private final int[] emptyKind;

        private final int[] kindSeenFor;
        private int seenStamp;
        final double[] first;
        final double[] second;
        /** The route of the cheapest place (the first in route order of equally cheap ones), -1 if none. */
        final int[] bestRoute;
        /** A route whose place costs {@link #second}, -1 if none. */
        private final int[] secondRoute;

        Ranking(double[][] price, List<RouteTrials> routes) {
            this.price = price;
            this.emptyKind = new int[routes.size()];
            this.kindSeenFor = new int[numberEmptyKinds(routes, emptyKind)];
            this.first = new double[price.length];
            this.second = new double[price.length];
            this.bestRoute = new int[price.length];
            this.secondRoute = new int[price.length];
        }

        /**
         * Ranks every route for open task {@code t}. Identical empty routes are one option, not many: counting them all
         * would make every regret zero while empty routes are left. Kinds are numbered once, so that telling the first
         * of each apart costs no hashing (on Gehring-Homberger instances 30 empty routes of one kind took a quarter
         * of the search's time when it did).
         */
        void rank(int t) {
            int best = -1;
            int runnerUp = -1;
            double cheapest = Double.POSITIVE_INFINITY;
            double next = Double.POSITIVE_INFINITY;
            seenStamp++;
            double[] prices = price[t];
            for (int r = 0; r < prices.length; r++) {
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
                if (cost < cheapest) {
                    next = cheapest;
                    runnerUp = best;
                    cheapest = cost;
                    best = r;
                } else if (cost < next) {
                    next = cost;
                    runnerUp = r;
                }
            }
            first[t] = cheapest;
            second[t] = next;
            bestRoute[t] = best;
            secondRoute[t] = runnerUp;
        }

        /**
         * Marks {@code route} as holding a task and tells whether it was empty: then another of its kind may stand for
         * the kind now, and every task must be ranked again.
         */
        boolean filled(int route) {
            boolean wasEmpty = emptyKind[route] >= 0;
            emptyKind[route] = -1;
            return wasEmpty;
        }

        /** Ranks {@code route}'s new price for task {@code t}, a route that had tasks before. */
        void repriced(int t, int route) {
            if (bestRoute[t] == route || secondRoute[t] == route) {
                rank(t);
                return;
            }
            double cost = price[t][route];
            if (cost == Double.POSITIVE_INFINITY) {
                return;
            }
            if (cost < first[t] || (cost == first[t] && route < bestRoute[t])) {
                second[t] = first[t];
                secondRoute[t] = bestRoute[t];
                first[t] = cost;
                bestRoute[t] = route;
            } else if (cost < second[t]) {
                second[t] = cost;
                secondRoute[t] = route;
            }
        }
    }

    /**
     * Numbers the kinds of the empty routes from 0 into {@code emptyKind} (-1 for a route with tasks) and returns how
     * many there are.
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
