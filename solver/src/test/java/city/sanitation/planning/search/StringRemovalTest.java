package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.RandomPlans;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.score.PlanCosts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class StringRemovalTest {

    /** Thirty street passes dealt to the two washers in turn, the first two of each route pinned. */
    private static List<RouteTrials> washerRoutes() {
        SanitationPlan plan = RandomPlans.mixed(11, 30, 0, 0);
        List<Route> washers = plan.getRoutes().stream()
                .filter(route -> route.getId().startsWith("washer"))
                .toList();
        for (int i = 0; i < plan.getTasks().size(); i++) {
            washers.get(i % washers.size()).getTasks().add(plan.getTasks().get(i));
        }
        List<RouteTrials> routes = new ArrayList<>();
        for (Route route : washers) {
            route.setPinnedCount(2);
            routes.add(new RouteTrials(route, PlanCosts.DEFAULT));
        }
        return routes;
    }

    private static List<Task> movable(List<RouteTrials> routes) {
        List<Task> movable = new ArrayList<>();
        for (RouteTrials route : routes) {
            movable.addAll(route.tasks()
                    .subList(route.route().getPinnedCount(), route.tasks().size()));
        }
        return movable;
    }

    private static Map<Task, Task[]> neighbours(List<RouteTrials> routes) {
        return RuinRecreatePhase.nearestTasks(movable(routes), RandomPlans.GRID, 10);
    }

    @Test
    void removesWholeStringsOfMovableTasksAndKeepsTheRestInOrder() {
        StringRemoval removal = new StringRemoval(6, 5, 0, 0.01);
        for (int attempt = 0; attempt < 50; attempt++) {
            List<RouteTrials> routes = washerRoutes();
            List<List<Task>> before =
                    routes.stream().map(route -> List.copyOf(route.tasks())).toList();

            List<Task> removed =
                    removal.ruin(routes, movable(routes), neighbours(routes), task -> true, new Random(attempt));

            assertThat(removed).isNotEmpty().doesNotHaveDuplicates();
            for (int r = 0; r < routes.size(); r++) {
                List<Task> original = before.get(r);
                List<Task> expected = new ArrayList<>(original);
                expected.removeAll(removed);
                assertThat(routes.get(r).tasks()).containsExactlyElementsOf(expected);
                assertThat(routes.get(r).tasks().subList(0, 2)).isEqualTo(original.subList(0, 2));
                // Without split strings, what leaves one route is one run of consecutive tasks.
                List<Integer> positions = removed.stream()
                        .filter(original::contains)
                        .map(original::indexOf)
                        .sorted()
                        .toList();
                if (!positions.isEmpty()) {
                    assertThat(positions.get(positions.size() - 1) - positions.get(0))
                            .isEqualTo(positions.size() - 1);
                }
            }
        }
    }

    @Test
    void splitStringsKeepARunInPlaceAndNeverTakeWhatMayNotBeRemoved() {
        StringRemoval removal = new StringRemoval(10, 8, 1, 0.5);
        Set<String> protectedIds = Set.of("pass-4", "pass-7", "pass-10");
        Predicate<Task> removable = task -> !protectedIds.contains(task.getId());
        for (int attempt = 0; attempt < 50; attempt++) {
            List<RouteTrials> routes = washerRoutes();
            int before = routes.stream().mapToInt(route -> route.tasks().size()).sum();

            List<Task> removed = removal.ruin(
                    routes,
                    movable(routes).stream().filter(removable).toList(),
                    neighbours(routes),
                    removable,
                    new Random(attempt));

            assertThat(removed).allMatch(removable);
            int after = routes.stream().mapToInt(route -> route.tasks().size()).sum();
            assertThat(after).isEqualTo(before - removed.size());
            for (RouteTrials route : routes) {
                assertThat(route.tasks()).doesNotContainAnyElementsOf(removed);
            }
        }
    }

    /** The thirty passes in one route, as a truck that refills and goes on drives them, nothing pinned. */
    private static List<RouteTrials> oneLongRoute() {
        List<RouteTrials> routes = washerRoutes();
        List<Task> all = movable(routes);
        routes.get(0).route().setPinnedCount(0);
        routes.get(0).replaceTasks(all);
        routes.get(1).route().setPinnedCount(0);
        routes.get(1).replaceTasks(List.of());
        return routes;
    }

    /** The runs of consecutive positions that {@code removed} took out of {@code original}. */
    private static int runs(List<Task> original, List<Task> removed) {
        List<Integer> positions =
                removed.stream().map(original::indexOf).sorted().toList();
        int runs = positions.isEmpty() ? 0 : 1;
        for (int i = 1; i < positions.size(); i++) {
            if (positions.get(i) != positions.get(i - 1) + 1) {
                runs++;
            }
        }
        return runs;
    }

    @Test
    void aLongRouteGivesOneStringPerBlockWhereItPassesTheSeedAgain() {
        int mostRunsByRoute = 0;
        int mostRunsByBlock = 0;
        for (int attempt = 0; attempt < 50; attempt++) {
            List<RouteTrials> byRoute = oneLongRoute();
            List<Task> original = List.copyOf(byRoute.get(0).tasks());
            List<Task> removedByRoute = new StringRemoval(20, 3, 0, 0.01)
                    .ruin(byRoute, original, neighbours(byRoute), task -> true, new Random(attempt));
            mostRunsByRoute = Math.max(mostRunsByRoute, runs(original, removedByRoute));

            List<RouteTrials> byBlock = oneLongRoute();
            List<Task> blockOriginal = List.copyOf(byBlock.get(0).tasks());
            List<Task> removedByBlock = new StringRemoval(20, 3, 0, 0.01, 5)
                    .ruin(byBlock, blockOriginal, neighbours(byBlock), task -> true, new Random(attempt));
            mostRunsByBlock = Math.max(mostRunsByBlock, runs(blockOriginal, removedByBlock));
            assertThat(removedByBlock).doesNotHaveDuplicates();
            List<Task> expected = new ArrayList<>(blockOriginal);
            expected.removeAll(removedByBlock);
            assertThat(byBlock.get(0).tasks()).containsExactlyElementsOf(expected);
        }
        assertThat(mostRunsByRoute).isEqualTo(1);
        assertThat(mostRunsByBlock).isGreaterThan(1);
    }

    @Test
    void windowAlwaysCoversThePositionAndStaysInTheRoute() {
        Random random = new Random(3);
        for (int length = 1; length < 12; length++) {
            for (int span = 1; span <= length; span++) {
                for (int position = 0; position < length; position++) {
                    int start = StringRemoval.windowStart(position, span, length, random);
                    assertThat(start).isBetween(0, length - span);
                    assertThat(position).isBetween(start, start + span - 1);
                }
            }
        }
    }
}
