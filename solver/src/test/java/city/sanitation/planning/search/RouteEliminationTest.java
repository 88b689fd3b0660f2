package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Random;
import org.junit.jupiter.api.Test;

class RouteEliminationTest {

    private static final SolutionManager<SanitationPlan, HardMediumSoftLongScore> SCORES =
            SolutionManager.create(PlanSolverConfig.ofSeconds(1).solverFactoryForAnalysis());

    /** The plan's two washers, the first given {@code longCount} street passes, the second the next {@code shortCount}. */
    private record Washers(SanitationPlan plan, List<RouteTrials> routes) {}

    private static Washers washers(int longCount, int shortCount) {
        SanitationPlan plan = RandomPlans.mixed(3, longCount + shortCount, 0, 0);
        List<Route> washerRoutes = plan.getRoutes().stream()
                .filter(route -> route.getId().startsWith("washer"))
                .toList();
        List<RouteTrials> routes = new ArrayList<>();
        for (Route route : washerRoutes) {
            routes.add(new RouteTrials(route, PlanCosts.DEFAULT));
        }
        List<Task> passes = plan.getTasks();
        // each route built by regret insertion on its own, so that both start feasible
        RegretInsertion.insert(
                new ArrayList<>(passes.subList(0, longCount)),
                routes,
                task -> new boolean[] {true, false},
                RouteTrials::cheapestInsertion,
                () -> false,
                (route, position, task) -> {});
        RegretInsertion.insert(
                new ArrayList<>(passes.subList(longCount, passes.size())),
                routes,
                task -> new boolean[] {false, true},
                RouteTrials::cheapestInsertion,
                () -> false,
                (route, position, task) -> {});
        return new Washers(plan, routes);
    }

    private static HardMediumSoftLongScore scoreOf(Washers washers) {
        for (RouteTrials trials : washers.routes()) {
            trials.route().setTasks(new ArrayList<>(trials.tasks()));
        }
        return SCORES.update(washers.plan());
    }

    @Test
    void emptiesTheShortRouteAndPutsItsTasksElsewhereKeepingThePlanFeasible() {
        Washers washers = washers(20, 5);
        List<RouteTrials> routes = washers.routes();
        assertThat(routes.get(1).tasks()).hasSize(5);
        int placed = routes.get(0).tasks().size() + routes.get(1).tasks().size();
        assertThat(scoreOf(washers).hardScore()).isZero();

        RouteElimination.Emptied emptied = new RouteElimination(8).ruin(routes, task -> true, new Random(1));

        assertThat(emptied.route()).isEqualTo(1);
        assertThat(emptied.open()).hasSize(5);
        assertThat(routes.get(1).tasks()).isEmpty();

        List<Task> left = RegretInsertion.insert(
                emptied.open(),
                routes,
                emptied.elsewhere(null, routes.size()),
                RouteTrials::cheapestInsertion,
                () -> false,
                (route, position, task) -> {});

        assertThat(left).isEmpty();
        assertThat(routes.get(1).tasks()).isEmpty();
        assertThat(routes.get(0).tasks()).hasSize(placed).containsAll(emptied.open());
        assertThat(scoreOf(washers).hardScore()).isZero();
    }

    @Test
    void keepsPinnedAndUnremovableTasksInTheEmptiedRoute() {
        Washers washers = washers(12, 6);
        List<RouteTrials> routes = washers.routes();
        RouteTrials shortRoute = routes.get(1);
        shortRoute.route().setPinnedCount(1);
        Task pinned = shortRoute.tasks().get(0);
        Task kept = shortRoute.tasks().get(3);

        RouteElimination.Emptied emptied = new RouteElimination(8).ruin(routes, task -> task != kept, new Random(2));

        assertThat(emptied.route()).isEqualTo(1);
        assertThat(shortRoute.tasks()).containsExactly(pinned, kept);
        assertThat(emptied.open()).hasSize(4).doesNotContain(pinned, kept);
    }

    @Test
    void leavesThePlanAloneWhenNoOtherRouteCouldTakeTheWork() {
        Washers washers = washers(10, 0);
        List<RouteTrials> routes = washers.routes();
        List<Task> before = List.copyOf(routes.get(0).tasks());

        assertThat(new RouteElimination(2).ruin(routes, task -> true, new Random(3)))
                .isNull();
        assertThat(routes.get(0).tasks()).isEqualTo(before);
    }

    @Test
    void neverOffersTheEmptiedRouteToTheRecreate() {
        RouteElimination.Emptied emptied = new RouteElimination.Emptied(2, List.of());

        boolean[] everyOther = emptied.elsewhere(null, 4).apply(null);
        boolean[] nearOnly = emptied.elsewhere(task -> new boolean[] {true, false, true, true}, 4)
                .apply(null);

        assertThat(everyOther).containsExactly(true, true, false, true);
        assertThat(nearOnly).containsExactly(true, false, false, true);
    }
}
