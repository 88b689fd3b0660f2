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
