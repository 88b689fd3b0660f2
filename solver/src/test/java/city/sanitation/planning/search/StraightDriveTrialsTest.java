package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.sanitation.fleet.Capability;
import city.sanitation.planning.PlanFixtures;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.CrewFacilities;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.score.PlanCosts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * On a crew that drives straight from stop to stop (no facility to detour by, no break), a trial turns down a place
 * without planning it when the straight drive already comes after the task's latest start or its successor's: every
 * place it turns down or prices must be what the route replanned with the task there says, also where it stops
 * trying places because the truck is free only after the task's latest start.
 */
class StraightDriveTrialsTest {

    private static final long HOUR = PlanFixtures.HOUR;

    @Test
    void everyPlaceIsFeasibleAndPricedAsTheRouteReplannedWithTheTaskThereAndOneIsFoundWhenAnyIs() {
        int turnedDown = 0;
        int priced = 0;
        for (long seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            Route truck = new Route("truck-1", straightDriver());
            List<Task> pickups = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                long earliest = random.nextInt(6 * 60) * 60L;
                long latest = earliest + (10 + random.nextInt(50)) * 60L;
                pickups.add(PlanFixtures.timedPickup("pickup-" + i, random.nextInt(30), 1.0, earliest, latest));
            }
            pickups.sort(Comparator.comparingLong(task -> task.getProblem().earliestStart()));
            List<Task> base = feasibleRoute(truck, pickups.subList(0, 18));
            RouteTrials trials = new RouteTrials(truck, PlanCosts.DEFAULT);
            trials.replaceTasks(base);
            for (Task other : pickups.subList(18, 24)) {
                List<Insertion> places = trials.feasibleInsertions(other);
                Insertion nearest = trials.cheapestInsertionNear(other, null);
                assertThat(nearest == null)
                        .as("seed %d, %s: no place near when none is feasible", seed, other.getId())
                        .isEqualTo(places.isEmpty());
                if (nearest != null) {
                    assertThat(places).as("seed %d, %s", seed, other.getId()).contains(nearest);
                }
                Insertion cheapest = trials.cheapestInsertion(other);
                assertThat(cheapest == null)
                        .as("seed %d, %s: no cheapest place when none is feasible", seed, other.getId())
                        .isEqualTo(places.isEmpty());
                if (cheapest != null) {
                    assertThat(cheapest.cost())
                            .as("seed %d, %s: the cheapest of the feasible places", seed, other.getId())
                            .isEqualTo(places.stream()
                                    .mapToDouble(Insertion::cost)
                                    .min()
                                    .orElseThrow());
                }
                for (int position = 0; position <= base.size(); position++) {
                    List<Task> with = new ArrayList<>(base);
                    with.add(position, other);
                    RouteTrials replanned = new RouteTrials(truck, PlanCosts.DEFAULT);
                    replanned.replaceTasks(with);
                    int at = position;
                    Insertion place = places.stream()
                            .filter(insertion -> insertion.position() == at)
                            .findFirst()
                            .orElse(null);
                    String description = "seed %d, %s at %d".formatted(seed, other.getId(), position);
                    assertThat(place != null).as(description).isEqualTo(replanned.isFeasible());
                    if (place == null) {
                        turnedDown++;
                    } else {
                        assertThat(place.cost())
                                .as(description)
                                .isCloseTo(replanned.cost() - trials.cost(), within(1e-6 * trials.cost()));
                        priced++;
                    }
                }
            }
        }
        assertThat(turnedDown).as("places turned down").isGreaterThan(200);
        assertThat(priced).as("places priced").isGreaterThan(50);
    }

    /** A pickup truck without transfer station, hydrant or salt depot and without breaks: it drives straight. */
    private static Crew straightDriver() {
        return PlanFixtures.crew(
                        "truck-1",
                        "pickup",
                        java.util.Set.of(Capability.GARBAGE_PICKUP),
                        java.util.Set.of(),
                        0,
                        50.0,
                        List.of())
                .toBuilder()
                .facilities(new CrewFacilities(List.of(), List.of(), List.of()))
                .build();
    }

    /** The tasks in their order that keep the route feasible, each added at the route's end. */
    private static List<Task> feasibleRoute(Route truck, List<Task> candidates) {
        List<Task> kept = new ArrayList<>();
        for (Task task : candidates) {
            kept.add(task);
            RouteTrials trial = new RouteTrials(truck, PlanCosts.DEFAULT);
            trial.replaceTasks(kept);
            if (!trial.isFeasible()) {
                kept.remove(kept.size() - 1);
            }
        }
        return kept;
    }
}
