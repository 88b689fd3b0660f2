package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.PlanFixtures;
import city.sanitation.planning.domain.BreakWindow;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.CrewFacilities;
import city.sanitation.planning.domain.CrewRates;
import city.sanitation.planning.domain.CrewShift;
import city.sanitation.planning.domain.Facility;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.planning.domain.TravelTimes;
import city.sanitation.planning.score.PlanCosts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A trial that takes the rest of a route without a clock from the route's sums ({@link RouteTrials}, session s10)
 * prices every place exactly as a trial that replans every stop: random washing routes of one tank and of several, on
 * a random road network whose ways need not be shortest (a detour may be quicker than the direct way), with one or
 * two hydrants, water by the litre or by a fraction of one, shifts whose hard end the insertion may overrun, crews
 * that wait at the depot on their way, and routes with and without a clock (windows, a break) mixed. A route changed
 * by inserts and restores, replanned only from the change on, prices as one built afresh.
 */
class ShiftedRestsTest {

    private static final int LOCATIONS = 30;

    @Test
    void pricesEveryPlaceAsReplanningEveryStop() {
        Random random = new Random(15);
        long shortcutLookups = 0;
        long replayLookups = 0;
        int placesCompared = 0;
        for (int trial = 0; trial < 400; trial++) {
            CountingNetwork network = new CountingNetwork(random, LOCATIONS);
            boolean oneTank = trial % 2 == 0;
            boolean clock = trial % 5 == 4;
            Crew washer = washer(random, network, clock);
            // Some crews wait at the depot whenever the way through it is no longer: stops the plain ones are not.
            Crew crew = trial % 3 == 1 ? PlanFixtures.withShiftRange(washer, PlanFixtures.HOUR, 0) : washer;
            List<Task> tasks = randomPasses(random, crew, 3 + random.nextInt(25), oneTank, clock, "t");
            Route route = PlanFixtures.route(crew, tasks.toArray(Task[]::new));
            RouteTrials replayed = new RouteTrials(route, PlanCosts.DEFAULT, false);
            RouteTrials shifted = new RouteTrials(route, PlanCosts.DEFAULT, true);
            assertThat(shifted.cost()).isEqualTo(replayed.cost());

            for (Task task : randomPasses(random, crew, 6, false, clock, "new")) {
                PricedAlike.Pricing pricing = PricedAlike.assertPricedAlike(
                        replayed, shifted, task, network, "trial %d, task %s".formatted(trial, task.getId()));
                placesCompared += pricing.places();
                if (oneTank && !clock) {
                    replayLookups += pricing.replayLookups();
                    shortcutLookups += pricing.shortcutLookups();
                }
            }
        }
        assertThat(placesCompared).isGreaterThan(10_000);
        // Not a timing: the shortcut must actually be taken on one-tank routes without a clock, where it replans a
        // few stops instead of the route's rest.
        assertThat(shortcutLookups).isLessThan(replayLookups / 3);
    }

    @Test
    void withoutTimedRestsKeepsPricingRoutesWithAClockByReplanning() {
        Random random = new Random(4);
        CountingNetwork network = new CountingNetwork(random, LOCATIONS);
        Crew crew = washer(random, network, true);
        List<Task> tasks = randomPasses(random, crew, 20, true, true, "t");
        Route route = PlanFixtures.route(crew, tasks.toArray(Task[]::new));
        RouteTrials replayed = new RouteTrials(route, PlanCosts.DEFAULT, false);
        RouteTrials shifted = new RouteTrials(route, PlanCosts.DEFAULT, true, false);
        Task task = randomPasses(random, crew, 1, false, true, "new").get(0);

        network.lookups = 0;
        List<Insertion> everyStop = replayed.feasibleInsertions(task);
        long replay = network.lookups;
        network.lookups = 0;
        List<Insertion> fromSums = shifted.feasibleInsertions(task);

        assertThat(fromSums).isEqualTo(everyStop);
        assertThat(network.lookups).isEqualTo(replay);
    }

