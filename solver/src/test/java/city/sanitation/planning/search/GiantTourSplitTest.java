package city.sanitation.planning.search;

import static city.sanitation.planning.PlanFixtures.pass;
import static city.sanitation.planning.PlanFixtures.washer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import city.sanitation.planning.PlanFixtures;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.RoutePlanning;
import city.sanitation.planning.domain.RouteSchedule;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.planning.score.PlanCosts;
import city.sanitation.planning.score.SanitationConstraintProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A giant tour cut into trips. On the fixtures' line a location step is 1 km and 100 s, the depot is location 0; a
 * washer's tank holds 8,000 litres at 1 litre a metre.
 */
class GiantTourSplitTest {

    private final GiantTourSplit split = new GiantTourSplit(washer("w"));

    @Test
    void cutsWhereTheTripsDriveLeast() {
        // Three passes of 4,000 litres out along the line: two fit a tank. Cut after the first: 0→1, 2→0 and
        // 0→2, 3→3, 4→0 drive 3 + 6 km; cut after the second: 0→1, 2→2, 3→0 and 0→3, 4→0 drive 4 + 7 km.
        Task a = pass("a", 1, 2, 4000);
        Task b = pass("b", 2, 3, 4000);
        Task c = pass("c", 3, 4, 4000);

        List<List<Task>> trips = split.split(List.of(a, b, c), 2);

        assertThat(trips).containsExactly(List.of(a), List.of(b, c));
        assertThat(totalCost(trips)).isCloseTo(9 * kilometre(), within(1e-9));
    }

    @Test
    void findsNoSplitWhenTheTripsWouldBeTooMany() {
        List<Task> tour = List.of(pass("a", 1, 2, 6000), pass("b", 2, 3, 6000), pass("c", 3, 4, 6000));

        assertThat(split.split(tour, 2)).isNull();
        assertThat(split.split(tour, 3)).hasSize(3);
    }

    @Test
    void costsWhatTheBestOfEveryCutCosts() {
        Random random = new Random(7);
        for (int trial = 0; trial < 100; trial++) {
            List<Task> tour = randomPasses(random, 2 + random.nextInt(7));
            int maxTrips = 1 + random.nextInt(4);

            List<List<Task>> trips = split.split(tour, maxTrips);

            double cheapest = cheapestOfEveryCut(tour, maxTrips);
            if (cheapest == Double.POSITIVE_INFINITY) {
                assertThat(trips).as("trial %d", trial).isNull();
                continue;
            }
            assertThat(trips).as("trial %d", trial).isNotNull().hasSizeLessThanOrEqualTo(maxTrips);
            assertThat(trips.stream().flatMap(List::stream).toList()).isEqualTo(tour);
            assertThat(trips).allMatch(trip -> water(trip) <= 8000);
            assertThat(totalCost(trips)).as("trial %d", trial).isCloseTo(cheapest, within(1e-9));
        }
    }

    @Test
    void tripCostIsWhatTheRouteDrives() {
        Random random = new Random(3);
        Crew crew = washer("w");
        for (int trial = 0; trial < 50; trial++) {
            // At most two passes of 4,000 litres: one tank, no refill.
            List<Task> trip = randomPasses(random, 1 + random.nextInt(2));
            Route route = PlanFixtures.route(crew, trip.toArray(Task[]::new));
            RouteSchedule schedule = RoutePlanning.schedule(route, trip);

            // The fixture's crew pays per km and per hour of driving alike: 1 km is 100 s.
            assertThat(split.tripCost(trip, 0, trip.size()))
                    .as("trial %d", trial)
                    .isCloseTo(schedule.deadheadMetres() / 1000.0 * kilometre(), within(1e-9));
        }
    }

