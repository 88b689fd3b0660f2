package city.sanitation.planning.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a washing truck refills along a fixed order of tasks, and which way it drives the passes that may go either
 * way, so that its driving costs least. Refilling only when the next pass does not fit (the greedy split) often
 * refills where the hydrant is far out of the way, when one pass earlier it lay on the way; and choosing each pass's
 * direction for the pass alone ignores where the next one begins.
 *
 * <p>A dynamic programme over the tasks in order. A state after task i is its direction and where the truck last
 * refilled (or that it has not refilled yet): that fixes the water left, since the tank is filled each time. Of the
 * states with the same direction, one with less water left is kept only when it beats every state with more (a
 * Pareto front per task and direction, about as long as the passes a tank holds); at equal cost fewer refills win,
 * so that a refill that saves nothing (passing the depot on a benchmark) is not made. Costs are the crew's own: kilometres and hours driven at its rates; the hydrant of a refill is the one that
 * makes the way quickest, as the stops take it. Time windows, breaks and waits are not part of the programme: the
 * caller plans the stops with its choices and keeps the greedy ones unless the chosen ones break nothing more.
 */
final class RefillSplit {

    /** How a task is done: refilling on the way to it first, and driving it against its segment's direction. */
    record Choice(boolean refill, boolean reversed) {}

    /**
     * A way to reach the end of a task: its direction, where the tank was last filled, the water left, what it cost
     * so far and how many refills it made.
     */
    private record Label(
            int refilledAt,
            double waterLeft,
            double cost,
            int refills,
            boolean reversed,
            boolean refill,
            Label previous) {

        /** Cheaper, or as cheap (within rounding) with fewer refills: a refill that saves nothing is not made. */
        boolean beats(Label other) {
            double tolerance = 1e-9 * Math.max(1.0, Math.abs(other.cost));
            return cost < other.cost - tolerance || cost <= other.cost + tolerance && refills < other.refills;
        }
    }

    private static final Comparator<Label> MOST_WATER_FIRST = Comparator.comparingDouble(Label::waterLeft)
            .reversed()
            .thenComparingDouble(Label::cost)
            .thenComparingInt(Label::refills);

    private final Crew crew;
    private final double perMetre;
    private final double perSecond;

    private RefillSplit(Crew crew) {
        this.crew = crew;
        boolean free = crew.rates().costPerKm() <= 0 && crew.rates().costPerHour() <= 0;
        // A crew that costs nothing still drives: then the shortest way is the cheapest.
        this.perMetre = free ? 1.0 : crew.rates().costPerKm() / 1000.0;
        this.perSecond = free ? 0.0 : crew.rates().costPerHour() / 3600.0;
    }

    /** Whether the crew's tasks have a split to choose: it carries water, may refill, dumps nothing, spreads no salt. */
    static boolean applies(Crew crew) {
        return crew.carriesWater()
                && !crew.carriesGarbage()
                && !crew.carriesSalt()
                && !crew.facilities().hydrants().isEmpty();
    }

    /**
     * The cheapest way to do {@code tasks} from index {@code first} on, starting from {@code start}: one choice per
     * task (null before {@code first}); null when some task alone needs more water than the tank holds.
     */
    static Choice[] choose(Crew crew, List<Task> tasks, int first, RouteState start) {
        return new RefillSplit(crew).choose(tasks, first, start);
    }

