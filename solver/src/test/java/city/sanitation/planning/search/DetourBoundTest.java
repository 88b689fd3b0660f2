package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.fleet.Capability;
import city.sanitation.planning.PlanFixtures;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.CrewFacilities;
import city.sanitation.planning.domain.CrewRates;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.score.PlanCosts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A straight-driving crew prices places in the order of the driving they add and stops where that driving alone costs
 * more than the cheapest place found; a route that never dumps turns down garbage that would overfill it without
 * trying a place. Both must find what trying every place finds, and must not be used where a task put in can save
 * driving (a wait no longer spent back at the depot).
 */
class DetourBoundTest {

    private static final long HOUR = PlanFixtures.HOUR;

    @Test
    void theCheapestPlaceIsTheFirstOfTheCheapestWhenEveryPlaceIsTried() {
        assertFirstOfTheCheapest(straightDriver(50.0, false), PlanCosts.DEFAULT);
    }

    @Test
    void whereOnlyDrivingIsPricedTheFirstOfEquallyCheapPlacesIsTaken() {
        // Driving alone priced, on a line: every place between two stops on either side of the task adds nothing.
        Crew driver = straightDriver(50.0, false);
        Crew distanceOnly = driver.toBuilder()
                .rates(new CrewRates(
                        driver.rates().washingMetresPerSecond(),
                        0,
                        driver.rates().costPerKm(),
                        0))
                .build();
        PlanCosts d = PlanCosts.DEFAULT;
        PlanCosts drivingOnly =
                new PlanCosts(d.drivingAndWorking(), 0, 0, 0, d.unassigned(), d.toiletMaximumGap(), d.homeArea(), 0);
        assertFirstOfTheCheapest(distanceOnly, drivingOnly);
    }