    @Test
    void movesTheBoundaryBetweenTwoRoutesOnlyWhenThatIsCheaper() {
        Task a = pass("a", 1, 2, 4000);
        Task b = pass("b", 2, 3, 4000);
        Task c = pass("c", 3, 4, 4000);
        // Driving alone, as the benchmarks price it: a fair share of the work would favour the longer trip.
        SanitationPlan plan = PlanFixtures.plan(List.of(), List.of());
        plan.setConstraintWeightOverrides(ConstraintWeightOverrides.of(
                Map.of(SanitationConstraintProvider.WORKLOAD_BALANCE, HardMediumSoftLongScore.ZERO)));
        PlanCosts drivingOnly = PlanCosts.of(plan);
        List<RouteTrials> routes = List.of(
                new RouteTrials(PlanFixtures.route(washer("w1"), a, b), drivingOnly),
                new RouteTrials(PlanFixtures.route(washer("w2"), c), drivingOnly));
        double before = routes.get(0).cost() + routes.get(1).cost();
        GiantTourSplit tourSplit = GiantTourSplit.forTimeFreeWashers(routes, List.of(a, b, c));

        // The tour begins with a random route: begun with c, the cheapest cut is where the routes now end.
        Random random = new Random(1);
        boolean changed = false;
        for (int attempt = 0; attempt < 20 && !changed; attempt++) {
            changed = tourSplit.improve(routes, random);
        }

        assertThat(changed).isTrue();
        assertThat(routes.stream().map(RouteTrials::tasks).toList())
                .containsExactlyInAnyOrder(List.of(a), List.of(b, c));
        assertThat(routes.get(0).cost() + routes.get(1).cost()).isLessThan(before);
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(tourSplit.improve(routes, random)).isFalse();
        }
    }

    @Test
    void leavesRoutesWithAClockAlone() {
        Task windowed = pass("a", 1, 2, 4000, new TimeInterval(0, 3600));
        List<RouteTrials> routes = List.of(
                new RouteTrials(PlanFixtures.route(washer("w1"), windowed), PlanCosts.DEFAULT),
                new RouteTrials(PlanFixtures.route(washer("w2")), PlanCosts.DEFAULT));

        assertThat(GiantTourSplit.forTimeFreeWashers(routes, List.of(windowed))).isNull();
    }

    /** The fixture's crew: 3 yuan a km and 60 an hour, 100 s a km. */
    private static double kilometre() {
        return 3.0 + 60.0 * 100 / 3600;
    }

    private double totalCost(List<List<Task>> trips) {
        return trips.stream()
                .mapToDouble(trip -> split.tripCost(trip, 0, trip.size()))
                .sum();
    }

    /** The cheapest cut of {@code tour} into at most {@code maxTrips} trips within the tank, by trying them all. */
    private double cheapestOfEveryCut(List<Task> tour, int maxTrips) {
        int n = tour.size();
        double cheapest = Double.POSITIVE_INFINITY;
        for (int cuts = 0; cuts < 1 << (n - 1); cuts++) {
            if (Integer.bitCount(cuts) + 1 > maxTrips) {
                continue;
            }
            double cost = 0;
            int start = 0;
            for (int i = 1; i <= n; i++) {
                if (i == n || (cuts >> (i - 1) & 1) == 1) {
                    List<Task> trip = tour.subList(start, i);
                    cost += water(trip) <= 8000 ? split.tripCost(trip, 0, trip.size()) : Double.POSITIVE_INFINITY;
                    start = i;
                }
            }
            cheapest = Math.min(cheapest, cost);
        }
        return cheapest;
    }

    private static double water(List<Task> trip) {
        return trip.stream()
                .mapToDouble(task -> task.getProblem().lengthMetres())
                .sum();
    }

    /** Passes of 500 to 4,000 m between locations 0 and 20 of the line, some of which may go either way. */
    private static List<Task> randomPasses(Random random, int count) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int from = random.nextInt(20);
            Task task = pass("p" + i, from, from + 1 + random.nextInt(3), 500 + 500 * random.nextInt(8));
            tasks.add(random.nextBoolean() ? eitherWay(task) : task);
        }
        return tasks;
    }

    private static Task eitherWay(Task task) {
        return new Task(
                task.getId(),
                task.getKind(),
                task.getProblem().toBuilder().eitherDirection(true).build());
    }
}
