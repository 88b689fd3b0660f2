package city.sanitation.benchmarks.solvers;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import city.sanitation.benchmarks.evaluate.RoutingSolution;
import city.sanitation.benchmarks.evaluate.Visit;
import city.sanitation.benchmarks.instance.CarpInstance;
import city.sanitation.benchmarks.instance.NodeInstance;
import city.sanitation.benchmarks.instance.RoutingProblem;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.domain.Detour;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Stop;
import city.sanitation.planning.domain.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The product's own solver (Timefold with the product's solver configuration) on the mapped plan. */
public final class ProductSolver implements RoutingSolver {

    private final String name;
    private final String solverConfigResource;
    private final boolean refillSplit;
    /** Whether the routes choose their passes' directions for the whole route; null keeps the routes' default. */
    private final Boolean passDirections;

    /** The product as it ships. */
    public ProductSolver() {
        this("product", PlanSolverConfig.RESOURCE);
    }

    /** Another solver configuration of the same model, for experiments. */
    public ProductSolver(String name, String solverConfigResource) {
        this(name, solverConfigResource, false, null);
    }

    private ProductSolver(String name, String solverConfigResource, boolean refillSplit, Boolean passDirections) {
        this.name = name;
        this.solverConfigResource = solverConfigResource;
        this.refillSplit = refillSplit;
        this.passDirections = passDirections;
    }

    /** The shipped configuration with the routes' refills placed where they cost least ({@code RefillSplit}). */
    public static ProductSolver withRefillSplit(String name) {
        return new ProductSolver(name, PlanSolverConfig.RESOURCE, true, null);
    }

    /**
     * The shipped configuration with the passes' directions chosen for the whole route ({@code PassDirections}) when
     * {@code chosen}, else each from where the truck stands.
     */
    public static ProductSolver withPassDirections(String name, boolean chosen) {
        return new ProductSolver(name, PlanSolverConfig.RESOURCE, false, chosen);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean supports(RoutingProblem problem) {
        return true;
    }

    public SolverConfig solverConfig(Duration limit, long seed) {
        SolverConfig config = SolverConfig.createFromXmlResource(solverConfigResource);
        config.setTerminationConfig(new TerminationConfig().withSpentLimit(limit));
        config.setEnvironmentMode(EnvironmentMode.NO_ASSERT);
        config.setRandomSeed(seed);
        PlanSolverConfig.pace(config, limit, 0);
        return config;
    }

    public static ProductPlans.MappedPlan map(RoutingProblem problem) {
        if (problem instanceof NodeInstance nodes) {
            return ProductPlans.fromNodes(nodes);
        }
        return ProductPlans.fromCarp((CarpInstance) problem);
    }

    @Override
    public SolveOutcome solve(RoutingProblem problem, Duration limit, long seed) {
        ProductPlans.MappedPlan mapped = map(problem);
        mapped.plan().getRoutes().forEach(route -> route.setRefillSplit(refillSplit));
        if (passDirections != null) {
            mapped.plan().getRoutes().forEach(route -> route.setPassDirections(passDirections));
        }
        Solver<SanitationPlan> solver =
                SolverFactory.<SanitationPlan>create(solverConfig(limit, seed)).buildSolver();
        long start = System.nanoTime();
        AtomicLong lastImprovement = new AtomicLong(start);
        solver.addEventListener(event -> lastImprovement.set(System.nanoTime()));
        SanitationPlan best = solver.solve(mapped.plan());
        long end = System.nanoTime();
        return new SolveOutcome(
                new RoutingSolution(trips(best, mapped)),
                Duration.ofNanos(lastImprovement.get() - start),
                Duration.ofNanos(end - start),
                "score " + best.getScore());
    }

    /**
     * The plan's routes as the evaluator reads them: on arc routing, where the refill place is the depot, a route is
     * cut into one trip per tank at its refills, so that the evaluator sees where the product refills rather than
     * splitting greedily itself.
     */
    static List<List<Visit>> trips(SanitationPlan plan, ProductPlans.MappedPlan mapped) {
        List<List<Visit>> routes = new ArrayList<>();
        for (Route route : plan.getRoutes()) {
            List<Visit> visits = new ArrayList<>();
            for (Task task : route.getTasks()) {
                Stop stop = task.getStop();
                if (stop != null && stop.detour() != null && stop.detour().kind() == Detour.DetourKind.REFILL) {
                    routes.add(visits);
                    visits = new ArrayList<>();
                }
                boolean reversed = stop != null && stop.reversed();
                visits.add(new Visit(mapped.taskIndexById().get(task.getId()), reversed));
            }
            routes.add(visits);
        }
        return routes;
    }
}
