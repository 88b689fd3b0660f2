package city.sanitation.planning.domain;

import static city.sanitation.planning.PlanFixtures.LINE;
import static city.sanitation.planning.PlanFixtures.pass;
import static city.sanitation.planning.PlanFixtures.washer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.sanitation.fleet.Capability;
import city.sanitation.planning.PlanFixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Where a washing truck refills along a fixed order of passes. On the fixtures' line a location step is 1 km and
 * 100 s, the depot is location 0 and the hydrant location 5 (600 s to refill); a washer's tank holds 8,000 litres,
 * 1 litre a metre, and it washes 2 m/s.
 */
class RefillSplitTest {

    /**
     * 4,000 litres at the hydrant, then 3,000 and 3,000 farther out: the greedy split refills before the third pass,
     * 5 km past the hydrant; refilling before the second, on the way out, costs no detour at all.
     */
    private static Task[] pastTheHydrant(TimeInterval... secondWindow) {
        return new Task[] {pass("p1", 4, 5, 4000), pass("p2", 9, 10, 3000, secondWindow), pass("p3", 10, 11, 3000)};
    }

    private static Route planned(Route route) {
        route.setSchedule(RouteSchedule.of(route));
        return route;
    }

    private static Route greedy(Crew crew, Task... tasks) {
        return planned(PlanFixtures.route(crew, tasks));
    }

    /** A route that places its refills where they cost least. */
    private static Route route(Crew crew, Task... tasks) {
        Route route = PlanFixtures.route(crew, tasks);
        route.setRefillSplit(true);
        return route;
    }

    private static List<Integer> refillPositions(Route route) {
        List<Stop> stops = route.getSchedule().stops();
        return IntStream.range(0, stops.size())
                .filter(i -> stops.get(i).detour() != null)
                .boxed()
                .toList();
    }

    @Test
    void refillsWhereTheHydrantIsOnTheWayRatherThanWhereTheTankRunsDry() {
        Route chosen = planned(route(washer("w"), pastTheHydrant()));
        Route greedy = greedy(washer("w"), pastTheHydrant());

        // Greedy: 0→4, 5→9, 10→hydrant 5→10, 11→0 = 4 + 4 + 10 + 11 km; chosen: 0→4, 5→hydrant 5→9, 11→0.
        assertThat(refillPositions(greedy)).containsExactly(2);
        assertThat(greedy.deadheadMetres()).isEqualTo(29_000);
        assertThat(refillPositions(chosen)).containsExactly(1);
        assertThat(chosen.deadheadMetres()).isEqualTo(19_000);
        assertThat(chosen.getSchedule().stops().get(1).detour().facility().id()).isEqualTo("hydrant-1");
        assertThat(chosen.end().arrival()).isLessThan(greedy.end().arrival());
    }

    @Test
    void refillThatWouldMissALaterWindowIsNotChosen() {
        // The second pass must end by 4,500 s: greedily it runs 2,800–4,300 s; refilling first, 3,400–4,900 s.
        TimeInterval closesEarly = new TimeInterval(0, 4500);
        Route chosen = planned(route(washer("w"), pastTheHydrant(closesEarly)));

        assertThat(chosen.getSchedule().windowsMissed()).isZero();
        assertThat(refillPositions(chosen)).containsExactly(2);
        assertThat(chosen.deadheadMetres()).isEqualTo(29_000);
    }

    @Test
    void passThatMayGoEitherWayIsDrivenTowardsTheRefill() {
        // On a grid, with a tank for one of the two passes: from the depot (0,0) the pass between (1,0) and (0,3) is
        // nearest at (1,0), so driving it from there ends the first leg soonest; but then the way to the hydrant at
        // (5,0) and on to the next pass at (2,0) starts at (0,3), 3 km farther than from (1,0).
        Crew crew = withTravel(washer("w"), GRID, 150);
        Route chosen = planned(route(crew, eitherWay(pass("p1", 1, 300, 100)), pass("p2", 2, 3, 100)));
        Route greedy = greedy(crew, eitherWay(pass("p1", 1, 300, 100)), pass("p2", 2, 3, 100));

        // Greedy: 0→(1,0) 1 km, (0,3)→(5,0)→(2,0) 8 + 3 km, home 3 km; chosen: 0→(0,3) 3 km, (1,0)→(5,0)→(2,0)
        // 4 + 3 km, home 3 km.
        assertThat(greedy.getSchedule().stops().get(0).reversed()).isFalse();
        assertThat(greedy.deadheadMetres()).isEqualTo(15_000);
        assertThat(chosen.getSchedule().stops().get(0).reversed()).isTrue();
        assertThat(refillPositions(chosen)).containsExactly(1);
        assertThat(chosen.deadheadMetres()).isEqualTo(13_000);
    }

    @Test
    void routeThatNeverRefillsKeepsItsGreedyDirections() {
        Crew crew = withTravel(washer("w"), GRID, 8000);
        Route chosen = planned(route(crew, eitherWay(pass("p1", 1, 300, 100)), pass("p2", 2, 3, 100)));
        Route greedy = greedy(crew, eitherWay(pass("p1", 1, 300, 100)), pass("p2", 2, 3, 100));

        assertThat(chosen.getSchedule()).isEqualTo(greedy.getSchedule());
    }

    @Test
    void withAHydrantEverywhereTheSplitIsTheGreedyOne() {
        List<Facility> everywhere = IntStream.rangeClosed(0, 30)
                .mapToObj(i -> new Facility("h" + i, "Hydrant " + i, i, 0))
                .toList();
        Crew crew = withTravel(washer("w"), LINE, everywhere, 8000);
        Random random = new Random(3);
        for (int trial = 0; trial < 50; trial++) {
            Task[] tasks = randomPasses(random, 10, false);

            Route chosen = planned(route(crew, tasks));
            Route greedy = greedy(crew, tasks);

            assertThat(chosen.getSchedule()).isEqualTo(greedy.getSchedule());
        }
    }

