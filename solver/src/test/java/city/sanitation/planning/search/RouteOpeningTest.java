package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.RandomPlans;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.score.PlanCosts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RouteOpeningTest {

    @Test
    void movesAStretchOfTheLongRouteInItsOrderToTheIdleVehicleKeepingEveryRule() {
        TwoWashers washers = TwoWashers.of(5, 20, 0);
        List<RouteTrials> routes = washers.routes();
        List<Task> before = List.copyOf(routes.get(0).tasks());
        assertThat(before).hasSize(20);
        assertThat(washers.score().hardScore()).isZero();

        RouteOpening.Opened opened = RouteOpening.open(routes, task -> true, new Random(1));

        assertThat(opened.donor()).isZero();
        assertThat(opened.opened()).isEqualTo(1);
        assertThat(opened.stretch()).hasSizeBetween(6, 12);
        assertThat(routes.get(1).tasks()).isEqualTo(opened.stretch());
        int start = Collections.indexOfSubList(before, opened.stretch());
        assertThat(start).as("the stretch is consecutive in the route it left").isNotNegative();
        List<Task> kept = new ArrayList<>(before);
        kept.subList(start, start + opened.stretch().size()).clear();
        assertThat(routes.get(0).tasks()).isEqualTo(kept);
        assertThat(routes).allMatch(RouteTrials::isFeasible);
        assertThat(washers.score().hardScore()).isZero();
    }

    @Test
    void neverMovesPinnedTasks() {
        for (long seed = 0; seed < 20; seed++) {
            TwoWashers washers = TwoWashers.of(5, 18, 0);
            List<RouteTrials> routes = washers.routes();
            routes.get(0).route().setPinnedCount(6);
            List<Task> pinned = List.copyOf(routes.get(0).tasks().subList(0, 6));

            RouteOpening.Opened opened = RouteOpening.open(routes, task -> true, new Random(seed));

            assertThat(opened).isNotNull();
            assertThat(routes.get(0).tasks().subList(0, 6)).isEqualTo(pinned);
            assertThat(opened.stretch()).doesNotContainAnyElementsOf(pinned).hasSizeBetween(4, 8);
        }
    }

    @Test
    void leavesThePlanAloneWithoutAnIdleVehicle() {
        TwoWashers washers = TwoWashers.of(5, 12, 8);
        List<List<Task>> before = tasksOf(washers.routes());

        assertThat(RouteOpening.open(washers.routes(), task -> true, new Random(3)))
                .isNull();
        assertThat(tasksOf(washers.routes())).isEqualTo(before);
    }

    @Test
    void leavesThePlanAloneWhenNoRouteIsLongEnoughToShare() {
        TwoWashers washers = TwoWashers.of(5, RouteOpening.SHORTEST_DONOR - 1, 0);
        List<List<Task>> before = tasksOf(washers.routes());

        assertThat(RouteOpening.open(washers.routes(), task -> true, new Random(4)))
                .isNull();
        assertThat(tasksOf(washers.routes())).isEqualTo(before);
    }

    @Test
    void leavesThePlanAloneWhenTheStretchHoldsWorkThatMustStay() {
        TwoWashers washers = TwoWashers.of(5, 20, 0);
        List<List<Task>> before = tasksOf(washers.routes());

        assertThat(RouteOpening.open(washers.routes(), task -> false, new Random(5)))
                .isNull();
        assertThat(tasksOf(washers.routes())).isEqualTo(before);
    }

    @Test
    void neverGivesAVehicleWorkItLacksTheSkillsFor() {
        int opened = 0;
        for (long seed = 0; seed < 30; seed++) {
            SanitationPlan plan = RandomPlans.mixed(7, 0, 12, 0);
            List<RouteTrials> trucks = new ArrayList<>();
            for (Route route : plan.getRoutes()) {
                if (route.getId().startsWith("truck")) {
                    trucks.add(new RouteTrials(route, PlanCosts.DEFAULT));
                }
            }
            // the loader truck does every report; the other, without a loader, stands idle
            RegretInsertion.insert(
                    new ArrayList<>(plan.getTasks()),
                    trucks,
                    task -> new boolean[] {true, false},
                    RouteTrials::cheapestInsertion,
                    () -> false,
                    (route, position, task) -> {});
            assertThat(trucks.get(0).tasks())
                    .hasSizeGreaterThanOrEqualTo(RouteOpening.SHORTEST_DONOR)
                    .anyMatch(task -> task.requiredSkills().contains("loader"));

            RouteOpening.Opened move = RouteOpening.open(trucks, task -> true, new Random(seed));

            if (move != null) {
                opened++;
                assertThat(move.stretch())
                        .noneMatch(task -> task.requiredSkills().contains("loader"));
                assertThat(trucks.get(1).tasks()).isEqualTo(move.stretch());
            } else {
                assertThat(trucks.get(1).tasks()).isEmpty();
            }
        }
        assertThat(opened).as("stretches without a loader's work do move").isPositive();
    }

    private static List<List<Task>> tasksOf(List<RouteTrials> routes) {
        return routes.stream().map(route -> List.copyOf(route.tasks())).toList();
    }
}
