package city.sanitation.planning.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A large neighbourhood search ahead of the local search: it removes a task and the tasks nearest to it (wherever
 * they are), puts them back by {@link RegretInsertion}, and keeps the result when it is better or within a small
 * margin of the best (record-to-record travel). Routes are priced like the score's money and service-level terms;
 * the rules it cannot see (toilet gaps, workload balance) are left to the local search that follows, which also gets
 * the plan this phase wrote back. It stops after {@code unimprovedIterations} attempts without a new best.
 */
public final class RuinRecreatePhase implements PhaseCommand<SanitationPlan> {

    private static final Logger LOGGER = LoggerFactory.getLogger(RuinRecreatePhase.class);

    private static final int MAX_TASKS = RegretInsertionConstruction.MAX_TASKS;

    private int unimprovedIterations = 3000;
    private int maxRemoved = 20;
    private double recordDeviation = 0.01;
    private long seed = 0;

    /** Set from the solver configuration's custom properties. */
    public void setUnimprovedIterations(int unimprovedIterations) {
        this.unimprovedIterations = unimprovedIterations;
    }

    public void setMaxRemoved(int maxRemoved) {
        this.maxRemoved = maxRemoved;
    }

    public void setRecordDeviation(double recordDeviation) {
        this.recordDeviation = recordDeviation;
    }

    public void setSeed(long seed) {
        this.seed = seed;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<SanitationPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        SanitationPlan plan = scoreDirector.getWorkingSolution();
        List<RouteTrials> routes = new ArrayList<>();
        List<Task> movable = new ArrayList<>();
        for (Route route : plan.getRoutes()) {
            if (route.getOutOfServiceFrom() != Long.MAX_VALUE) {
                continue;
            }
            routes.add(new RouteTrials(route));
            movable.addAll(route.getTasks()
                    .subList(route.getPinnedCount(), route.getTasks().size()));
        }
        // Toilet rounds keep gaps across routes that route trials cannot see: such plans are left to the local search.
        boolean toiletRounds = plan.getTasks().stream().anyMatch(task -> task.getKind() == TaskKind.TOILET_ROUND);
        if (movable.size() < 2 || plan.getTasks().size() > MAX_TASKS || toiletRounds) {
            return;
        }
        Task[][] nearest = nearestTasks(movable, routes.get(0));
        Random random = new Random(seed);
        double current = total(routes);
        double initialCost = current;
        double best = current;
        List<List<Task>> bestTasks = snapshot(routes);
        int sinceBest = 0;
        long iterations = 0;
        long started = System.nanoTime();
        while (sinceBest < unimprovedIterations && !isPhaseTerminated.getAsBoolean()) {
            sinceBest++;
            iterations++;
            List<List<Task>> before = snapshot(routes);
            Task seedTask = movable.get(random.nextInt(movable.size()));
            int count = 2 + random.nextInt(Math.max(1, Math.min(maxRemoved, movable.size() / 4) - 1));
            Set<Task> removed = new LinkedHashSet<>();
            removed.add(seedTask);
            for (Task near : nearest[indexOf(movable, seedTask)]) {
                if (removed.size() >= count) {
                    break;
                }
                removed.add(near);
            }
            List<Task> open = new ArrayList<>(removed);
            for (RouteTrials route : routes) {
                if (route.tasks().stream().anyMatch(removed::contains)) {
                    List<Task> kept = new ArrayList<>(route.tasks());
                    kept.removeIf(removed::contains);
                    route.replaceTasks(kept);
                }
            }
            java.util.Collections.shuffle(open, random);
            List<Task> left = RegretInsertion.insert(open, routes, () -> false, (r, p, t) -> {});
            double candidate = total(routes);
            if (left.isEmpty() && (candidate < current || candidate < best * (1 + recordDeviation))) {
                current = candidate;
                if (candidate < best - 1e-9) {
                    best = candidate;
                    bestTasks = snapshot(routes);
                    sinceBest = 0;
                }
            } else {
                restore(routes, before);
            }
        }
        writeBack(scoreDirector, routes, bestTasks);
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        LOGGER.info(
                "Ruin and recreate ended: {} iterations ({} per second), route cost {} from {}.",
                iterations,
                Math.round(iterations / seconds),
                Math.round(best),
                Math.round(initialCost));
    }

    private static int indexOf(List<Task> tasks, Task task) {
        return tasks.indexOf(task);
    }

    /** For each task, the others by increasing driving distance from where it ends to where they start. */
    private static Task[][] nearestTasks(List<Task> tasks, RouteTrials anyRoute) {
        var travel = anyRoute.route().getCrew().travel();
        Task[][] nearest = new Task[tasks.size()][];
        for (int i = 0; i < tasks.size(); i++) {
            int from = tasks.get(i).getProblem().endLocation();
            Task self = tasks.get(i);
            nearest[i] = tasks.stream()
                    .filter(other -> other != self)
                    .sorted(Comparator.comparingLong(
                            other -> travel.metres(from, other.getProblem().startLocation())))
                    .toArray(Task[]::new);
        }
        return nearest;
    }

    private static double total(List<RouteTrials> routes) {
        double total = 0;
        for (RouteTrials route : routes) {
            total += route.cost();
        }
        return total;
    }

    private static List<List<Task>> snapshot(List<RouteTrials> routes) {
        List<List<Task>> copy = new ArrayList<>(routes.size());
        for (RouteTrials route : routes) {
            copy.add(new ArrayList<>(route.tasks()));
        }
        return copy;
    }

    private static void restore(List<RouteTrials> routes, List<List<Task>> snapshot) {
        for (int r = 0; r < routes.size(); r++) {
            if (!routes.get(r).tasks().equals(snapshot.get(r))) {
                routes.get(r).replaceTasks(snapshot.get(r));
            }
        }
    }

    private static void writeBack(
            ScoreDirector<SanitationPlan> scoreDirector, List<RouteTrials> routes, List<List<Task>> bestTasks) {
        boolean changed = false;
        for (int r = 0; r < routes.size(); r++) {
            Route route = routes.get(r).route();
            List<Task> tasks = route.getTasks();
            List<Task> target = bestTasks.get(r);
            if (tasks.equals(target)) {
                continue;
            }
            int pinned = route.getPinnedCount();
            int oldSize = tasks.size();
            scoreDirector.beforeListVariableChanged(route, RegretInsertionConstruction.TASKS, pinned, oldSize);
            tasks.subList(pinned, oldSize).clear();
            tasks.addAll(target.subList(pinned, target.size()));
            scoreDirector.afterListVariableChanged(route, RegretInsertionConstruction.TASKS, pinned, tasks.size());
            changed = true;
        }
        if (changed) {
            scoreDirector.triggerVariableListeners();
        }
    }
}
