package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.PlanFixtures;
import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RouteCrossoverTest {

    private static final List<Task> TASKS = IntStream.range(0, 12)
            .mapToObj(i -> PlanFixtures.timedPickup("t" + i, i, 1, 0, 36_000))
            .toList();

    private static List<Task> tasks(int... indices) {
        return new ArrayList<>(IntStream.of(indices).mapToObj(TASKS::get).toList());
    }

    /** Each task's neighbours: the tasks of its own block of four first (t0-t3, t4-t7, t8-t11). */
    private static Map<Task, Task[]> blockNeighbours() {
        Map<Task, Task[]> neighbours = new IdentityHashMap<>();
        for (int i = 0; i < TASKS.size(); i++) {
            int block = i / 4 * 4;
            int self = i;
            neighbours.put(
                    TASKS.get(i),
                    IntStream.range(block, block + 4)
                            .filter(j -> j != self)
                            .mapToObj(TASKS::get)
                            .toArray(Task[]::new));
        }
        return neighbours;
    }

    @Test
    void alikeRoutesAreMatchedByTheTasksTheyShareAndOthersStay() {
        List<List<Task>> donor = List.of(tasks(0, 1, 2, 3), tasks(4, 5, 6, 7), tasks(8, 9, 10, 11));
        // The receiver drives the first block with the second vehicle and the second with the first.
        List<List<Task>> receiver = List.of(tasks(5, 4, 6, 7), tasks(3, 2, 1, 0), tasks(11, 10, 9, 8));

        List<List<Task>> alike = RouteCrossover.matchRoutes(donor, receiver, List.of("truck", "truck", "truck"));
        List<List<Task>> apart = RouteCrossover.matchRoutes(donor, receiver, List.of("truck", "van", "truck"));

        assertThat(alike).containsExactly(receiver.get(1), receiver.get(0), receiver.get(2));
        assertThat(apart)
                .as("a vehicle of its own kind keeps its route")
                .containsExactly(receiver.get(0), receiver.get(1), receiver.get(2));
    }

    @Test
    void theChildHoldsEveryTaskOnceWithTheDonatedRoutesWholeAndTheRestInTheReceiversOrder() {
        List<List<Task>> donor = List.of(tasks(0, 1, 2, 3), tasks(4, 5, 6, 7, 8), tasks(9, 10, 11));
        List<List<Task>> receiver = List.of(tasks(3, 0, 1, 2, 4), tasks(5, 7, 6), tasks(8, 11, 10, 9));
        List<String> kinds = List.of("truck", "truck", "truck");

        for (int seed = 0; seed < 20; seed++) {
            RouteCrossover.Child child =
                    RouteCrossover.child(donor, receiver, kinds, blockNeighbours(), new Random(seed));

            List<Task> all = new ArrayList<>(child.open());
            child.routes().forEach(all::addAll);
            assertThat(all).as("seed %d", seed).hasSize(12).containsExactlyInAnyOrderElementsOf(TASKS);
            int donated = 0;
            for (int r = 0; r < 3; r++) {
                List<Task> route = child.routes().get(r);
                if (route.equals(donor.get(r))) {
                    donated++;
                } else {
                    // A route kept from the receiver (matched to the same route index) in its order, less donated work.
                    List<Task> receiverRoute = new ArrayList<>(receiver.get(r));
                    receiverRoute.retainAll(route);
                    assertThat(route).as("seed %d route %d", seed, r).isEqualTo(receiverRoute);
                }
            }
            assertThat(donated).as("seed %d", seed).isBetween(1, 3);
            for (Task open : child.open()) {
                assertThat(child.routes().stream().noneMatch(route -> route.contains(open)))
                        .isTrue();
            }
        }
    }

    @Test
    void theOpenTasksAreThoseOfTheReplacedRoutesThatTheDonorPutElsewhere() {
        List<List<Task>> donor = List.of(tasks(0, 1, 2, 3), tasks(4, 5, 6, 7), tasks(8, 9, 10, 11));
        List<List<Task>> receiver = List.of(tasks(0, 1, 2, 3, 4, 5), tasks(6, 7), tasks(8, 9, 10, 11));
        // Three routes: one is donated. The receiver's first route, replaced, leaves t4 and t5 open; the second,
        // replaced, takes them from the first, which is then the donor's first; the third changes nothing.
        for (int seed = 0; seed < 20; seed++) {
            RouteCrossover.Child child = RouteCrossover.child(
                    donor, receiver, List.of("truck", "truck", "truck"), blockNeighbours(), new Random(seed));

            boolean firstDonated = child.routes().get(0).equals(donor.get(0));
            boolean secondDonated = child.routes().get(1).equals(donor.get(1));
            if (firstDonated && !secondDonated) {
                assertThat(child.open()).containsExactlyInAnyOrder(TASKS.get(4), TASKS.get(5));
            } else {
                assertThat(child.open()).isEmpty();
            }
        }
    }

    @Test
    void theDonatedRoutesAreADrawnOneAndThoseNearestItsTasks() {
        List<List<Task>> donor = List.of(tasks(0, 1, 4), tasks(2, 3, 5), tasks(6, 7), tasks(8, 9, 10, 11), tasks());
        Map<Task, Task[]> neighbours = blockNeighbours();

        for (int seed = 0; seed < 30; seed++) {
            List<Integer> donated = RouteCrossover.donatedRoutes(donor, neighbours, new Random(seed));

            assertThat(donated).as("seed %d", seed).hasSizeBetween(1, 2).doesNotContain(4);
            if (donated.size() == 2 && donated.get(0) == 0) {
                assertThat(donated.get(1)).as("the route sharing its block").isEqualTo(1);
            }
            if (donated.size() == 2 && donated.get(0) == 3) {
                assertThat(donated.get(1))
                        .as("the route nearest t8-t11: none shares their block, any other")
                        .isIn(0, 1, 2);
            }
        }
    }
}
