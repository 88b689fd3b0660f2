package city.sanitation.planning.search;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search's last phase: every undone task that fits somewhere is put at its best place, so that no plan is handed
 * over with work left undone that a crew had room for. The places come from {@link RouteFit} (every position of every
 * route that can take the task, checked against each route's rules and the toilets' gaps, cheapest first); the
 * cheapest few that the plan's costs say beat leaving the task undone are then scored by Timefold's own score, and
 * the best one is kept if it breaks no more hard rules and the score is better. It goes on until no undone task
 * improves the score or the solver's time runs out.
 */
public final class UndoneWorkInsertionPhase implements PhaseCommand<SanitationPlan> {

    private static final Logger LOGGER = LoggerFactory.getLogger(UndoneWorkInsertionPhase.class);

    /**
     * How many of a task's cheapest places the score checks: the route planner prices every rule's cost but the
     * toilets' maximum gaps, so its cheapest place is almost always the score's best too.
     */
    static final int SCORED_PLACES = 3;

    @Override
    public void changeWorkingSolution(ScoreDirector<SanitationPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        SanitationPlan plan = scoreDirector.getWorkingSolution();
        // Undone is what no route's list holds: the lists are the plan, the tasks' routes only derived from them.
        Set<Task> inRoutes = Collections.newSetFromMap(new IdentityHashMap<>());
        plan.getRoutes().forEach(route -> inRoutes.addAll(route.getTasks()));
        List<Task> undone = new ArrayList<>(plan.getTasks().stream()
                .filter(task -> !inRoutes.contains(task))
                .toList());
        if (undone.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        undone.sort(Comparator.comparingInt((Task task) -> -task.getProblem().priorityWeight()));
        RouteFit fits = new RouteFit(plan);
        HardMediumSoftLongScore current = scoreOf(scoreDirector);
        int placed = 0;
        int scored = 0;
        boolean terminated = false;
        while (!undone.isEmpty() && !terminated) {
            // Putting a task in only takes room from the others, so a task left with no place that the costs say
            // beats leaving it undone keeps none; only those whose places the score turned down are tried again.
            List<Task> again = new ArrayList<>();
            int placedBefore = placed;
            for (Task task : undone) {
                if (isPhaseTerminated.getAsBoolean()) {
                    terminated = true;
                    break;
                }
                List<RouteFit.Fit> gainful = fits.fits(task, SCORED_PLACES).stream()
                        .filter(RouteFit.Fit::cheaperThanLeavingUndone)
                        .toList();
                if (gainful.isEmpty()) {
                    continue;
                }
                RouteFit.Fit best = null;
                HardMediumSoftLongScore bestScore = current;
                for (RouteFit.Fit fit : gainful) {
                    HardMediumSoftLongScore score = scoreWith(scoreDirector, plan, fit, task);
                    scored++;
                    if (score.hardScore() >= current.hardScore() && score.compareTo(bestScore) > 0) {
                        best = fit;
                        bestScore = score;
                    }
                }
                if (best == null) {
                    again.add(task);
                    continue;
                }
                insert(scoreDirector, routeOf(plan, best), best.position(), task);
                fits.inserted(best, task);
                current = scoreOf(scoreDirector);
                placed++;
            }
            if (placed == placedBefore) {
                break;
            }
            undone = again;
        }
        LOGGER.info(
                "Undone work insertion placed {} tasks ({} places scored) in {} ms{}.",
                placed,
                scored,
                (System.nanoTime() - started) / 1_000_000,
                terminated ? ", until the solver's time ran out" : "");
    }

    /** The score of the plan with {@code task} put at {@code fit}; the plan is left as it was. */
    private static HardMediumSoftLongScore scoreWith(
            ScoreDirector<SanitationPlan> scoreDirector, SanitationPlan plan, RouteFit.Fit fit, Task task) {
        Route route = routeOf(plan, fit);
        insert(scoreDirector, route, fit.position(), task);
        HardMediumSoftLongScore score = scoreOf(scoreDirector);
        remove(scoreDirector, route, fit.position(), task);
        return score;
    }

    private static Route routeOf(SanitationPlan plan, RouteFit.Fit fit) {
        return plan.getRoutes().stream()
                .filter(route -> route.getId().equals(fit.routeId()))
                .findFirst()
                .orElseThrow();
    }

    private static void insert(ScoreDirector<SanitationPlan> scoreDirector, Route route, int position, Task task) {
        scoreDirector.beforeListVariableElementAssigned(route, RegretInsertionConstruction.TASKS, task);
        scoreDirector.beforeListVariableChanged(route, RegretInsertionConstruction.TASKS, position, position);
        route.getTasks().add(position, task);
        scoreDirector.afterListVariableChanged(route, RegretInsertionConstruction.TASKS, position, position + 1);
        scoreDirector.afterListVariableElementAssigned(route, RegretInsertionConstruction.TASKS, task);
        scoreDirector.triggerVariableListeners();
    }

    private static void remove(ScoreDirector<SanitationPlan> scoreDirector, Route route, int position, Task task) {
        scoreDirector.beforeListVariableElementUnassigned(route, RegretInsertionConstruction.TASKS, task);
        scoreDirector.beforeListVariableChanged(route, RegretInsertionConstruction.TASKS, position, position + 1);
        route.getTasks().remove(position);
        scoreDirector.afterListVariableChanged(route, RegretInsertionConstruction.TASKS, position, position);
        scoreDirector.afterListVariableElementUnassigned(route, RegretInsertionConstruction.TASKS, task);
        scoreDirector.triggerVariableListeners();
    }

    @SuppressWarnings("unchecked")
    private static HardMediumSoftLongScore scoreOf(ScoreDirector<SanitationPlan> scoreDirector) {
        if (!(scoreDirector instanceof InnerScoreDirector<?, ?> inner)) {
            throw new IllegalStateException(
                    "The score director (" + scoreDirector.getClass().getName()
                            + ") is not Timefold's own, so the undone work insertion cannot score its places."
                            + "\nMaybe run it as a custom phase of a Timefold solver.");
        }
        return ((InnerScoreDirector<SanitationPlan, HardMediumSoftLongScore>) inner)
                .calculateScore()
                .raw();
    }
}
