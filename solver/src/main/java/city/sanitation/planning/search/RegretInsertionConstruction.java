package city.sanitation.planning.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.domain.TravelTimes;
import city.sanitation.planning.score.PlanCosts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A construction phase by {@link RegretInsertion}. Insertions are priced with the route planning functions directly,
 * which is far faster than a score director per trial, so that the local search starts early and from a good plan.
 * Tasks with no feasible place, and toilet rounds (whose minimum gap spans routes), are left to the construction
 * heuristic that follows.
 *
 * <p>Each trial costs the length of the route, and every insertion re-prices the open tasks for the changed route
 * only, so n tasks in routes of length L cost about n²·L plan steps; above {@link #MAX_TASKS} it does nothing.
 */
public final class RegretInsertionConstruction implements PhaseCommand<SanitationPlan> {

    static final int MAX_TASKS = 3000;

    /**
     * Above this many open tasks a task is first priced only next to its nearest tasks ({@link
     * RouteTrials#cheapestInsertionNear}); what finds no place there is priced everywhere after. Pricing every position
     * costs the route's length per trial: on arc routing, where one truck refills and serves hundreds of passes, a
     * 250-pass plan did not finish its construction within 60 s.
     */
    static final int PRICED_NEAR_ABOVE = 200;

    private int pricedNearAbove = PRICED_NEAR_ABOVE;

    /** How many nearest tasks a task is priced beside. */
    static final int NEAR_TASKS = 30;

    static final String TASKS = "tasks";

    /** Set from the solver configuration's custom properties (a benchmark compares with pricing everywhere). */
    public void setPricedNearAbove(int pricedNearAbove) {
        this.pricedNearAbove = pricedNearAbove;
    }

    private int shortestDetoursAbove = 0;

    /** When the tasks make routes this long on average, each is priced at its shortest detours first. */
    public void setShortestDetoursAbove(int shortestDetoursAbove) {
        this.shortestDetoursAbove = shortestDetoursAbove;
    }

    private boolean timedRests = true;

    /**
     * Whether trials follow a delay down a route with a clock from its sums ({@link RouteTrials}); off only for a
     * benchmark against the search before session s11.
     */
    public void setTimedRests(boolean timedRests) {
        this.timedRests = timedRests;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<SanitationPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        SanitationPlan plan = scoreDirector.getWorkingSolution();
        SolveClock.searchStarted();
        Set<Task> assigned = new HashSet<>();
        for (Route route : plan.getRoutes()) {
            assigned.addAll(route.getTasks());
        }
        List<Task> open = new ArrayList<>();
        for (Task task : plan.getTasks()) {
            // Rounds of one toilet must keep a minimum gap across routes, which route trials cannot see.
            if (!assigned.contains(task) && task.getKind() != TaskKind.TOILET_ROUND) {
                open.add(task);
            }
        }
        if (open.isEmpty() || plan.getTasks().size() > MAX_TASKS) {
            return;
        }
        List<RouteTrials> routes = new ArrayList<>();
        PlanCosts costs = PlanCosts.of(plan);
        for (Route route : plan.getRoutes()) {
            if (route.getOutOfServiceFrom() == Long.MAX_VALUE) {
                routes.add(new RouteTrials(route, costs, true, timedRests));
            }
        }
        RegretInsertion.Pricing pricing = LongRoutePricing.forConstruction(routes.size(), open, shortestDetoursAbove);
        RegretInsertion.Placement placement = (trials, position, task) -> {
            Route route = trials.route();
            scoreDirector.beforeListVariableElementAssigned(route, TASKS, task);
            scoreDirector.beforeListVariableChanged(route, TASKS, position, position);
            route.getTasks().add(position, task);
            scoreDirector.afterListVariableChanged(route, TASKS, position, position + 1);
            scoreDirector.afterListVariableElementAssigned(route, TASKS, task);
        };
        List<Task> left = open;
        if (open.size() > pricedNearAbove && !routes.isEmpty()) {
            Map<Task, Set<Task>> near =
                    nearSets(open, routes.get(0).route().getCrew().travel());
            left = RegretInsertion.insert(
                    open,
                    routes,
                    null,
                    (route, task) -> route.cheapestInsertionNear(task, near.get(task)),
                    isPhaseTerminated,
                    placement);
        }
        if (!left.isEmpty()) {
            left = RegretInsertion.insert(
                    left,
                    routes,
                    null,
                    pricing != null ? pricing : RouteTrials::cheapestInsertion,
                    isPhaseTerminated,
                    placement);
        }
        if (left.size() < open.size()) {
            scoreDirector.triggerVariableListeners();
        }
    }

    private static Map<Task, Set<Task>> nearSets(List<Task> open, TravelTimes travel) {
        Map<Task, Set<Task>> sets = new IdentityHashMap<>();
        RuinRecreatePhase.nearestTasks(open, travel, NEAR_TASKS, true).forEach((task, nearest) -> {
            Set<Task> set = Collections.newSetFromMap(new IdentityHashMap<>());
            set.addAll(List.of(nearest));
            sets.put(task, set);
        });
        return sets;
    }
}
