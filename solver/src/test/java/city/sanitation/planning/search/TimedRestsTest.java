package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.PlanFixtures;
import city.sanitation.planning.domain.BreakWindow;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.CrewCapacities;
import city.sanitation.planning.domain.CrewFacilities;
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
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A trial that follows a delay and a fuller garbage body down a route with a clock ({@link RouteTrials#timedJump},
 * {@link RouteSlack}, session s11) prices every place exactly as a trial that replans every stop: random clean-up
 * routes on a random road network whose ways need not be shortest, with earliest starts, hard latest starts, one or
 * two windows, service levels, volumes in fractions of a cubic metre that fill the body, with and without a transfer
 * station, crews that wait at the depot between tasks, a break that may still be ahead, and shift ends an insertion
 * may overrun. A route changed by inserts and restores, replanned only from the change on, prices as one built afresh.
 */
class TimedRestsTest {

    private static final int LOCATIONS = 30;
    private static final long HOUR = PlanFixtures.HOUR;

    @Test
    void pricesEveryPlaceAsReplanningEveryStop() {
        Random random = new Random(11);
        long timedLookups = 0;
        long replayLookups = 0;
        int placesCompared = 0;
        for (int trial = 0; trial < 400; trial++) {
            CountingNetwork network = new CountingNetwork(random, LOCATIONS);
            // Every other route is of the benchmarks' kind: earliest and latest starts only, no depot waits, breaks,
            // windows or service levels, where a delay is followed to the route's end or where a wait takes it up.
            boolean startsOnly = trial % 2 == 0;
            Crew crew = cleanUpTruck(random, network, startsOnly ? 0 : trial);
            Route route = feasibleRoute(crew, randomCleanUps(random, 10 + random.nextInt(50), startsOnly, "t"));
            RouteTrials replayed = new RouteTrials(route, PlanCosts.DEFAULT, false);
            RouteTrials timed = new RouteTrials(route, PlanCosts.DEFAULT, true, true);
            assertThat(timed.cost()).isEqualTo(replayed.cost());

            for (Task task : randomCleanUps(random, 6, startsOnly, "new")) {
                PricedAlike.Pricing pricing = PricedAlike.assertPricedAlike(
                        replayed, timed, task, network, "trial %d, task %s".formatted(trial, task.getId()));
                placesCompared += pricing.places();
                if (startsOnly) {
                    replayLookups += pricing.replayLookups();
                    timedLookups += pricing.shortcutLookups();
                }
            }
        }
        assertThat(placesCompared).isGreaterThan(4_000);
        // Not a timing: the delays must actually be followed from the sums, not replanned stop by stop.
        assertThat(timedLookups).isLessThan(replayLookups / 2);
    }

    @Test
    void followsADelayOnlyWhereTheRouteHasNoBreakAhead() {
        Random random = new Random(5);
        CountingNetwork network = new CountingNetwork(random, LOCATIONS);
        Crew crew = cleanUpTruck(random, network, 0).toBuilder()
                .shift(CrewShift.fixed(0, 8 * HOUR, 24 * HOUR, List.of(new BreakWindow(20 * HOUR, 22 * HOUR, 1800))))
                .build();
        List<Task> tasks = randomCleanUps(random, 20, false, "t");
        Route route = PlanFixtures.route(crew, tasks.toArray(Task[]::new));
        RouteTrials replayed = new RouteTrials(route, PlanCosts.DEFAULT, false);
        RouteTrials timed = new RouteTrials(route, PlanCosts.DEFAULT, true, true);
        Task task = randomCleanUps(random, 1, false, "new").get(0);

        network.lookups = 0;
        List<Insertion> everyStop = replayed.feasibleInsertions(task);
        long replay = network.lookups;
        network.lookups = 0;
        List<Insertion> fromSums = timed.feasibleInsertions(task);

        assertThat(fromSums).isEqualTo(everyStop);
        // The break is still to come at every stop: when it is taken depends on the delay, so every stop is replanned.
        assertThat(network.lookups).isEqualTo(replay);
    }

    @Test
    void replansAStopEitherWayWithAClockOnceADelayReachesIt() {
        // Depot 0, places 1 (L), 2 (A), 3 (B); seconds and metres both ways.
        long[][] seconds = {{0, 100, 1000, 850}, {100, 0, 1100, 800}, {1000, 1100, 0, 300}, {850, 800, 300, 0}};
        long[][] metres = {{0, 1000, 8000, 8500}, {1000, 0, 5000, 4000}, {8000, 5000, 0, 3000}, {8500, 4000, 3000, 0}};
        TravelTimes network = new TravelTimes() {
            @Override
            public long seconds(int from, int to) {
                return seconds[from][to];
            }

            @Override
            public long metres(int from, int to) {
                return metres[from][to];
            }
        };
        Crew crew = PlanFixtures.withShiftRange(
                PlanFixtures.garbageTruck("g", Set.of()).toBuilder()
                        .travel(network)
                        .facilities(new CrewFacilities(List.of(), List.of(), List.of()))
                        .build(),
                HOUR,
                300);
        Task first = PlanFixtures.blindSpot("p", 1, 0, 0, Long.MAX_VALUE, 1);
        Task spot = PlanFixtures.blindSpot("x", 2, 0, 2000, Long.MAX_VALUE, 1);
        // Both ways start at 2000, when it opens: from A after a wait on the street (5,000 m), from B after a wait
        // at the depot (9,500 m); the ends tie, the shorter way is taken. 100 s later the wait at the depot is too
        // short, the way from B drives straight there (4,000 m) and wins.
        Task eitherWay = new Task(
                spot.getId(),
                spot.getKind(),
                spot.getProblem().toBuilder()
                        .endLocation(3)
                        .eitherDirection(true)
                        .build());
        Route route = PlanFixtures.route(crew, first, eitherWay);
        Task inserted = new Task(
                "n",
                first.getKind(),
                PlanFixtures.blindSpot("n", 1, 0, 0, Long.MAX_VALUE, 1).getProblem().toBuilder()
                        .serviceSeconds(100)
                        .build());

        RouteTrials replayed = new RouteTrials(route, PlanCosts.DEFAULT, false);
        RouteTrials timed = new RouteTrials(route, PlanCosts.DEFAULT, true, true);

        assertThat(timed.feasibleInsertions(inserted)).isEqualTo(replayed.feasibleInsertions(inserted));
        assertThat(timed.cheapestInsertion(inserted)).isEqualTo(replayed.cheapestInsertion(inserted));
    }

    @Test
    void replansAChangedRouteAsARouteBuiltAfresh() {
        Random random = new Random(9);
        for (int trial = 0; trial < 100; trial++) {
            CountingNetwork network = new CountingNetwork(random, LOCATIONS);
            Crew crew = cleanUpTruck(random, network, trial);
            List<Task> pool = randomCleanUps(random, 40, false, "t");
            RouteTrials changed = new RouteTrials(PlanFixtures.route(crew), PlanCosts.DEFAULT, true, true);
            for (int step = 0; step < 25; step++) {
                PricedAlike.changeRandomly(changed, pool, random, step);
                Route built = PlanFixtures.route(crew, changed.tasks().toArray(Task[]::new));
                RouteTrials fresh = new RouteTrials(built, PlanCosts.DEFAULT, true, true);
                RouteTrials replayed = new RouteTrials(built, PlanCosts.DEFAULT, false);

                assertThat(changed.cost()).as("trial %d, step %d", trial, step).isEqualTo(fresh.cost());
                Task task = pool.get(random.nextInt(pool.size()));
                assertThat(changed.feasibleInsertions(task))
                        .as("trial %d, step %d", trial, step)
                        .isEqualTo(fresh.feasibleInsertions(task))
                        .isEqualTo(replayed.feasibleInsertions(task));
            }
        }
    }

    /**
     * A route built as the search builds them, each task at its cheapest feasible place (priced by replanning), so
     * that it keeps every hard rule; tasks with no feasible place are left out.
     */
    private static Route feasibleRoute(Crew crew, List<Task> candidates) {
        RouteTrials built = new RouteTrials(PlanFixtures.route(crew), PlanCosts.DEFAULT, false);
        for (Task task : candidates) {
            Insertion place = built.cheapestInsertion(task);
            if (place != null) {
                built.insert(place.position(), task);
            }
        }
        return PlanFixtures.route(crew, built.tasks().toArray(Task[]::new));
    }

    /**
     * A clean-up truck on {@code network} whose depot is location 0: a body a handful of tasks fill, a transfer
     * station or two or none (then a full body is over capacity), a hard end an insertion may overrun; one crew in
     * four waits at the depot between tasks when the stay is half an hour, one in five has a break in the day.
     */
    private static Crew cleanUpTruck(Random random, CountingNetwork network, int variant) {
        List<Facility> stations = new ArrayList<>();
        int stationCount = variant % 3;
        for (int s = 0; s < stationCount; s++) {
            stations.add(new Facility("s" + s, "Station " + s, random.nextInt(LOCATIONS), 600 + 300 * s));
        }
        List<BreakWindow> breaks = variant % 5 == 3 ? List.of(new BreakWindow(3 * HOUR, 6 * HOUR, 1800)) : List.of();
        long hardEnd = random.nextInt(3) == 0 ? 9 * HOUR : 20 * HOUR;
        Crew truck = PlanFixtures.garbageTruck("g", Set.of()).toBuilder()
                .shift(CrewShift.fixed(0, 8 * HOUR, hardEnd, breaks))
                .capacities(new CrewCapacities(0, 4 + random.nextInt(12) + random.nextDouble(), 0))
                .travel(network)
                .facilities(new CrewFacilities(List.of(), stations, List.of()))
                .build();
        return variant % 4 == 1 ? PlanFixtures.withShiftRange(truck, HOUR, 1800) : truck;
    }

    /**
     * Clean-ups at random places, in whole minutes so that times tie: half with an earliest start, half with a hard
     * latest start, a fifth with one or two windows, a third with a service level (none of these two when {@code
     * startsOnly}), a quarter ending elsewhere than they begin, half either way (neither when {@code
     * startsOnly}); volumes in tenths and odd fractions of a cubic metre.
     */
    private static List<Task> randomCleanUps(Random random, int count, boolean startsOnly, String prefix) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long earliest = random.nextBoolean() ? 0 : random.nextInt(8 * 60) * 60L;
            long latest = random.nextBoolean() ? Long.MAX_VALUE : earliest + (2 * 60 + random.nextInt(12 * 60)) * 60L;
            List<TimeInterval> windows = List.of();
            if (!startsOnly && random.nextInt(5) == 0) {
                long first = random.nextInt(6 * 60) * 60L;
                long firstEnd = first + (20 + random.nextInt(4 * 60)) * 60L;
                windows = random.nextBoolean()
                        ? List.of(new TimeInterval(first, firstEnd))
                        : List.of(
                                new TimeInterval(first, firstEnd),
                                new TimeInterval(firstEnd + HOUR, firstEnd + (2 + random.nextInt(8)) * HOUR));
            }
            long sla = !startsOnly && random.nextInt(3) == 0 ? (1 + random.nextInt(12 * 60)) * 60L : Long.MAX_VALUE;
            double volume = random.nextBoolean() ? (1 + random.nextInt(25)) / 10.0 : 0.2 + random.nextDouble() * 2;
            Task spot = PlanFixtures.blindSpot(
                    prefix + i, random.nextInt(LOCATIONS), volume, earliest, sla, 1 + random.nextInt(3));
            tasks.add(new Task(
                    spot.getId(),
                    spot.getKind(),
                    spot.getProblem().toBuilder()
                            .serviceSeconds((5 + random.nextInt(15)) * 60L)
                            .latestStart(latest)
                            .allowedWindows(windows)
                            // Some go from one place to another, either way: which way is quicker may turn.
                            .endLocation(
                                    !startsOnly && random.nextInt(4) == 0
                                            ? random.nextInt(LOCATIONS)
                                            : spot.getProblem().startLocation())
                            .eitherDirection(!startsOnly && random.nextBoolean())
                            .build()));
        }
        return tasks;
    }
}
