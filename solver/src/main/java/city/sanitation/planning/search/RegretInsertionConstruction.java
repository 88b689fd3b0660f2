package city.sanitation.planning.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A construction phase by regret-2 insertion: it repeatedly inserts the unassigned task whose best feasible place is
 * most ahead of its second best (in another route), at that best place. Insertions are tried with the route planning
 * functions directly, which is far faster than a score director per trial, so that the local search starts early and
 * from a good plan. Tasks with no feasible place are left to the construction heuristic that follows.
 *
 * <p>Each trial costs the length of the route, and every insertion re-prices the tasks for the changed route only,
 * so a plan of n tasks in routes of length L costs about n²·L plan steps; above {@link #MAX_TASKS} it does nothing.
 */
public final class RegretInsertionConstruction implements PhaseCommand<SanitationPlan> {

    static final int MAX_TASKS = 3000;
    private static final String TASKS = "tasks";

    @Override
    public void changeWorkingSolution(ScoreDirector<SanitationPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        SanitationPlan plan = scoreDirector.getWorkingSolution();
        Set<Task> assigned = new HashSet<>();
        for (Route route : plan.getRoutes()) {
            assigned.addAll(route.getTasks());
        }
        List<Task> open = new ArrayList<>();
        for (Task task : plan.getTasks()) {
            if (!assigned.contains(task)) {
                open.add(task);
            }
        }
        if (open.isEmpty() || plan.getTasks().size() > MAX_TASKS) {
            return;
        }
        List<RouteTrials> routes = new ArrayList<>();
        for (Route route : plan.getRoutes()) {
            if (route.getOutOfServiceFrom() == Long.MAX_VALUE) {
                routes.add(new RouteTrials(route));
            }
        }
        int routeCount = routes.size();
        Insertion[][] best = new Insertion[open.size()][routeCount];
        for (int t = 0; t < open.size(); t++) {
            for (int r = 0; r < routeCount; r++) {
                best[t][r] = routes.get(r).cheapestInsertion(open.get(t));
            }
        }
        boolean[] done = new boolean[open.size()];
        boolean changed = false;
        while (!isPhaseTerminated.getAsBoolean()) {
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
                Set<String> emptyKinds = new HashSet<>();
                for (int r = 0; r < routeCount; r++) {
                    Insertion insertion = best[t][r];
                    // Identical empty routes are one option, not many: counting them all would make every
                    // regret zero while empty routes are left.
                    if (insertion == null
                            || (routes.get(r).isEmpty()
                                    && !emptyKinds.add(routes.get(r).kind()))) {
                        continue;
                    }
                    if (insertion.cost() < first) {
                        second = first;
                        first = insertion.cost();
                        bestRoute = r;
                    } else if (insertion.cost() < second) {
                        second = insertion.cost();
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
            insert(scoreDirector, target, task, best[chosenTask][chosenRoute].position());
            done[chosenTask] = true;
            changed = true;
            for (int t = 0; t < open.size(); t++) {
                if (!done[t]) {
                    best[t][chosenRoute] = target.cheapestInsertion(open.get(t));
                }
            }
        }
        if (changed) {
            scoreDirector.triggerVariableListeners();
        }
    }

    private static void insert(
            ScoreDirector<SanitationPlan> scoreDirector, RouteTrials trials, Task task, int position) {
        Route route = trials.route();
        scoreDirector.beforeListVariableElementAssigned(route, TASKS, task);
        scoreDirector.beforeListVariableChanged(route, TASKS, position, position);
        route.getTasks().add(position, task);
        scoreDirector.afterListVariableChanged(route, TASKS, position, position + 1);
        scoreDirector.afterListVariableElementAssigned(route, TASKS, task);
        trials.refresh();
    }
}
