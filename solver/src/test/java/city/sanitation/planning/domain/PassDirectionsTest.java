package city.sanitation.planning.domain;

import static city.sanitation.planning.PlanFixtures.pass;
import static city.sanitation.planning.PlanFixtures.washer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.sanitation.fleet.Capability;
import city.sanitation.planning.PlanFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which way a route drives its passes that may go either way. On the grid, location y·100 + x lies at (x, y) km,
 * 100 s a km; the depot is (0,0), the hydrant (5,0) with 600 s to refill; a washer washes 2 m/s at 1 litre a metre.
 */
class PassDirectionsTest {

    private static Route planned(Crew crew, boolean chosen, Task... tasks) {
        Route route = PlanFixtures.route(crew, tasks);
        route.setPassDirections(chosen);
        route.setSchedule(RouteSchedule.of(route));
        return route;
    }

    @Test
    void passIsDrivenTowardsTheNextOneRatherThanFromTheNearerEnd() {
        // From the depot the pass between (1,0) and (0,3) is nearest at (1,0), but then it ends at (0,3), 5 km from
        // the next pass at (2,0); driven from (0,3) it ends 1 km from it.
        Crew crew = onGrid(8000);
        Task[] tasks = {eitherWay(pass("p1", 1, 300, 100)), pass("p2", 2, 3, 100)};

        Route greedy = planned(crew, false, tasks);
        Route chosen = planned(crew, true, tasks);

        // Greedy: 0→(1,0) 1 km, (0,3)→(2,0) 5 km, (3,0)→0 3 km; chosen: 0→(0,3) 3 km, (1,0)→(2,0) 1 km, home 3 km.
        assertThat(greedy.getSchedule().stops().get(0).reversed()).isFalse();
        assertThat(greedy.deadheadMetres()).isEqualTo(9_000);
        assertThat(chosen.getSchedule().stops().get(0).reversed()).isTrue();
        assertThat(chosen.deadheadMetres()).isEqualTo(7_000);
        assertThat(chosen.end().arrival()).isLessThan(greedy.end().arrival());
    }

    @Test
    void directionThatWouldMissAWindowIsNotChosen() {
        // Driven from (0,3) the first pass would start at 300 s, past its window's end; from (1,0) it ends at 150 s.
        Crew crew = onGrid(8000);
        Task[] tasks = {eitherWay(pass("p1", 1, 300, 100, new TimeInterval(0, 200))), pass("p2", 2, 3, 100)};

        Route chosen = planned(crew, true, tasks);

        assertThat(chosen.getSchedule().windowsMissed()).isZero();
        assertThat(chosen.getSchedule().stops().get(0).reversed()).isFalse();
        assertThat(chosen.deadheadMetres()).isEqualTo(9_000);
    }

    @Test
    void costsWhatTheBestOfEveryDirectionCostsWithTheRefillsWhereTheTankRunsDry() {
        Random random = new Random(5);
        Crew crew = onGrid(3000);
        for (int trial = 0; trial < 80; trial++) {
            Task[] tasks = randomPasses(random, 7);

            Route greedy = planned(crew, false, tasks);
            Route chosen = planned(crew, true, tasks);

            assertThat(refills(chosen)).as("trial %d", trial).isEqualTo(refills(greedy));
            assertThat(chosen.getSchedule().crewCost(crew))
                    .as("trial %d", trial)
                    .isCloseTo(cheapestOfEveryDirection(crew, tasks), within(1e-6))
                    .isLessThanOrEqualTo(greedy.getSchedule().crewCost(crew));
        }
    }

    @Test
    void pinnedPassesKeepTheirDirections() {
        Crew crew = onGrid(8000);
        Route route = PlanFixtures.route(crew, eitherWay(pass("p1", 1, 300, 100)), pass("p2", 2, 3, 100));
        route.setPassDirections(true);
        route.setPinnedCount(1);
        route.setSchedule(RouteSchedule.of(route));

        assertThat(route.getSchedule().stops().get(0).reversed()).isFalse();
    }

    @Test
    void scheduleAfterAChangeEqualsTheScheduleFromScratch() {
        Random random = new Random(9);
        Crew crew = onGrid(3000);
        Route route = planned(crew, true, randomPasses(random, 6));
        for (int change = 0; change < 20; change++) {
            int at = random.nextInt(route.getTasks().size() + 1);
            route.getTasks().add(at, randomPasses(random, 1)[0]);
            route.setSchedule(RouteSchedule.of(route, route.getSchedule(), at));

            assertThat(route.getSchedule()).isEqualTo(RouteSchedule.of(route));
        }
    }

    /** What the route pays at its cheapest over every choice of directions, refilling where the tank runs dry. */
    private static double cheapestOfEveryDirection(Crew crew, Task[] tasks) {
        Route route = PlanFixtures.route(crew, tasks);
        int n = tasks.length;
        double cheapest = Double.POSITIVE_INFINITY;
        for (int directions = 0; directions < 1 << n; directions++) {
            List<Stop> stops = new ArrayList<>();
            RouteState state = route.startState();
            for (int i = 0; i < n; i++) {
                Stop stop = StopPlanner.planChosen(route, tasks[i], state, false, (directions >> i & 1) == 1);
                stops.add(stop);
                state = stop.after();
            }
            RouteSchedule schedule = new RouteSchedule(stops, StopPlanner.planReturn(route, state), List.of());
            cheapest = Math.min(cheapest, schedule.crewCost(crew));
        }
        return cheapest;
    }

    private static long refills(Route route) {
        return route.getSchedule().stops().stream()
                .filter(stop -> stop.detour() != null)
                .count();
    }

    /** Passes of 100 to 1,500 m between grid points up to (6,6), most of which may be driven either way. */
    private static Task[] randomPasses(Random random, int count) {
        Task[] tasks = new Task[count];
        for (int i = 0; i < count; i++) {
            int from = random.nextInt(7) + 100 * random.nextInt(7);
            int to = from + (random.nextBoolean() ? 1 : 100);
            Task task = pass("p" + random.nextInt(1_000_000), from, to, 100 + 200 * random.nextInt(8));
            tasks[i] = random.nextInt(4) > 0 ? eitherWay(task) : task;
        }
        return tasks;
    }

    private static Task eitherWay(Task task) {
        return new Task(
                task.getId(),
                task.getKind(),
                task.getProblem().toBuilder().eitherDirection(true).build());
    }

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

    private static Crew onGrid(double tankLitres) {
        Crew crew = washer("w");
        return crew.toBuilder()
                .capabilities(Set.of(Capability.WASHING))
                .capacities(new CrewCapacities(tankLitres, crew.capacities().bodyM3(), 0.0))
                .travel(GRID)
                .build();
    }
}
