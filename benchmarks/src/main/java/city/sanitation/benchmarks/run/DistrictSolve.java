package city.sanitation.benchmarks.run;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import city.sanitation.benchmarks.evaluate.DistrictEvaluation;
import city.sanitation.benchmarks.evaluate.DistrictEvaluator;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.PlanningService;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.construction.GreedyConstruction;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReporter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Solves one district with the product's solver as {@link PlanningService#solve} does (the greedy construction, then
 * Timefold with the shipped configuration, one thread), timing the steps that service does in one call: the first
 * plan's score is taken right after the construction, every later one from Timefold's best-solution events.
 */
final class DistrictSolve {

    private DistrictSolve() {}

    static DistrictResult run(String name, LoadedDataset loaded, double loadSeconds, Duration limit, long seed) {
        return run(name, loaded, loadSeconds, limit, seed, GreedyConstruction::construct);
    }

    /** The same, with the first plan made by {@code firstPlan} (the parts' routes restored, say) not the greedy one. */
    static DistrictResult run(
            String name,
            LoadedDataset loaded,
            double loadSeconds,
            Duration limit,
            long seed,
            Consumer<SanitationPlan> firstPlan) {
        return run(name, loaded, loadSeconds, limit, seed, firstPlan, (problem, solved) -> {});
    }

    /** The same, handing the problem and the solved plan to {@code solvedPlan} (a repair that goes on from them). */
    static DistrictResult run(
            String name,
            LoadedDataset loaded,
            double loadSeconds,
            Duration limit,
            long seed,
            Consumer<SanitationPlan> firstPlan,
            BiConsumer<SanitationProblem, SanitationPlan> solvedPlan) {
        long buildStart = System.nanoTime();
        SanitationProblem problem = new ProblemBuilder().build(loaded);
        double matrixSeconds = secondsSince(buildStart);
        SanitationPlan plan = problem.plan();
        List<Task> problemTasks = List.copyOf(plan.getTasks());

        PlanSolverConfig config = new PlanSolverConfig(limit, seed, EnvironmentMode.REPRODUCIBLE, 0);
        SolverFactory<SanitationPlan> factory = plan.getTasks().size() > PlanningService.INSERTION_TASK_LIMIT
                ? config.solverFactoryWithoutInsertion()
                : config.solverFactory();
        SolutionManager<SanitationPlan, HardMediumSoftLongScore> scorer = SolutionManager.create(factory);
        Solver<SanitationPlan> solver = factory.buildSolver();
        List<ScorePoint> curve = Collections.synchronizedList(new ArrayList<>());
        List<PhaseTime> phases = Collections.synchronizedList(new ArrayList<>());
        if (solver instanceof DefaultSolver<SanitationPlan> timefold) {
            // Timefold's own per-phase counts (internal API): the solver-wide speed would divide the local search's
            // moves by the custom phases' time as well.
            timefold.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
                @Override
                public void phaseEnded(AbstractPhaseScope<SanitationPlan> phaseScope) {
                    // Timefold sets the phase's end only after its listeners: measure up to now.
                    long millis = phaseScope.calculatePhaseTimeMillisSpentUpToNow();
                    long moves = phaseScope.getPhaseMoveEvaluationCount();
                    phases.add(new PhaseTime(
                            phaseScope.getClass().getSimpleName().replace("PhaseScope", ""),
                            millis / 1000.0,
                            moves,
                            moves * 1000 / Math.max(1, millis)));
                }
            });
        }

        long start = System.nanoTime();
        firstPlan.accept(plan);
        double constructed = secondsSince(start);
        // Scoring the first plan is measuring, not solving: later points are shifted by its cost, which is small.
        curve.add(point(constructed, scorer.update(plan), plan, "construction"));
        solver.addEventListener(event -> curve.add(point(
                secondsSince(start),
                (HardMediumSoftLongScore) event.getNewBestScore(),
                event.getNewBestSolution(),
                "solver")));
        SanitationPlan solved = solver.solve(plan);
        double spent = secondsSince(start);
        solvedPlan.accept(problem, solved);

        DistrictEvaluation evaluation = DistrictEvaluator.evaluate(loaded, problemTasks, solved);
        PlanReport report = new PlanReporter(scorer).reportWithoutReasons(problem, solved);
        HardMediumSoftLongScore score = solved.getScore();
        double firstFeasible = curve.stream()
                .filter(ScorePoint::feasible)
                .mapToDouble(ScorePoint::seconds)
                .findFirst()
                .orElse(Double.NaN);
        return new DistrictResult(
                name,
                problemTasks.size(),
                plan.getRoutes().size(),
                loadSeconds,
                matrixSeconds,
                firstFeasible,
                spent,
                score.toString(),
                score.hardScore() == 0,
                List.copyOf(phases),
                List.copyOf(curve),
                evaluation,
                report);
    }

    private static ScorePoint point(double seconds, HardMediumSoftLongScore score, SanitationPlan plan, String source) {
        int unassigned = 0;
        for (Task task : plan.getTasks()) {
            unassigned += task.isAssigned() ? 0 : 1;
        }
        return new ScorePoint(seconds, score.hardScore(), score.mediumScore(), score.softScore(), unassigned, source);
    }

    private static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }
}
