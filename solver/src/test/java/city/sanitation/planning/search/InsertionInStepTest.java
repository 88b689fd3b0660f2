package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.PlanFixtures;
import city.sanitation.planning.RandomPlans;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.score.PlanCosts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A route that took one task in replans only until it falls back in step with itself ({@link RouteTrials}): what it
 * then says about itself and about every place of other tasks must be what the same route built afresh says.
 */
class InsertionInStepTest {

    /**
     * A garbage truck's route of blind spots reported over four hours, in the order they were reported: the truck
     * waits for the later ones, so a delay is taken up a few stops on; its body fills and it dumps on the way.
     */
    private static List<Task> byReportTime(SanitationPlan plan) {
        return plan.getTasks().stream()
                .sorted(Comparator.comparingLong(
                                (Task task) -> task.getProblem().earliestStart())
                        .thenComparing(Task::getId))
                .toList();
    }

    private static Route truck(SanitationPlan plan, String id) {
        return plan.getRoutes().stream()
                .filter(route -> route.getId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"truck-1", "truck-2"})
    void aRouteThatTookATaskSaysWhatTheSameRouteBuiltAfreshSays(String truckId) {
        for (long seed = 1; seed <= 6; seed++) {
            SanitationPlan plan = RandomPlans.mixed(seed, 0, 30, 0);
            Route truck = truck(plan, truckId);
            List<Task> doable = byReportTime(plan).stream()
                    .filter(task -> truck.can(task.capability()) && truck.hasSkills(task.requiredSkills()))
                    .toList();
            List<Task> base = doable.subList(0, doable.size() - 4);
            List<Task> others = doable.subList(doable.size() - 4, doable.size());
            assertEveryPlaceSaysTheSame(truck, base, others, "seed " + seed);
        }
    }

    @Test
    void aRouteOfStaggeredPickupsThatTookOneSaysWhatTheSameRouteBuiltAfreshSays() {
        // Pickups half an hour apart, 0.6 m³ each: thirteen fit the 8 m³ body, a fourteenth needs a dump. An insertion
        // is taken up by a wait a few stops on; the stops after it carry more, which the other pickups are priced by.
        Random random = new Random(5);
        Route truck = truck(RandomPlans.mixed(5, 0, 0, 0), "truck-1");
        List<Task> pickups = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            // within five blocks of each other (at most 400 s apart), the last four due among the first twelve
            int location = 20 * (8 + random.nextInt(5)) + 8 + random.nextInt(5);
            long due = (i < 12 ? i : random.nextInt(12)) * 1800L;
            pickups.add(PlanFixtures.timedPickup("pickup-" + i, location, 0.6, due, due + 3 * 3600));
        }
        List<Task> base = pickups.subList(0, 12);
        List<Task> others = pickups.subList(12, 16);
        assertEveryPlaceSaysTheSame(truck, base, others, "staggered pickups");
    }

    @Test
    void aWasherThatTookAPassSaysWhatTheSameRouteBuiltAfreshSays() {
        SanitationPlan plan = RandomPlans.mixed(3, 40, 0, 0);
        Route washer = truck(plan, "washer-1");
        List<Task> base = plan.getTasks().subList(0, 36);
        List<Task> others = plan.getTasks().subList(36, 40);
        assertEveryPlaceSaysTheSame(washer, base, others, "washer");
    }

    /** Each of {@code others} put at each place of {@code base}, against the same route built afresh. */
    private static void assertEveryPlaceSaysTheSame(Route route, List<Task> base, List<Task> others, String what) {
        for (Task inserted : others) {
            for (int position = 0; position <= base.size(); position++) {
                RouteTrials changed = new RouteTrials(route, PlanCosts.DEFAULT);
                changed.replaceTasks(base);
                changed.insert(position, inserted);
                List<Task> same = new ArrayList<>(base);
                same.add(position, inserted);
                RouteTrials afresh = new RouteTrials(route, PlanCosts.DEFAULT);
                afresh.replaceTasks(same);

                assertSaysTheSame(changed, afresh, others, "%s, %s at %d", what, inserted.getId(), position);
            }
        }
    }

    private static void assertSaysTheSame(
            RouteTrials changed, RouteTrials afresh, List<Task> others, String what, Object... args) {
        String description = what.formatted(args);
        assertThat(changed.tasks()).as(description).isEqualTo(afresh.tasks());
        assertThat(changed.cost()).as(description).isEqualTo(afresh.cost());
        assertThat(changed.isFeasible()).as(description).isEqualTo(afresh.isFeasible());
        for (int i = 0; i < changed.tasks().size(); i++) {
            assertThat(changed.startAt(i)).as(description + ", start " + i).isEqualTo(afresh.startAt(i));
        }
        for (Task other : others) {
            if (changed.tasks().contains(other)) {
                continue;
            }
            assertThat(changed.feasibleInsertions(other))
                    .as(description + ", places of " + other.getId())
                    .isEqualTo(afresh.feasibleInsertions(other));
            assertThat(changed.cheapestInsertion(other))
                    .as(description + ", cheapest place of " + other.getId())
                    .isEqualTo(afresh.cheapestInsertion(other));
        }
    }
}
