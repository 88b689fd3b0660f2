package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StretchRelocationTest {

    private static double total(List<RouteTrials> routes) {
        return routes.stream().mapToDouble(RouteTrials::cost).sum();
    }

    @Test
    void movesAStretchWholeToTheCheapestFeasiblePlaceBesideATaskNearItsEnds() {
        int moves = 0;
        for (long seed = 0; seed < 12; seed++) {
            TwoWashers washers = TwoWashers.of(3, 14, 10);
            List<RouteTrials> routes = washers.routes();
            Map<Task, Task[]> neighbours = washers.neighbours();
            List<List<Task>> before = TwoWashers.tasksOf(routes);

            StretchRelocation.Moved moved =
                    new StretchRelocation(6).move(routes, neighbours, task -> true, new Random(seed));
            if (moved == null) {
                assertThat(TwoWashers.tasksOf(routes)).isEqualTo(before);
                continue;
            }
            moves++;
            List<Task> stretch = moved.stretch();
            assertThat(stretch).hasSizeBetween(2, 6);
            List<Task> taker = routes.get(moved.taker()).tasks();
            int at = Collections.indexOfSubList(taker, stretch);
            assertThat(at)
                    .as("seed %d: the stretch runs whole in the route that took it", seed)
                    .isNotNegative();
            List<Task> original = new ArrayList<>(stretch);
            if (Collections.indexOfSubList(before.get(moved.donor()), original) < 0) {
                Collections.reverse(original);
            }
            int start = Collections.indexOfSubList(before.get(moved.donor()), original);
            assertThat(start)
                    .as("seed %d: it was consecutive where it came from, in this order or the other", seed)
                    .isNotNegative();
            List<Task> all = new ArrayList<>();
            routes.forEach(route -> all.addAll(route.tasks()));
            List<Task> allBefore = new ArrayList<>();
            before.forEach(allBefore::addAll);
            assertThat(all).containsExactlyInAnyOrderElementsOf(allBefore);
            assertThat(routes).allMatch(RouteTrials::isFeasible);
            assertThat(washers.score().hardScore()).isZero();

            // No other place beside a task near its ends, either way round, costs less.
            double chosen = total(routes);
            List<List<Task>> after = TwoWashers.tasksOf(routes);
            List<Task> rest = new ArrayList<>(after.get(moved.taker()));
            rest.subList(at, at + stretch.size()).clear();
            List<List<Task>> without = new ArrayList<>(after);
            without.set(moved.taker(), rest);
            List<Task> nearEnds = new ArrayList<>();
            for (Task end : List.of(stretch.get(0), stretch.get(stretch.size() - 1))) {
                nearEnds.addAll(List.of(neighbours.get(end)).subList(0, StretchRelocation.NEAR_ENDS));
            }
            List<Task> reversed = new ArrayList<>(stretch);
            Collections.reverse(reversed);
            for (int r = 0; r < routes.size(); r++) {
                List<Task> tasks = without.get(r);
                for (int p = 0; p <= tasks.size(); p++) {
                    boolean beside = (p > 0 && nearEnds.contains(tasks.get(p - 1)))
                            || (p < tasks.size() && nearEnds.contains(tasks.get(p)));
                    if (!beside) {
                        continue;
                    }
                    for (List<Task> block : List.of(stretch, reversed)) {
                        if (r == moved.donor() && p == start && block.equals(original)) {
                            continue; // where it was
                        }
                        for (int q = 0; q < routes.size(); q++) {
                            routes.get(q).replaceTasks(without.get(q));
                        }
                        List<Task> trial = new ArrayList<>(tasks);
                        trial.addAll(p, block);
                        routes.get(r).replaceTasks(trial);
                        if (routes.get(r).isFeasible()
                                && routes.get(moved.donor()).isFeasible()) {
                            assertThat(total(routes))
                                    .as("seed %d: route %d place %d", seed, r, p)
                                    .isGreaterThanOrEqualTo(chosen - 1e-6);
                        }
                    }
                }
            }
        }
        assertThat(moves).as("stretches moved in 12 draws").isGreaterThan(6);
    }

    @Test
    void leavesPinnedTasksAndTasksThatMayNotMoveWhereTheyAre() {
        for (long seed = 0; seed < 12; seed++) {
            TwoWashers washers = TwoWashers.of(3, 14, 10);
            List<RouteTrials> routes = washers.routes();
            routes.get(0).route().setPinnedCount(8);
            List<Task> pinned = List.copyOf(routes.get(0).tasks().subList(0, 8));
            Task fixed = routes.get(1).tasks().get(3);
            List<List<Task>> before = TwoWashers.tasksOf(routes);

            StretchRelocation.Moved moved = new StretchRelocation(6)
                    .move(routes, washers.neighbours(), task -> task != fixed, new Random(seed));

            assertThat(routes.get(0).tasks().subList(0, 8)).isEqualTo(pinned);
            assertThat(routes.get(1).tasks()).contains(fixed);
            if (moved == null) {
                assertThat(TwoWashers.tasksOf(routes)).isEqualTo(before);
            } else {
                assertThat(moved.stretch()).doesNotContainAnyElementsOf(pinned).doesNotContain(fixed);
            }
        }
    }
}
