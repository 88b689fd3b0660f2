package city.sanitation.planning.domain;

import static city.sanitation.planning.PlanFixtures.HOUR;
import static city.sanitation.planning.PlanFixtures.crew;
import static city.sanitation.planning.PlanFixtures.pass;
import static city.sanitation.planning.PlanFixtures.route;
import static city.sanitation.planning.PlanFixtures.washer;
import static city.sanitation.planning.PlanFixtures.withShiftRange;
import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.fleet.Capability;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where a route spends its waits: on the street, back at the depot, or by leaving later. On the fixtures' line a
 * location step is 1 km and 100 s, the depot is location 0, and a washer washes 2 m/s.
 */
class StopPlannerWaitTest {

    private static final long DEPOT_WAIT_MIN = 45 * 60;

    /** The first pass, 1→2, ends at 600 s at location 2; the second starts at location 3. */
    private static Route twoPasses(Crew crew, long secondWindowStart) {
        return planned(route(
                crew, pass("p1", 1, 2, 1000), pass("p2", 3, 4, 1000, new TimeInterval(secondWindowStart, 20 * HOUR))));
    }

    private static Route planned(Route route) {
        route.setSchedule(RouteSchedule.of(route));
        return route;
    }

    @Test
    void longWaitIsSpentAtTheDepot() {
        Route route = twoPasses(withShiftRange(washer("w"), 0, DEPOT_WAIT_MIN), 4 * HOUR);

        Stop second = route.getSchedule().stops().get(1);

        // From location 2 back to the depot (200 s, 2 km), then out to location 3 (300 s, 3 km).
        assertThat(second.depotWait()).isEqualTo(new DepotWait(800, 4 * HOUR - 300, 2000));
        assertThat(second.arrival()).isEqualTo(4 * HOUR);
        assertThat(second.start()).isEqualTo(4 * HOUR);
        assertThat(second.waitSeconds()).isZero();
        assertThat(second.travelMetres()).isEqualTo(5000);
        assertThat(second.travelSeconds()).isEqualTo(500);
    }

    @Test
    void waitIsSpentOnTheStreetWhenTheStayAtTheDepotWouldBeShort() {
        // On the street the wait is 3,099 s, above the threshold, but the extra driving leaves 2,699 s at the depot.
        long windowStart = 600 + 500 + DEPOT_WAIT_MIN - 1;
        Route route = twoPasses(withShiftRange(washer("w"), 0, DEPOT_WAIT_MIN), windowStart);

        Stop second = route.getSchedule().stops().get(1);

        assertThat(second.depotWait()).isNull();
        assertThat(second.arrival()).isEqualTo(700);
        assertThat(second.waitSeconds()).isEqualTo(windowStart - 700);
        assertThat(second.travelMetres()).isEqualTo(1000);
    }

    @Test
    void stayJustLongEnoughIsSpentAtTheDepot() {
        long windowStart = 600 + 500 + DEPOT_WAIT_MIN;
        Route route = twoPasses(withShiftRange(washer("w"), 0, DEPOT_WAIT_MIN), windowStart);

        assertThat(route.getSchedule().stops().get(1).depotWait().seconds()).isEqualTo(DEPOT_WAIT_MIN);
    }

    @Test
    void crewThatNeverWaitsAtTheDepotWaitsOnTheStreet() {
        Route route = twoPasses(washer("w"), 4 * HOUR);

        Stop second = route.getSchedule().stops().get(1);

        assertThat(second.depotWait()).isNull();
        assertThat(second.waitSeconds()).isEqualTo(4 * HOUR - 700);
    }

    @Test
    void routeLeavesWhenItsFirstTaskNeedsIt() {
        Route route = planned(route(washer("w"), pass("p1", 3, 4, 1000, new TimeInterval(3 * HOUR, 20 * HOUR))));

        Stop first = route.getSchedule().stops().get(0);

        assertThat(first.depotWait()).isEqualTo(new DepotWait(0, 3 * HOUR - 300, 0));
        assertThat(first.arrival()).isEqualTo(3 * HOUR);
        assertThat(first.waitSeconds()).isZero();
        assertThat(first.travelMetres()).isEqualTo(3000);
        assertThat(route.departure()).isEqualTo(3 * HOUR - 300);
    }

