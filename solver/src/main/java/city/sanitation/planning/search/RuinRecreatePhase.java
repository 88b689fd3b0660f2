package city.sanitation.planning.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.domain.TravelTimes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A large neighbourhood search ahead of the local search: it removes related tasks (strings of neighbouring routes
 * near a random task, see {@link StringRemoval}, or a task and its nearest ones), puts them back (by
 * {@link BlinkInsertion} or {@link RegretInsertion}), and accepts the result by simulated annealing whose temperature
 * falls from {@code startTemperature} to {@code endTemperature} (both relative to the plan's mean cost per task) over
 * its budget: a share of the solver's time limit when it is known, else {@code iterationLimit} iterations. Routes
 * are priced like the score's money and service-level terms; the rules it cannot see (toilet gaps, workload balance)
 * are left to the local search that follows, which also gets the best plan this phase found.
 */
public final class RuinRecreatePhase implements PhaseCommand<SanitationPlan> {

    private static final Logger LOGGER = LoggerFactory.getLogger(RuinRecreatePhase.class);

    private static final int MAX_TASKS = RegretInsertionConstruction.MAX_TASKS;
    /** Iterations the schedule spans when neither a time limit nor an iteration limit is given. */
    private static final int DEFAULT_ITERATIONS = 50_000;

    private String ruin = "strings";
    private String recreate = "regret";
    private int unimprovedIterations = 0;
    private int iterationLimit = 0;
    private long solverTimeLimitMillis = 0;
    private double timeShare = 0.9;
    private double startTemperature = 1.0;
    private double endTemperature = 0.01;
    private double averageRemoved = 10;
    private int maxStringLength = 10;
    private double blinkRate = 0.01;
    private int maxRemoved = 20;
    private int neighbourCount = 60;
    private long seed = 0;

    /** Set from the solver configuration's custom properties: "strings" or "radial". */
    public void setRuin(String ruin) {
        this.ruin = ruin;
    }

    /** "blink" (greedy with blinks) or "regret" (regret-2). */
    public void setRecreate(String recreate) {
        this.recreate = recreate;
    }

    /** Stop after this many iterations without a new best; 0 never stops early. */
    public void setUnimprovedIterations(int unimprovedIterations) {
        this.unimprovedIterations = unimprovedIterations;
    }

    /** The iterations the cooling spans, and the most this phase makes; 0 when the time limit sets the pace. */
    public void setIterationLimit(int iterationLimit) {
        this.iterationLimit = iterationLimit;
    }

    /** The whole solver's time limit; the phase spends {@code timeShare} of it. Set by {@code PlanSolverConfig}. */
    public void setSolverTimeLimitMillis(long solverTimeLimitMillis) {
        this.solverTimeLimitMillis = solverTimeLimitMillis;
    }

    public void setTimeShare(double timeShare) {
        this.timeShare = timeShare;
    }

    public void setStartTemperature(double startTemperature) {
        this.startTemperature = startTemperature;
    }

    public void setEndTemperature(double endTemperature) {
        this.endTemperature = endTemperature;
    }

    public void setAverageRemoved(double averageRemoved) {
        this.averageRemoved = averageRemoved;
    }

    public void setMaxStringLength(int maxStringLength) {
        this.maxStringLength = maxStringLength;
    }

    public void setBlinkRate(double blinkRate) {
        this.blinkRate = blinkRate;
    }

    /** The most tasks the radial ruin removes. */
    public void setMaxRemoved(int maxRemoved) {
        this.maxRemoved = maxRemoved;
    }

    public void setSeed(long seed) {
        this.seed = seed;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<SanitationPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        long started = System.nanoTime();
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
        TravelTimes travel = routes.get(0).route().getCrew().travel();
        Map<Task, Task[]> neighbours = nearestTasks(movable, travel, neighbourCount);
        StringRemoval strings = new StringRemoval(averageRemoved, maxStringLength, 0.5, 0.01);
        BlinkInsertion blinks = new BlinkInsertion(blinkRate);
        Random random = new Random(seed);

        double current = total(routes);
        double initialCost = current;
        double best = current;
        List<List<Task>> bestTasks = snapshot(routes);
        double temperatureScale = money(routes) / movable.size();
        Schedule schedule = schedule(started);
        int sinceBest = 0;
        long iterations = 0;
        double progress = 0;
        while (progress < 1
                && (unimprovedIterations <= 0 || sinceBest < unimprovedIterations)
                && !isPhaseTerminated.getAsBoolean()) {
            sinceBest++;
            iterations++;
            List<List<Task>> before = snapshot(routes);
            List<Task> open = "radial".equals(ruin)
                    ? radialRuin(routes, movable, neighbours, random)
                    : strings.ruin(routes, movable, neighbours, task -> true, random);
            List<Task> left = "regret".equals(recreate)
                    ? RegretInsertion.insert(open, routes, () -> false, (r, p, t) -> {})
                    : blinks.insert(
                            open,
                            task -> routes,
                            task -> task.getProblem().volumeM3()
                                    + task.getProblem().lengthMetres(),
                            task -> depotDistance(task, routes.get(0), travel),
                            random);
            double candidate = total(routes);
            double temperature = temperatureScale * schedule.temperature(progress);
            if (left.isEmpty()
                    && (candidate < current || candidate < current - temperature * Math.log(random.nextDouble()))) {
                current = candidate;
                if (candidate < best - 1e-9) {
                    best = candidate;
                    bestTasks = snapshot(routes);
                    sinceBest = 0;
                }
            } else {
                restore(routes, before);
            }
            progress = schedule.progress(iterations);
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

    private Schedule schedule(long startedNanos) {
        long budgetNanos = solverTimeLimitMillis > 0 ? Math.round(solverTimeLimitMillis * timeShare * 1e6) : 0;
        int iterations = iterationLimit > 0 ? iterationLimit : (budgetNanos > 0 ? 0 : DEFAULT_ITERATIONS);
        return new Schedule(startedNanos, budgetNanos, iterations, startTemperature, endTemperature);
    }

    /** How far the phase is through its budget, and the annealing temperature there. */
    record Schedule(
            long startedNanos, long budgetNanos, int iterations, double startTemperature, double endTemperature) {

        double progress(long iterationsDone) {
            double byTime = budgetNanos > 0 ? (System.nanoTime() - startedNanos) / (double) budgetNanos : 0;
            double byIterations = iterations > 0 ? iterationsDone / (double) iterations : 0;
            return Math.max(byTime, byIterations);
        }

        /** Falls geometrically from the start to the end temperature as progress goes from 0 to 1. */
        double temperature(double progress) {
            return startTemperature * Math.pow(endTemperature / startTemperature, Math.min(1, progress));
        }
    }

    private List<Task> radialRuin(
            List<RouteTrials> routes, List<Task> movable, Map<Task, Task[]> neighbours, Random random) {
        Task seedTask = movable.get(random.nextInt(movable.size()));
        int count = 2 + random.nextInt(Math.max(1, Math.min(maxRemoved, movable.size() / 4) - 1));
        Set<Task> removed = new LinkedHashSet<>();
        removed.add(seedTask);
        for (Task near : neighbours.get(seedTask)) {
            if (removed.size() >= count) {
                break;
            }
            removed.add(near);
        }
        for (RouteTrials route : routes) {
            if (route.tasks().stream().anyMatch(removed::contains)) {
                List<Task> kept = new ArrayList<>(route.tasks());
                kept.removeIf(removed::contains);
                route.replaceTasks(kept);
            }
        }
        List<Task> open = new ArrayList<>(removed);
        Collections.shuffle(open, random);
        return open;
    }

    private static double depotDistance(Task task, RouteTrials route, TravelTimes travel) {
        return travel.metres(
                route.route().getCrew().depotLocation(), task.getProblem().startLocation());
    }

    /** For each task, up to {@code count} others by increasing driving distance from where it ends to their start. */
    static Map<Task, Task[]> nearestTasks(List<Task> tasks, TravelTimes travel, int count) {
        Map<Task, Task[]> nearest = new IdentityHashMap<>();
        int n = tasks.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            int from = tasks.get(i).getProblem().endLocation();
            for (int j = 0; j < n; j++) {
                long metres = j == i
                        ? Long.MAX_VALUE >> 24
                        : travel.metres(from, tasks.get(j).getProblem().startLocation());
                keys[j] = (Math.min(metres, (1L << 39) - 1) << 24) | j;
            }
            Arrays.sort(keys);
            int size = Math.min(count, n - 1);
            Task[] row = new Task[size];
            for (int k = 0; k < size; k++) {
                row[k] = tasks.get((int) (keys[k] & ((1 << 24) - 1)));
            }
            nearest.put(tasks.get(i), row);
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

    private static double money(List<RouteTrials> routes) {
        double total = 0;
        for (RouteTrials route : routes) {
            total += route.money();
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
