package city.sanitation.planning.search;

import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskProblem;
import city.sanitation.planning.domain.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Route first, split second, as the arc routing literature does (Ulusoy's split, Prins and Lacomme's memetic
 * algorithms): the routes' tasks strung into one giant tour, routes that end near where another begins one after the
 * other, which a shortest path then cuts into tank-sized trips at the least cost, one trip per route. Cutting where
 * the routes now end is one of the ways it weighs, so the split never costs more than the routes it was made from;
 * it moves the boundaries between neighbouring routes, which the ruin and recreate does only a task at a time.
 *
 * <p>Only for alike washing trucks whose day has no clock in it (no windows, latest starts, service levels, breaks
 * or shift end in reach, nothing pinned): there a trip's cost is its driving alone, as the trials price it, with each
 * pass driven from the end nearer to where the truck stands, as the stops drive it. That is arc routing as the
 * benchmarks pose it; a district's routes keep their clocks and never get here.
 */
final class GiantTourSplit {

    private final Crew crew;
    private final TravelTimes travel;
    private final double perMetre;
    private final double perSecond;

    GiantTourSplit(Crew crew) {
        this.crew = crew;
        this.travel = crew.travel();
        boolean free = crew.rates().costPerKm() <= 0 && crew.rates().costPerHour() <= 0;
        // A crew that costs nothing still drives: then the shortest way is the cheapest.
        this.perMetre = free ? 1.0 : crew.rates().costPerKm() / 1000.0;
        this.perSecond = free ? 0.0 : crew.rates().costPerHour() / 3600.0;
    }

    /**
     * The split for {@code routes} when every route may take every one of {@code tasks} alike and time plays no
     * part; null otherwise.
     */
    static GiantTourSplit forTimeFreeWashers(List<RouteTrials> routes, List<Task> tasks) {
        if (routes.size() < 2) {
            return null;
        }
        RouteTrials first = routes.get(0);
        Crew crew = first.route().getCrew();
        if (!crew.carriesWater()
                || crew.carriesGarbage()
                || !crew.shift().breaks().isEmpty()) {
            return null;
        }
        for (RouteTrials route : routes) {
            Crew other = route.route().getCrew();
            if (route.route().getPinnedCount() > 0
                    || !route.kind().equals(first.kind())
                    || other.capacities().tankLitres() != crew.capacities().tankLitres()
                    || other.travel() != crew.travel()
                    || !other.capabilities().equals(crew.capabilities())
                    || !other.shift().breaks().isEmpty()) {
                return null;
            }
            for (Task task : tasks) {
                TaskProblem problem = task.getProblem();
                if (!problem.allowedWindows().isEmpty()
                        || problem.latestStart() != Long.MAX_VALUE
                        || problem.slaDeadline() != Long.MAX_VALUE
                        || problem.earliestStart() > crew.shift().start()
                        || !route.route().can(task.capability())
                        || !route.route().hasSkills(task.requiredSkills())
                        || !route.route().mayWorkAt(task)) {
                    return null;
                }
            }
        }
        return new GiantTourSplit(crew);
    }

    /**
     * Strings the routes' tasks into one tour and splits it again; changes the routes only when that is cheaper by
     * their own prices and leaves every changed route feasible. Returns whether it changed them.
     */
    boolean improve(List<RouteTrials> routes, Random random) {
        List<List<Task>> order = chain(routes, random);
        List<Task> tour = new ArrayList<>();
        order.forEach(tour::addAll);
        if (tour.isEmpty()) {
            return false;
        }
        double current = 0;
        for (List<Task> trip : order) {
            current += tripCost(trip, 0, trip.size());
        }
        List<List<Task>> trips = split(tour, routes.size());
        if (trips == null) {
            return false;
        }
        double proposed = 0;
        for (List<Task> trip : trips) {
            proposed += tripCost(trip, 0, trip.size());
        }
        if (proposed >= current - 1e-9) {
            return false;
        }
        List<List<Task>> before = new ArrayList<>();
        double costBefore = 0;
        for (RouteTrials route : routes) {
            before.add(new ArrayList<>(route.tasks()));
            costBefore += route.cost();
        }
        double costAfter = 0;
        boolean feasible = true;
        for (int r = 0; r < routes.size(); r++) {
            List<Task> tasks = r < trips.size() ? trips.get(r) : List.of();
            RouteTrials route = routes.get(r);
            if (!route.tasks().equals(tasks)) {
                route.replaceTasks(tasks);
            }
            costAfter += route.cost();
            feasible &= route.isFeasible();
        }
        if (feasible && costAfter < costBefore - 1e-9) {
            return true;
        }
        for (int r = 0; r < routes.size(); r++) {
            if (!routes.get(r).tasks().equals(before.get(r))) {
                routes.get(r).replaceTasks(before.get(r));
            }
        }
        return false;
    }