    private Choice[] choose(List<Task> tasks, int first, RouteState start) {
        int count = tasks.size() - first;
        Choice[] choices = new Choice[tasks.size()];
        if (count <= 0) {
            return choices;
        }
        double[] usedBefore = new double[count + 1];
        for (int t = 0; t < count; t++) {
            double need = tasks.get(first + t).getProblem().lengthMetres()
                    * crew.rates().waterLitresPerMetre();
            if (need > crew.capacities().tankLitres()) {
                return null;
            }
            usedBefore[t + 1] = usedBefore[t] + need;
        }
        boolean refillsNeeded = usedBefore[count] > start.waterLitres();
        List<List<Label>> fronts = List.of(List.of(new Label(-1, start.waterLitres(), 0.0, 0, false, false, null)));
        int[] exits = {start.location()};
        for (int t = 0; t < count; t++) {
            TaskProblem problem = tasks.get(first + t).getProblem();
            int directions = problem.eitherDirection() ? 2 : 1;
            List<List<Label>> next = new ArrayList<>(directions);
            int[] nextExits = new int[directions];
            for (int d = 0; d < directions; d++) {
                boolean reversed = d == 1;
                int entry = reversed ? problem.endLocation() : problem.startLocation();
                nextExits[d] = reversed ? problem.startLocation() : problem.endLocation();
                List<Label> candidates = new ArrayList<>();
                Label bestRefill = null;
                for (int p = 0; p < fronts.size(); p++) {
                    int exit = exits[p];
                    double drive = cost(exit, entry);
                    double viaHydrant = refillsNeeded ? refillCost(exit, entry) : Double.NaN;
                    for (Label label : fronts.get(p)) {
                        double used = usedBefore[t + 1] - (label.refilledAt() < 0 ? 0 : usedBefore[label.refilledAt()]);
                        double held = label.refilledAt() < 0
                                ? start.waterLitres()
                                : crew.capacities().tankLitres();
                        if (used <= held) {
                            candidates.add(new Label(
                                    label.refilledAt(),
                                    held - used,
                                    label.cost() + drive,
                                    label.refills(),
                                    reversed,
                                    false,
                                    label));
                        }
                        if (refillsNeeded) {
                            Label refilled = new Label(
                                    t,
                                    crew.capacities().tankLitres() - (usedBefore[t + 1] - usedBefore[t]),
                                    label.cost() + viaHydrant,
                                    label.refills() + 1,
                                    reversed,
                                    true,
                                    label);
                            if (bestRefill == null || refilled.beats(bestRefill)) {
                                bestRefill = refilled;
                            }
                        }
                    }
                }
                if (bestRefill != null) {
                    candidates.add(bestRefill);
                }
                next.add(paretoFront(candidates));
            }
            fronts = next;
            exits = nextExits;
        }
        Label best = null;
        for (int d = 0; d < fronts.size(); d++) {
            double home = cost(exits[d], crew.depotLocation());
            for (Label label : fronts.get(d)) {
                Label finished = new Label(
                        label.refilledAt(),
                        label.waterLeft(),
                        label.cost() + home,
                        label.refills(),
                        false,
                        false,
                        label);
                if (best == null || finished.beats(best)) {
                    best = finished;
                }
            }
        }
        Label label = best.previous();
        for (int t = count - 1; t >= 0; t--) {
            choices[first + t] = new Choice(label.refill(), label.reversed());
            label = label.previous();
        }
        return choices;
    }

    /** The labels beaten by none with as much water left or more, most water first. */
    private static List<Label> paretoFront(List<Label> candidates) {
        candidates.sort(MOST_WATER_FIRST);
        List<Label> front = new ArrayList<>();
        Label cheapest = null;
        for (Label label : candidates) {
            if (cheapest == null || label.beats(cheapest)) {
                front.add(label);
                cheapest = label;
            }
        }
        return front;
    }

    private double cost(int from, int to) {
        TravelTimes travel = crew.travel();
        return travel.metres(from, to) * perMetre + travel.seconds(from, to) * perSecond;
    }

    /** Through the hydrant the stops would take (the quickest way), with its service time. */
    private double refillCost(int from, int to) {
        Detour detour = StopPlanner.bestDetour(
                crew.facilities().hydrants(), Detour.DetourKind.REFILL, crew.travel(), 0, from, to);
        int hydrant = detour.facility().location();
        return cost(from, hydrant) + cost(hydrant, to) + detour.facility().serviceSeconds() * perSecond;
    }
}