    @Test
    void withoutAStartRangeTheShiftBeginsAtItsStartAndIsPaidFromThere() {
        Route route = planned(route(washer("w"), pass("p1", 3, 4, 1000, new TimeInterval(3 * HOUR, 20 * HOUR))));

        // The pass ends 500 s after 3 h at location 4, 400 s from the depot.
        assertThat(route.shiftBegin()).isZero();
        assertThat(route.workingSeconds()).isEqualTo(3 * HOUR + 900);
    }

    @Test
    void shiftBeginsAtTheDepartureWithinItsStartRange() {
        Crew crew = withShiftRange(washer("w"), 4 * HOUR, CrewShift.NEVER_WAITS_AT_DEPOT);
        Route route = planned(route(crew, pass("p1", 3, 4, 1000, new TimeInterval(3 * HOUR, 20 * HOUR))));

        assertThat(route.shiftBegin()).isEqualTo(3 * HOUR - 300);
        assertThat(route.workingSeconds()).isEqualTo(300 + 500 + 400);
    }

    @Test
    void shiftBeginsNoLaterThanItsLatestStart() {
        Crew crew = withShiftRange(washer("w"), 2 * HOUR, CrewShift.NEVER_WAITS_AT_DEPOT);
        Route route = planned(route(crew, pass("p1", 3, 4, 1000, new TimeInterval(3 * HOUR, 20 * HOUR))));

        assertThat(route.departure()).isEqualTo(3 * HOUR - 300);
        assertThat(route.shiftBegin()).isEqualTo(2 * HOUR);
        assertThat(route.workingSeconds()).isEqualTo(HOUR + 900);
    }

    @Test
    void shiftThatBeginsLaterEndsLater() {
        // No tank, so that one 7-hour pass needs no refill: it starts at 2 h and the route is back at 9 h 200 s.
        Crew noTank = crew("w", "washer", Set.of(Capability.WASHING), Set.of(), 0, 0, List.of());
        Route fixedStart =
                planned(route(noTank, pass("p1", 1, 2, 2.0 * 7 * HOUR, new TimeInterval(2 * HOUR, 20 * HOUR))));
        Route lateStart = planned(route(
                withShiftRange(noTank, 2 * HOUR, CrewShift.NEVER_WAITS_AT_DEPOT),
                pass("p1", 1, 2, 2.0 * 7 * HOUR, new TimeInterval(2 * HOUR, 20 * HOUR))));

        assertThat(fixedStart.overtimeSeconds()).isEqualTo(HOUR + 200);
        assertThat(fixedStart.pastHardEndSeconds()).isEqualTo(200);
        assertThat(lateStart.shiftBegin()).isEqualTo(2 * HOUR - 100);
        assertThat(lateStart.shiftEnd()).isEqualTo(10 * HOUR - 100);
        assertThat(lateStart.overtimeSeconds()).isZero();
        assertThat(lateStart.pastHardEndSeconds()).isZero();
    }

    @Test
    void laterDepartureLeavesTheRestOfTheDayAsItWas() {
        Route route = planned(route(
                withShiftRange(washer("w"), 4 * HOUR, DEPOT_WAIT_MIN),
                pass("p1", 3, 4, 1000, new TimeInterval(3 * HOUR, 20 * HOUR))));
        RouteState fromShiftStart = route.startState();

        Stop planned = RoutePlanning.plan(route, route.getTasks().get(0), fromShiftStart);

        assertThat(planned).isEqualTo(route.getSchedule().stops().get(0));
        assertThat(planned.after().time()).isEqualTo(3 * HOUR + 500);
    }
}