    @Test
    void replansAChangedRouteAsARouteBuiltAfresh() {
        Random random = new Random(8);
        for (int trial = 0; trial < 100; trial++) {
            CountingNetwork network = new CountingNetwork(random, LOCATIONS);
            boolean clock = trial % 2 == 1;
            Crew crew = washer(random, network, clock);
            List<Task> pool = randomPasses(random, crew, 30, false, clock, "t");
            RouteTrials changed = new RouteTrials(PlanFixtures.route(crew), PlanCosts.DEFAULT, true);
            for (int step = 0; step < 25; step++) {
                PricedAlike.changeRandomly(changed, pool, random, step);
                RouteTrials fresh = new RouteTrials(
                        PlanFixtures.route(crew, changed.tasks().toArray(Task[]::new)), PlanCosts.DEFAULT, true);

                assertThat(changed.cost()).as("trial %d, step %d", trial, step).isEqualTo(fresh.cost());
                assertThat(changed.isFeasible()).isEqualTo(fresh.isFeasible());
                for (int i = 0; i < changed.tasks().size(); i++) {
                    assertThat(changed.startAt(i)).isEqualTo(fresh.startAt(i));
                }
                Task task = pool.get(random.nextInt(pool.size()));
                assertThat(changed.feasibleInsertions(task))
                        .as("trial %d, step %d", trial, step)
                        .isEqualTo(fresh.feasibleInsertions(task));
            }
        }
    }

    /**
     * A washer on {@code network} whose depot is location 0, with one or two hydrants; with a clock, a break in the
     * middle of the day. Its hard end is sometimes near, so that an insertion may overrun it.
     */
    private static Crew washer(Random random, TravelTimes network, boolean clock) {
        List<Facility> hydrants = new ArrayList<>();
        hydrants.add(new Facility("h1", "Hydrant 1", random.nextInt(LOCATIONS), 300));
        if (random.nextBoolean()) {
            hydrants.add(new Facility("h2", "Hydrant 2", random.nextInt(LOCATIONS), 600));
        }
        long hardEnd = random.nextInt(3) == 0 ? 4 * PlanFixtures.HOUR : 12 * PlanFixtures.HOUR;
        List<BreakWindow> breaks =
                clock ? List.of(new BreakWindow(2 * PlanFixtures.HOUR, 5 * PlanFixtures.HOUR, 1800)) : List.of();
        return PlanFixtures.washer("w").toBuilder()
                .shift(CrewShift.fixed(0, 8 * PlanFixtures.HOUR, hardEnd, breaks))
                .rates(new CrewRates(2.0, random.nextBoolean() ? 1.0 : 0.7, 3.0, 60.0))
                .travel(network)
                .facilities(new CrewFacilities(hydrants, List.of(), List.of()))
                .build();
    }

    /**
     * Passes between random locations, some either way; one tank's worth in all when {@code oneTank}, else up to three.
     * With a clock, some have a window.
     */
    private static List<Task> randomPasses(
            Random random, Crew crew, int count, boolean oneTank, boolean clock, String prefix) {
        double budget = (oneTank ? 1.0 : 3.0)
                * crew.capacities().tankLitres()
                / crew.rates().waterLitresPerMetre();
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double metres =
                    Math.min(oneTank ? budget / count : 4000, 100 + random.nextInt(40) * 25 + random.nextDouble() * 10);
            List<TimeInterval> windows = clock && random.nextInt(3) == 0
                    ? List.of(new TimeInterval(random.nextInt(3) * PlanFixtures.HOUR, 6 * PlanFixtures.HOUR))
                    : List.of();
            int from = random.nextInt(LOCATIONS);
            int to = random.nextInt(LOCATIONS);
            Task pass = PlanFixtures.pass(prefix + i, from, to, metres);
            tasks.add(new Task(
                    pass.getId(),
                    pass.getKind(),
                    pass.getProblem().toBuilder()
                            .eitherDirection(random.nextBoolean())
                            .allowedWindows(windows)
                            .build()));
        }
        return tasks;
    }
}
