package city.sanitation.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.construction.GreedyConstruction;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReporter;
import java.util.function.Consumer;

/** Solves a built problem and reports the result: what the {@code solve} command and the app both do. */
public final class PlanningService {

    /**
     * Above this many tasks the first plan comes from the greedy construction alone: Timefold's insertion heuristic
     * tries every position for each left-over task, which takes minutes on a district of thousands of tasks.
     */
    public static final int INSERTION_TASK_LIMIT = 500;

    private final PlanSolverConfig config;
    private final SolverFactory<SanitationPlan> solverFactory;
    private final SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager;

    public PlanningService(PlanSolverConfig config) {
        this.config = config;
        this.solverFactory = config.solverFactory();
        this.solutionManager = SolutionManager.create(config.solverFactoryForAnalysis());
    }

    public SanitationPlan solve(
            SanitationProblem problem, Consumer<BestSolutionChangedEvent<SanitationPlan>> progress) {
        GreedyConstruction.construct(problem.plan());
        Solver<SanitationPlan> solver = problem.plan().getTasks().size() > INSERTION_TASK_LIMIT
                ? config.solverFactoryWithoutInsertion().buildSolver()
                : solverFactory.buildSolver();
        solver.addEventListener(progress::accept);
        return solver.solve(problem.plan());
    }

    public PlanReport report(SanitationProblem problem, SanitationPlan solved) {
        return new PlanReporter(solutionManager).report(problem, solved);
    }

    public SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager() {
        return solutionManager;
    }
}
