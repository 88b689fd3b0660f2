package city.sanitation.planning.search;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.RandomPlans;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.score.PlanCosts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A random plan's two alike washers, the first given {@code firstCount} street passes and the second the rest, each by
 * regret insertion on its own, so that both start feasible: the fixture of the ruins that move whole routes' work.
 */
record TwoWashers(SanitationPlan plan, List<RouteTrials> routes) {

    private static final SolutionManager<SanitationPlan, HardMediumSoftLongScore> SCORES =
            SolutionManager.create(PlanSolverConfig.ofSeconds(1).solverFactoryForAnalysis());

    static TwoWashers of(long seed, int firstCount, int secondCount) {
        SanitationPlan plan = RandomPlans.mixed(seed, firstCount + secondCount, 0, 0);
        List<RouteTrials> routes = new ArrayList<>();
        for (Route route : plan.getRoutes()) {
            if (route.getId().startsWith("washer")) {
                routes.add(new RouteTrials(route, PlanCosts.DEFAULT));
            }
        }
        List<Task> passes = plan.getTasks();
        insertInto(0, passes.subList(0, firstCount), routes);
        insertInto(1, passes.subList(firstCount, passes.size()), routes);
        return new TwoWashers(plan, routes);
    }

    private static void insertInto(int route, List<Task> passes, List<RouteTrials> routes) {
        RegretInsertion.insert(
                new ArrayList<>(passes),
                routes,
                task -> new boolean[] {route == 0, route == 1},
                RouteTrials::cheapestInsertion,
                () -> false,
                (trials, position, task) -> {});
    }

    /** Each placed task's 20 nearest placed tasks. */
    Map<Task, Task[]> neighbours() {
        List<Task> tasks = new ArrayList<>();
        routes.forEach(route -> tasks.addAll(route.tasks()));
        return RuinRecreatePhase.nearestTasks(
                tasks, routes.get(0).route().getCrew().travel(), 20);
    }

    /** The routes' tasks as they are now. */
    static List<List<Task>> tasksOf(List<RouteTrials> routes) {
        return routes.stream().map(route -> List.copyOf(route.tasks())).toList();
    }

    /** The plan's score with the washers' routes as they are now. */
    HardMediumSoftLongScore score() {
        for (RouteTrials trials : routes) {
            trials.route().setTasks(new ArrayList<>(trials.tasks()));
        }
        return SCORES.update(plan);
    }
}
