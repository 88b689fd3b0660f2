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
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class RegretInsertionTest {

    /** Three alike trucks, the first with a blind spot and the two others empty, and four more blind spots to place. */
    private record Trucks(List<RouteTrials> routes, List<Task> open) {

        static Trucks make() {
            SanitationPlan plan = RandomPlans.mixed(3, 0, 5, 0);
            Route truck = plan.getRoutes().stream()
                    .filter(route -> route.getId().equals("truck-2"))
                    .findFirst()
                    .orElseThrow();
            List<RouteTrials> routes = new ArrayList<>();
            for (String id : List.of("truck-a", "truck-b", "truck-c")) {
                routes.add(new RouteTrials(new Route(id, truck.getCrew()), PlanCosts.DEFAULT));
            }
            List<Task> spots = plan.getTasks();
            routes.get(0).insert(0, spots.get(0));
            return new Trucks(routes, new ArrayList<>(spots.subList(1, spots.size())));
        }
    }

    /** Places by the given costs per task and route index (a missing cost: no feasible place), in the order taken. */
    private static List<String> placements(Trucks trucks, Map<Task, Double[]> costs) {
        List<String> placed = new ArrayList<>();
        List<Task> left = RegretInsertion.insert(
                new ArrayList<>(costs.keySet()),
                trucks.routes(),
                null,
                (route, task) -> {
                    Double cost = costs.get(task)[trucks.routes().indexOf(route)];
                    return cost == null ? null : new Insertion(route.tasks().size(), cost);
                },
                () -> false,
                (route, position, task) ->
                        placed.add(task.getId() + "->" + route.route().getId()));
        left.forEach(task -> placed.add(task.getId() + " left"));
        return placed;
    }

    /**
     * Places by a price per task that depends on the route (its index) and how many tasks it holds, so that a route's
     * prices change when it takes a task, in the order taken.
     */
    private static List<String> placementsBySize(
            Trucks trucks, Map<Task, BiFunction<Integer, Integer, Double>> prices) {
        List<String> placed = new ArrayList<>();
        RegretInsertion.insert(
                new ArrayList<>(prices.keySet()),
                trucks.routes(),
                null,
                (route, task) -> {
                    Double cost = prices.get(task)
                            .apply(trucks.routes().indexOf(route), route.tasks().size());
                    return cost == null ? null : new Insertion(route.tasks().size(), cost);
                },
                () -> false,
                (route, position, task) ->
                        placed.add(task.getId() + "->" + route.route().getId()));
        return placed;
    }

    /** The first two trucks each with a blind spot, the third empty. */
    private static Trucks twoUsedTrucks() {
        Trucks trucks = Trucks.make();
        trucks.routes().get(1).insert(0, trucks.open().remove(3));
        return trucks;
    }

    @Test
    void aTaskWhoseCheapestRouteGrewDearerGoesToItsNextCheapest() {
        Trucks trucks = twoUsedTrucks();
        Task x = trucks.open().get(0);
        Task w = trucks.open().get(1);
        // x fits only truck-a and goes first; w costs 2 there until then, 9 after, and 5 in truck-b.
        Map<Task, BiFunction<Integer, Integer, Double>> prices = new java.util.LinkedHashMap<>();
        prices.put(w, (route, size) -> new Double[] {size == 1 ? 2.0 : 9.0, 5.0, null}[route]);
        prices.put(x, (route, size) -> new Double[] {1.0, null, null}[route]);

        assertThat(placementsBySize(trucks, prices)).containsExactly(x.getId() + "->truck-a", w.getId() + "->truck-b");
    }

    @Test
    void aTaskWhoseSecondRouteGrewCheaperGoesThere() {
        Trucks trucks = twoUsedTrucks();
        Task x = trucks.open().get(0);
        Task w = trucks.open().get(1);
        // x fits only truck-b and goes first; w costs 2 in truck-a, and in truck-b 5 until then and 1 after.
        Map<Task, BiFunction<Integer, Integer, Double>> prices = new java.util.LinkedHashMap<>();
        prices.put(w, (route, size) -> new Double[] {2.0, size == 1 ? 5.0 : 1.0, null}[route]);
        prices.put(x, (route, size) -> new Double[] {null, 1.0, null}[route]);

        assertThat(placementsBySize(trucks, prices)).containsExactly(x.getId() + "->truck-b", w.getId() + "->truck-b");
    }

    @Test
    void aTaskWhoseThirdRouteGrewCheaperGoesThere() {
        Trucks trucks = twoUsedTrucks();
        trucks.routes().get(2).insert(0, trucks.open().remove(2));
        Task x = trucks.open().get(0);
        Task w = trucks.open().get(1);
        // x fits only truck-c and goes first; w costs 2 in truck-a, 3 in truck-b, and in truck-c 5 until then and 1
        // after: a route that was neither its cheapest nor its second.
        Map<Task, BiFunction<Integer, Integer, Double>> prices = new java.util.LinkedHashMap<>();
        prices.put(w, (route, size) -> new Double[] {2.0, 3.0, size == 1 ? 5.0 : 1.0}[route]);
        prices.put(x, (route, size) -> new Double[] {null, null, 1.0}[route]);

        assertThat(placementsBySize(trucks, prices)).containsExactly(x.getId() + "->truck-c", w.getId() + "->truck-c");
    }

    @Test
    void emptyRoutesOfOneKindAreOneOptionInTheRegret() {
        Trucks trucks = Trucks.make();
        assertThat(trucks.routes().get(1).kind())
                .isEqualTo(trucks.routes().get(2).kind());
        Task x = trucks.open().get(0);
        Task y = trucks.open().get(1);
        // x: 4 in either empty truck, 10 in the used one; y: 5 in the used one, 6 in an empty one. Counted once, the
        // empty trucks leave x a regret of 6 and y of 1, so x goes first; counted twice, x's regret would be 0.
        Map<Task, Double[]> costs = new java.util.LinkedHashMap<>();
        costs.put(y, new Double[] {5.0, 6.0, 6.0});
        costs.put(x, new Double[] {10.0, 4.0, 4.0});

        assertThat(placements(trucks, costs)).containsExactly(x.getId() + "->truck-b", y.getId() + "->truck-a");
    }

    @Test
    void anEmptyRouteThatCannotTakeATaskHidesNoOtherOfItsKind() {
        Trucks trucks = Trucks.make();
        Task y = trucks.open().get(1);
        Task z = trucks.open().get(2);
        // z fits only the second empty truck: its single place makes it go first, and it is not left undone.
        Map<Task, Double[]> costs = new java.util.LinkedHashMap<>();
        costs.put(y, new Double[] {5.0, 6.0, 6.0});
        costs.put(z, new Double[] {null, null, 3.0});

        assertThat(placements(trucks, costs)).containsExactly(z.getId() + "->truck-c", y.getId() + "->truck-a");
    }
}