    @Test
    void neverOverflowsTheTankAndCostsWhatTheBestOfEverySplitCosts() {
        Random random = new Random(11);
        for (int trial = 0; trial < 60; trial++) {
            Task[] tasks = randomPasses(random, 6, true);
            if (Arrays.stream(tasks)
                            .mapToDouble(task -> task.getProblem().lengthMetres())
                            .sum()
                    <= 8000) {
                // A tank lasts the whole route: then there is no split, and the directions stay greedy.
                trial--;
                continue;
            }
            Route chosen = planned(route(washer("w"), tasks));

            assertThat(waterLeftAfterEachStop(chosen)).allMatch(litres -> litres >= 0);
            assertThat(chosen.getSchedule().crewCost(chosen.getCrew()))
                    .as("trial %d", trial)
                    .isCloseTo(cheapestOfEverySplit(chosen.getCrew(), tasks), within(1e-6));
            Route greedy = greedy(washer("w"), tasks);
            assertThat(chosen.getSchedule().crewCost(chosen.getCrew()))
                    .isLessThanOrEqualTo(greedy.getSchedule().crewCost(greedy.getCrew()));
        }
    }

    @Test
    void pinnedTasksKeepTheirRefills() {
        Route chosen = route(washer("w"), pastTheHydrant());
        chosen.setPinnedCount(2);
        planned(chosen);

        // The first two passes are done: the split may only choose from the third on, which needs the refill.
        assertThat(refillPositions(chosen)).containsExactly(2);
    }

    @Test
    void scheduleAfterAChangeEqualsTheScheduleFromScratch() {
        Route route = planned(route(washer("w"), pastTheHydrant()));
        route.getTasks().add(pass("p4", 11, 12, 2000));

        RouteSchedule updated = RouteSchedule.of(route, route.getSchedule(), 3);

        assertThat(updated).isEqualTo(RouteSchedule.of(route));
    }

    /** What the route pays at its cheapest over every choice of refills and directions, by trying them all. */
    private static double cheapestOfEverySplit(Crew crew, Task[] tasks) {
        Route route = route(crew, tasks);
        int n = tasks.length;
        double cheapest = Double.POSITIVE_INFINITY;
        for (int refills = 0; refills < 1 << n; refills++) {
            for (int directions = 0; directions < 1 << n; directions++) {
                List<Stop> stops = new ArrayList<>();
                RouteState state = route.startState();
                for (int i = 0; i < n; i++) {
                    Stop stop = StopPlanner.planChosen(
                            route, tasks[i], state, (refills >> i & 1) == 1, (directions >> i & 1) == 1);
                    stops.add(stop);
                    state = stop.after();
                }
                RouteSchedule schedule = new RouteSchedule(stops, StopPlanner.planReturn(route, state), List.of());
                cheapest = Math.min(cheapest, schedule.crewCost(crew));
            }
        }
        return cheapest;
    }

    private static List<Double> waterLeftAfterEachStop(Route route) {
        List<Double> left = new ArrayList<>();
        double water = route.getCrew().capacities().tankLitres();
        for (int i = 0; i < route.getTasks().size(); i++) {
            if (route.getSchedule().stops().get(i).detour() != null) {
                water = route.getCrew().capacities().tankLitres();
            }
            water -= route.getTasks().get(i).getProblem().lengthMetres()
                    * route.getCrew().rates().waterLitresPerMetre();
            left.add(water);
        }
        return left;
    }

    /** Passes between locations 0 and 30 of 500 to 3,000 m (short of overtime); some may be driven either way. */
    private static Task[] randomPasses(Random random, int count, boolean someEitherWay) {
        Task[] tasks = new Task[count];
        for (int i = 0; i < count; i++) {
            int from = random.nextInt(30);
            int to = from + 1 + random.nextInt(3);
            Task task = pass("p" + i, from, to, 500 + 500 * random.nextInt(6));
            tasks[i] = someEitherWay && random.nextBoolean() ? eitherWay(task) : task;
        }
        return tasks;
    }

    private static Task eitherWay(Task task) {
        return new Task(
                task.getId(),
                task.getKind(),
                task.getProblem().toBuilder().eitherDirection(true).build());
    }

    /** Location y·100 + x lies at (x, y) km; streets run along the axes, 100 s a km. */
    private static final TravelTimes GRID = new TravelTimes() {
        @Override
        public long seconds(int from, int to) {
            return blocks(from, to) * 100L;
        }

        @Override
        public long metres(int from, int to) {
            return blocks(from, to) * 1000L;
        }

        private static long blocks(int from, int to) {
            return Math.abs(from % 100 - to % 100) + Math.abs(from / 100 - to / 100);
        }
    };

    private static Crew withTravel(Crew crew, TravelTimes travel, double tankLitres) {
        return withTravel(crew, travel, crew.facilities().hydrants(), tankLitres);
    }

    private static Crew withTravel(Crew crew, TravelTimes travel, List<Facility> hydrants, double tankLitres) {
        return crew.toBuilder()
                .capabilities(Set.of(Capability.WASHING))
                .capacities(new CrewCapacities(tankLitres, crew.capacities().bodyM3(), 0.0))
                .travel(travel)
                .facilities(new CrewFacilities(hydrants, crew.facilities().transferStations(), List.of()))
                .build();
    }
}
