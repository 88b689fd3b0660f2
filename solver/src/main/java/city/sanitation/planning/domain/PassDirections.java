package city.sanitation.planning.domain;

import java.util.List;

/**
 * Which way a route drives each pass that may go either way, for its order of tasks and its refills where the greedy
 * split puts them: the way that makes the whole route's driving cheapest. The stops alone choose each pass's
 * direction by where the truck stands, which ignores where the next pass begins; on arc routing that costs a
 * deadhead back along the street just washed (the "flip" of the CARP literature, here exact for the whole route).
 *
 * <p>A shortest path over two states per pass (driven forward or reversed): the cost to have done the passes up to
 * i ending at either end of pass i, the drive between the exit of one and the entry of the next (through the hydrant
 * the stops would take where the greedy split refills). The greedy split refills where the tank runs dry, which
 * depends on the water each pass needs, not on its direction, so the refills stay where they were. Costs are the
 * crew's own, kilometres and hours driven at its rates; windows, breaks and waits are not part of the programme: the
 * caller plans the stops with its choices and keeps the greedy ones unless the chosen ones break nothing more and
 * cost less.
 */
final class PassDirections {

    private PassDirections() {}

    /** Whether the crew's routes may choose their directions: a garbage truck's dumps depend on what it picked up. */
    static boolean applies(Crew crew) {
        return !crew.carriesGarbage();
    }

    /**
     * The cheapest directions for {@code tasks} from index {@code first} on, starting from {@code start}, with a
     * refill before task i where {@code greedyStops.get(i)} has one: true for a reversed pass, false otherwise (and
     * before {@code first}); null when no pass from {@code first} on may go either way.
     */
    static boolean[] choose(Crew crew, List<Task> tasks, List<Stop> greedyStops, int first, RouteState start) {
        int count = tasks.size() - first;
        boolean anyChoice = false;
        for (int i = first; i < tasks.size() && !anyChoice; i++) {
            anyChoice = tasks.get(i).getProblem().eitherDirection();
        }
        if (count <= 0 || !anyChoice) {
            return null;
        }
        Costs costs = new Costs(crew);
        // cost[t][d]: the cheapest way to have done tasks first..first+t, task first+t in direction d (1: reversed)
        double[][] cost = new double[count][2];
        boolean[][] cameReversed = new boolean[count][2];
        int[] exits = {start.location(), start.location()};
        double[] previous = {0.0, Double.POSITIVE_INFINITY};
        for (int t = 0; t < count; t++) {
            TaskProblem problem = tasks.get(first + t).getProblem();
            Stop greedy = greedyStops.get(first + t);
            boolean refill = greedy.detour() != null && greedy.detour().kind() == Detour.DetourKind.REFILL;
            int[] nextExits = new int[2];
            for (int d = 0; d < 2; d++) {
                cost[t][d] = Double.POSITIVE_INFINITY;
                boolean reversed = d == 1;
                if (reversed && !problem.eitherDirection()) {
                    continue;
                }
                int entry = reversed ? problem.endLocation() : problem.startLocation();
                nextExits[d] = reversed ? problem.startLocation() : problem.endLocation();
                for (int p = 0; p < 2; p++) {
                    if (previous[p] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double via = previous[p]
                            + (refill ? costs.throughHydrant(exits[p], entry) : costs.drive(exits[p], entry));
                    if (via < cost[t][d]) {
                        cost[t][d] = via;
                        cameReversed[t][d] = p == 1;
                    }
                }
            }
            previous = cost[t];
            exits = nextExits;
        }
        int last = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int d = 0; d < 2; d++) {
            double home = previous[d] == Double.POSITIVE_INFINITY
                    ? Double.POSITIVE_INFINITY
                    : previous[d] + costs.drive(exits[d], crew.depotLocation());
            // At equal cost forward wins, as it does in the stops.
            if (home < best) {
                best = home;
                last = d;
            }
        }
        boolean[] reversed = new boolean[tasks.size()];
        for (int t = count - 1; t >= 0; t--) {
            reversed[first + t] = last == 1;
            last = cameReversed[t][last] ? 1 : 0;
        }
        return reversed;
    }

    /** The crew's kilometres and hours at its rates; a crew that costs nothing still drives the shortest way. */
    private static final class Costs {

        private final Crew crew;
        private final TravelTimes travel;
        private final double perMetre;
        private final double perSecond;

        Costs(Crew crew) {
            this.crew = crew;
            this.travel = crew.travel();
            boolean free = crew.rates().costPerKm() <= 0 && crew.rates().costPerHour() <= 0;
            this.perMetre = free ? 1.0 : crew.rates().costPerKm() / 1000.0;
            this.perSecond = free ? 0.0 : crew.rates().costPerHour() / 3600.0;
        }

        double drive(int from, int to) {
            return travel.metres(from, to) * perMetre + travel.seconds(from, to) * perSecond;
        }

        /** Through the hydrant the stops would take (the quickest way), with its service time. */
        double throughHydrant(int from, int to) {
            Detour detour =
                    StopPlanner.bestDetour(crew.facilities().hydrants(), Detour.DetourKind.REFILL, travel, 0, from, to);
            if (detour == null) {
                return drive(from, to);
            }
            int hydrant = detour.facility().location();
            return drive(from, hydrant) + drive(hydrant, to) + detour.facility().serviceSeconds() * perSecond;
        }
    }
}