    private static void assertFirstOfTheCheapest(Crew crew, PlanCosts costs) {
        int withChoice = 0;
        int tied = 0;
        int longest = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            Route truck = new Route("truck-1", crew);
            List<Task> pickups = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                // Wide windows and few locations: most places are feasible, and many add the same driving.
                long earliest = random.nextInt(4 * 60) * 60L;
                long latest = earliest + (60 + random.nextInt(5 * 60)) * 60L;
                pickups.add(PlanFixtures.timedPickup("pickup-" + i, random.nextInt(12), 1.0, earliest, latest));
            }
            pickups.sort(Comparator.comparingLong(task -> task.getProblem().earliestStart()));
            RouteTrials trials = new RouteTrials(truck, costs);
            // Routes of 14 and 24 tasks.
            List<Task> base = feasibleRoute(truck, pickups.subList(0, seed % 2 == 0 ? 14 : 24), costs);
            trials.replaceTasks(base);
            longest = Math.max(longest, base.size());
            for (Task other : pickups.subList(24, 30)) {
                List<Insertion> places = trials.feasibleInsertions(other);
                Insertion expected = places.stream()
                        .min(Comparator.comparingDouble(Insertion::cost).thenComparingInt(Insertion::position))
                        .orElse(null);
                String description = "seed %d, %s".formatted(seed, other.getId());
                assertThat(trials.cheapestInsertion(other)).as(description).isEqualTo(expected);
                assertThat(trials.cheapestInsertionNear(other, null))
                        .as(description)
                        .isEqualTo(expected);
                if (places.size() > 1) {
                    withChoice++;
                }
                if (expected != null
                        && places.stream()
                                        .filter(place -> place.cost() == expected.cost())
                                        .count()
                                > 1) {
                    tied++;
                }
            }
        }
        assertThat(withChoice).as("tasks with more than one feasible place").isGreaterThan(40);
        assertThat(longest).as("the longest route").isGreaterThan(17);
        if (costs.workloadBalance() == 0) {
            assertThat(tied).as("tasks with equally cheap places").isGreaterThan(10);
        }
    }

    @Test
    void aCrewThatWaitsBackAtTheDepotIsPricedAtEveryPlace() {
        // Between A and B the truck waits more than two hours: it drives back to the depot (at 0) and out again. C put
        // between them, two kilometres off their way, spares that drive; after B it adds no driving but time.
        Crew crew = PlanFixtures.withShiftRange(straightDriver(50.0, false), 0, 2 * HOUR);
        Route truck = new Route("truck-1", crew);
        Task a = PlanFixtures.timedPickup("a", 10, 1.0, 0, HOUR / 2);
        Task b = PlanFixtures.timedPickup("b", 10, 1.0, 3 * HOUR, 4 * HOUR);
        Task c = PlanFixtures.timedPickup("c", 9, 1.0, 3 * HOUR / 2, 5 * HOUR);
        RouteTrials trials = new RouteTrials(truck, PlanCosts.DEFAULT);
        trials.replaceTasks(List.of(a, b));

        Insertion cheapest = trials.cheapestInsertion(c);

        assertThat(cheapest).isNotNull();
        assertThat(cheapest.position()).isEqualTo(1);
        assertThat(cheapest.cost()).isNegative();
        assertThat(trials.cheapestInsertionNear(c, null)).isEqualTo(cheapest);
    }

    @Test
    void garbageThatWouldOverfillARouteThatNeverDumpsHasNoPlace() {
        Route truck = new Route("truck-1", straightDriver(10.0, false));
        RouteTrials trials = new RouteTrials(truck, PlanCosts.DEFAULT);
        // The first stop carries 4 m³ and the last 8: only the last tells that 3 more overfill the body.
        List<Task> route = List.of(
                PlanFixtures.timedPickup("first", 5, 4.0, 0, 8 * HOUR),
                PlanFixtures.timedPickup("last", 6, 4.0, 0, 8 * HOUR));
        trials.replaceTasks(route);
        Task tooMuch = PlanFixtures.timedPickup("too-much", 4, 3.0, 0, 8 * HOUR);
        Task fits = PlanFixtures.timedPickup("fits", 4, 2.0, 0, 8 * HOUR);

        assertThat(trials.cheapestInsertion(tooMuch)).isNull();
        assertThat(trials.cheapestInsertionNear(tooMuch, null)).isNull();
        assertThat(trials.feasibleInsertions(tooMuch)).isEmpty();
        for (int position = 0; position <= route.size(); position++) {
            List<Task> with = new ArrayList<>(route);
            with.add(position, tooMuch);
            RouteTrials replanned = new RouteTrials(truck, PlanCosts.DEFAULT);
            replanned.replaceTasks(with);
            assertThat(replanned.isFeasible()).as("too much at %d", position).isFalse();
        }
        assertThat(trials.cheapestInsertion(fits)).isNotNull();
        assertThat(trials.feasibleInsertions(fits)).hasSize(3);
    }

    @Test
    void garbageAboveTheRoomLeftGoesWhereTheTruckDumpsOnTheWay() {
        Route truck = new Route("truck-1", straightDriver(10.0, true));
        RouteTrials trials = new RouteTrials(truck, PlanCosts.DEFAULT);
        trials.replaceTasks(List.of(
                PlanFixtures.timedPickup("first", 5, 4.0, 0, 8 * HOUR),
                PlanFixtures.timedPickup("last", 6, 4.0, 0, 8 * HOUR)));

        assertThat(trials.cheapestInsertion(PlanFixtures.timedPickup("more", 4, 3.0, 0, 8 * HOUR)))
                .isNotNull();
    }

    /**
     * A pickup truck without hydrant, salt depot or breaks; with a transfer station when {@code dumps}, so that it
     * drives straight only without.
     */
    private static Crew straightDriver(double bodyM3, boolean dumps) {
        return PlanFixtures.crew("truck-1", "pickup", Set.of(Capability.GARBAGE_PICKUP), Set.of(), 0, bodyM3, List.of())
                .toBuilder()
                .facilities(new CrewFacilities(List.of(), dumps ? List.of(PlanFixtures.STATION) : List.of(), List.of()))
                .build();
    }

    /** The tasks in their order that keep the route feasible, each added at the route's end. */
    private static List<Task> feasibleRoute(Route truck, List<Task> candidates, PlanCosts costs) {
        List<Task> kept = new ArrayList<>();
        for (Task task : candidates) {
            kept.add(task);
            RouteTrials trial = new RouteTrials(truck, costs);
            trial.replaceTasks(kept);
            if (!trial.isFeasible()) {
                kept.remove(kept.size() - 1);
            }
        }
        return kept;
    }
}
