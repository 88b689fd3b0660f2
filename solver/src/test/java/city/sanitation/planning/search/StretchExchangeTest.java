package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StretchExchangeTest {

    /** Where {@code stretch} runs in {@code tasks}, in its order or reversed; -1 when it does not run whole. */
    private static int startEitherWay(List<Task> tasks, List<Task> stretch) {
        int at = Collections.indexOfSubList(tasks, stretch);
        if (at >= 0) {
            return at;
        }
        List<Task> reversed = new ArrayList<>(stretch);
        Collections.reverse(reversed);
        return Collections.indexOfSubList(tasks, reversed);
    }

    @Test
    void swapsAStretchOfOneRouteForAStretchOfTheOtherEachWholeAndFeasible() {
        int exchanges = 0;
        for (long seed = 0; seed < 16; seed++) {
            TwoWashers washers = TwoWashers.of(seed, 14, 10);
            List<RouteTrials> routes = washers.routes();
            Map<Task, Task[]> neighbours = washers.neighbours();
            List<List<Task>> before = TwoWashers.tasksOf(routes);

            StretchExchange.Exchanged swapped =
                    new StretchExchange(6).exchange(routes, neighbours, task -> true, new Random(seed));
            if (swapped == null) {
                assertThat(TwoWashers.tasksOf(routes))
                        .as("seed %d: nothing changed", seed)
                        .isEqualTo(before);
                continue;
            }
            exchanges++;
            assertThat(swapped.first()).isNotEqualTo(swapped.second());
            assertThat(swapped.toSecond()).hasSizeBetween(2, 6);
            assertThat(swapped.toFirst()).hasSizeBetween(1, 6);
            assertThat(startEitherWay(before.get(swapped.first()), swapped.toSecond()))
                    .as("seed %d: the first stretch ran whole in the first route", seed)
                    .isNotNegative();
            assertThat(startEitherWay(before.get(swapped.second()), swapped.toFirst()))
                    .as("seed %d: the second stretch ran whole in the second route", seed)
                    .isNotNegative();
            assertThat(startEitherWay(routes.get(swapped.second()).tasks(), swapped.toSecond()))
                    .as("seed %d: the first stretch runs whole in the second route", seed)
                    .isNotNegative();
            assertThat(startEitherWay(routes.get(swapped.first()).tasks(), swapped.toFirst()))
                    .as("seed %d: the second stretch runs whole in the first route", seed)
                    .isNotNegative();
            assertThat(routes.get(swapped.first()).tasks()).doesNotContainAnyElementsOf(swapped.toSecond());
            assertThat(routes.get(swapped.second()).tasks()).doesNotContainAnyElementsOf(swapped.toFirst());
            List<Task> all = new ArrayList<>();
            routes.forEach(route -> all.addAll(route.tasks()));
            List<Task> allBefore = new ArrayList<>();
            before.forEach(allBefore::addAll);
            assertThat(all).containsExactlyInAnyOrderElementsOf(allBefore);
            assertThat(routes).allMatch(RouteTrials::isFeasible);
            assertThat(washers.score().hardScore()).isZero();

            // The second stretch went to the cheapest feasible place of the first route beside a task near its ends.
            RouteTrials first = routes.get(swapped.first());
            List<Task> after = List.copyOf(first.tasks());
            double chosen = first.cost();
            int at = startEitherWay(after, swapped.toFirst());
            List<Task> block = after.subList(at, at + swapped.toFirst().size());
            List<Task> reversed = new ArrayList<>(block);
            Collections.reverse(reversed);
            List<Task> rest = new ArrayList<>(after);
            rest.subList(at, at + block.size()).clear();
            List<Task> nearEnds = new ArrayList<>();
            for (Task end : List.of(block.get(0), block.get(block.size() - 1))) {
                nearEnds.addAll(List.of(neighbours.get(end)).subList(0, StretchRelocation.NEAR_ENDS));
            }
            for (int p = 0; p <= rest.size(); p++) {
                boolean beside = (p > 0 && nearEnds.contains(rest.get(p - 1)))
                        || (p < rest.size() && nearEnds.contains(rest.get(p)));
                if (!beside) {
                    continue;
                }
                for (List<Task> way : List.of(block, reversed)) {
                    List<Task> trial = new ArrayList<>(rest);
                    trial.addAll(p, way);
                    first.replaceTasks(trial);
                    if (first.isFeasible()) {
                        assertThat(first.cost())
                                .as("seed %d: place %d", seed, p)
                                .isGreaterThanOrEqualTo(chosen - 1e-6);
                    }
                }
            }
            first.replaceTasks(after);
        }
        assertThat(exchanges).as("exchanges in 16 draws").isGreaterThan(4);
    }

    @Test
    void leavesPinnedTasksAndTasksThatMayNotMoveWhereTheyAre() {
        for (long seed = 0; seed < 16; seed++) {
            TwoWashers washers = TwoWashers.of(seed, 14, 10);
            List<RouteTrials> routes = washers.routes();
            routes.get(0).route().setPinnedCount(8);
            List<Task> pinned = List.copyOf(routes.get(0).tasks().subList(0, 8));
            Task fixed = routes.get(1).tasks().get(3);
            List<List<Task>> before = TwoWashers.tasksOf(routes);

            StretchExchange.Exchanged swapped = new StretchExchange(6)
                    .exchange(routes, washers.neighbours(), task -> task != fixed, new Random(seed));

            assertThat(routes.get(0).tasks().subList(0, 8)).isEqualTo(pinned);
            assertThat(routes.get(1).tasks()).contains(fixed);
            if (swapped == null) {
                assertThat(TwoWashers.tasksOf(routes)).isEqualTo(before);
            } else {
                assertThat(swapped.both()).doesNotContainAnyElementsOf(pinned).doesNotContain(fixed);
            }
        }
    }

    @Test
    void refusesAStretchShorterThanTwo() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new StretchExchange(1))
                .withMessageContaining("longest stretch (1)")
                .withMessageContaining("Maybe");
    }
}