    /**
     * The non-empty routes' task lists, one after the other: a random first, then each time the route that begins
     * nearest to where the last one ends; a route whose passes may all go either way may also be taken backwards,
     * from its last pass, when that end is nearer.
     */
    private List<List<Task>> chain(List<RouteTrials> routes, Random random) {
        List<List<Task>> left = new ArrayList<>();
        for (RouteTrials route : routes) {
            if (!route.tasks().isEmpty()) {
                left.add(route.tasks());
            }
        }
        List<List<Task>> order = new ArrayList<>();
        if (left.isEmpty()) {
            return order;
        }
        order.add(left.remove(random.nextInt(left.size())));
        while (!left.isEmpty()) {
            List<Task> last = order.get(order.size() - 1);
            int end = last.get(last.size() - 1).getProblem().endLocation();
            int nearest = 0;
            boolean backwards = false;
            long nearestMetres = Long.MAX_VALUE;
            for (int i = 0; i < left.size(); i++) {
                List<Task> candidate = left.get(i);
                long metres = travel.metres(end, candidate.get(0).getProblem().startLocation());
                if (metres < nearestMetres) {
                    nearestMetres = metres;
                    nearest = i;
                    backwards = false;
                }
                TaskProblem tail = candidate.get(candidate.size() - 1).getProblem();
                if (tail.eitherDirection() && allEitherWay(candidate)) {
                    long fromTail =
                            Math.min(travel.metres(end, tail.endLocation()), travel.metres(end, tail.startLocation()));
                    if (fromTail < nearestMetres) {
                        nearestMetres = fromTail;
                        nearest = i;
                        backwards = true;
                    }
                }
            }
            List<Task> next = left.remove(nearest);
            if (backwards) {
                next = new ArrayList<>(next);
                java.util.Collections.reverse(next);
            }
            order.add(next);
        }
        return order;
    }

    private static boolean allEitherWay(List<Task> tasks) {
        for (Task task : tasks) {
            if (!task.getProblem().eitherDirection()) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code tour} cut into at most {@code maxTrips} consecutive trips, each within the tank, at the least driving
     * cost; null when no such cut exists (a task needs more than the tank, or the trips would be too many).
     */
    List<List<Task>> split(List<Task> tour, int maxTrips) {
        int n = tour.size();
        // cost[k][j]: the cheapest way to do the first j tasks in k trips; from[k][j] where the last trip begins
        double[][] cost = new double[maxTrips + 1][n + 1];
        int[][] from = new int[maxTrips + 1][n + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int i = 0; i < n; i++) {
            // Trips that begin at task i, extended one task at a time while the tank lasts.
            double water = 0;
            int at = crew.depotLocation();
            double driven = 0;
            for (int j = i; j < n; j++) {
                TaskProblem problem = tour.get(j).getProblem();
                water += waterNeed(problem);
                if (water > crew.capacities().tankLitres()) {
                    break;
                }
                int[] entryExit = entryAndExit(problem, at);
                driven += drive(at, entryExit[0]);
                at = entryExit[1];
                double trip = driven + drive(at, crew.depotLocation());
                for (int k = 0; k < maxTrips; k++) {
                    if (cost[k][i] + trip < cost[k + 1][j + 1]) {
                        cost[k + 1][j + 1] = cost[k][i] + trip;
                        from[k + 1][j + 1] = i;
                    }
                }
            }
        }
        int bestTrips = -1;
        for (int k = 1; k <= maxTrips; k++) {
            if (cost[k][n] < Double.POSITIVE_INFINITY && (bestTrips < 0 || cost[k][n] < cost[bestTrips][n])) {
                bestTrips = k;
            }
        }
        if (bestTrips < 0) {
            return null;
        }
        List<List<Task>> trips = new ArrayList<>();
        int end = n;
        for (int k = bestTrips; k > 0; k--) {
            int start = from[k][end];
            trips.add(0, new ArrayList<>(tour.subList(start, end)));
            end = start;
        }
        return trips;
    }

    /** What driving {@code tasks} from {@code fromIndex} to {@code toIndex} as one trip from the depot costs. */
    double tripCost(List<Task> tasks, int fromIndex, int toIndex) {
        int at = crew.depotLocation();
        double driven = 0;
        for (int j = fromIndex; j < toIndex; j++) {
            int[] entryExit = entryAndExit(tasks.get(j).getProblem(), at);
            driven += drive(at, entryExit[0]);
            at = entryExit[1];
        }
        return driven + drive(at, crew.depotLocation());
    }

    /** Where a pass is entered and left from {@code at}: from its quicker end to reach, as the stops choose. */
    private int[] entryAndExit(TaskProblem problem, int at) {
        if (problem.eitherDirection()) {
            long forward = travel.seconds(at, problem.startLocation());
            long reversed = travel.seconds(at, problem.endLocation());
            if (reversed < forward
                    || reversed == forward
                            && travel.metres(at, problem.endLocation()) < travel.metres(at, problem.startLocation())) {
                return new int[] {problem.endLocation(), problem.startLocation()};
            }
        }
        return new int[] {problem.startLocation(), problem.endLocation()};
    }

    private double waterNeed(TaskProblem problem) {
        return problem.usesWater() ? problem.lengthMetres() * crew.rates().waterLitresPerMetre() : 0.0;
    }

    private double drive(int from, int to) {
        return travel.metres(from, to) * perMetre + travel.seconds(from, to) * perSecond;
    }
}
