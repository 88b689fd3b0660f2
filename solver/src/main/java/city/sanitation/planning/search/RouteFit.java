package city.sanitation.planning.search;

import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.score.PlanCosts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an undone task would fit in a plan as it stands, by the route planner's own check of each route's rules
 * (windows, latest starts, capacity with refills and dumps, breaks, the shift's hard end, capability, equipment, a
 * strict crew's home area) and of the toilets' gap rules between routes: thousands of times cheaper than a score
 * analysis, so it can speak for every undone task of a large district. Its prices are the score's own costs
 * ({@link PlanCosts}) of the changed route; what it does not price is rules over the whole plan (the toilets' maximum
 * gaps), which the score alone knows.
 */
public final class RouteFit {

    /**
     * A place for the task that breaks none of those rules.
     *
     * @param position counted from 0: the task would be stop {@code position + 1} of the route
     * @param priceOverLeavingUndone what doing the task there costs more than leaving it undone, as {@link PlanCosts}
     *     prices both; negative when doing it is the cheaper
     */
    public record Fit(String routeId, int position, double priceOverLeavingUndone) {

        public boolean cheaperThanLeavingUndone() {
            return priceOverLeavingUndone < 0;
        }
    }

    private final SanitationPlan plan;
    private final PlanCosts costs;
    private final List<RouteTrials> routes = new ArrayList<>();
    private final Map<Route, RouteTrials> trialsByRoute = new IdentityHashMap<>();
    private final boolean toiletRounds;
    /** The routes that hold toilet rounds: on a large district a few dozen of hundreds. */
    private final List<RouteTrials> toiletRoutes = new ArrayList<>();
    /** The toilets' gap shortfall as the routes are now: a place that raises it breaks a gap rule. */
    private long toiletShortfall;

    public RouteFit(SanitationPlan plan) {
        this.plan = plan;
        this.costs = PlanCosts.of(plan);
        for (Route route : plan.getRoutes()) {
            if (route.getOutOfServiceFrom() == Long.MAX_VALUE) {
                RouteTrials trials = new RouteTrials(route, costs);
                routes.add(trials);
                trialsByRoute.put(route, trials);
            }
        }
        toiletRounds = plan.getTasks().stream().anyMatch(task -> task.getKind() == TaskKind.TOILET_ROUND);
        refreshToiletRoutes();
    }

    /** The routes that hold toilet rounds, the only ones the gap rules read, and the gaps' shortfall over them. */
    private void refreshToiletRoutes() {
        toiletRoutes.clear();
        for (RouteTrials route : routes) {
            if (holdsToiletRounds(route)) {
                toiletRoutes.add(route);
            }
        }
        toiletShortfall = toiletRounds ? ToiletGaps.shortfallSeconds(toiletRoutes) : 0;
    }

    private static boolean holdsToiletRounds(RouteTrials route) {
        return route.tasks().stream().anyMatch(task -> task.getKind() == TaskKind.TOILET_ROUND);
    }

    public SanitationPlan plan() {
        return plan;
    }

    /** The cheapest place that breaks no rule, if there is one. */
    public Optional<Fit> cheapest(Task task) {
        return fits(task, 1).stream().findFirst();
    }

    /** Up to {@code limit} places that break no rule, cheapest first. */
    public List<Fit> fits(Task task, int limit) {
        record Place(RouteTrials route, Insertion insertion) {}
        List<Place> places = new ArrayList<>();
        for (RouteTrials route : routes) {
            for (Insertion insertion : route.feasibleInsertions(task)) {
                places.add(new Place(route, insertion));
            }
        }
        places.sort(Comparator.comparingDouble(place -> place.insertion().cost()));
        double leftUndone = costs.unassigned()
                * PlanCosts.unassignedPoints(task.getProblem().priorityWeight());
        List<Fit> fits = new ArrayList<>();
        for (Place place : places) {
            if (fits.size() == limit) {
                break;
            }
            if (keepsToiletGaps(place.route(), place.insertion().position(), task)) {
                fits.add(new Fit(
                        place.route().route().getId(),
                        place.insertion().position(),
                        place.insertion().cost() - leftUndone));
            }
        }
        return fits;
    }

    /** Takes in that {@code task} was put into the plan at {@code fit}. */
    public void inserted(Fit fit, Task task) {
        RouteTrials route = routes.stream()
                .filter(trials -> trials.route().getId().equals(fit.routeId()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "The fit's route (" + fit.routeId() + ") is not an in-service route of the plan."));
        route.insert(fit.position(), task);
        refreshToiletRoutes();
    }

    /**
     * Whether putting {@code task} there leaves every toilet's rounds as far apart and in order as they are: the
     * task may be a round itself, or delay the rounds after it on its route.
     */
    private boolean keepsToiletGaps(RouteTrials route, int position, Task task) {
        boolean onToiletRoute = toiletRoutes.contains(route);
        if (!toiletRounds || (task.getKind() != TaskKind.TOILET_ROUND && !onToiletRoute)) {
            return true;
        }
        List<RouteTrials> read = toiletRoutes;
        if (!onToiletRoute) {
            read = new ArrayList<>(toiletRoutes);
            read.add(route);
        }
        List<Task> before = new ArrayList<>(route.tasks());
        route.insert(position, task);
        try {
            return ToiletGaps.shortfallSeconds(read) <= toiletShortfall;
        } finally {
            route.replaceTasks(before);
        }
    }
}
