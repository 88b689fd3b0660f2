package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.domain.Task;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RouteEliminationTest {

    @Test
    void emptiesTheShortRouteAndPutsItsTasksElsewhereKeepingThePlanFeasible() {
        TwoWashers washers = TwoWashers.of(3, 20, 5);
        List<RouteTrials> routes = washers.routes();
        assertThat(routes.get(1).tasks()).hasSize(5);
        int placed = routes.get(0).tasks().size() + routes.get(1).tasks().size();
        assertThat(washers.score().hardScore()).isZero();

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
        assertThat(washers.score().hardScore()).isZero();
    }

    @Test
    void keepsPinnedAndUnremovableTasksInTheEmptiedRoute() {
        TwoWashers washers = TwoWashers.of(3, 12, 6);
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
        TwoWashers washers = TwoWashers.of(3, 10, 0);
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
