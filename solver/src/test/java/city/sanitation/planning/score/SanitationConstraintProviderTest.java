package city.sanitation.planning.score;

import static city.sanitation.planning.PlanFixtures.HOUR;
import static city.sanitation.planning.PlanFixtures.blindSpot;
import static city.sanitation.planning.PlanFixtures.garbageTruck;
import static city.sanitation.planning.PlanFixtures.pass;
import static city.sanitation.planning.PlanFixtures.plan;
import static city.sanitation.planning.PlanFixtures.route;
import static city.sanitation.planning.PlanFixtures.toiletCrew;
import static city.sanitation.planning.PlanFixtures.toiletRound;
import static city.sanitation.planning.PlanFixtures.washer;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import city.sanitation.fleet.Capability;
import city.sanitation.planning.PlanFixtures;
import city.sanitation.planning.domain.BreakWindow;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.HomeTerritories;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TimeInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each constraint in a penalized and an unpenalized case. On the fixtures' straight road one location step is
 * 1000 m and 100 s; a washer washes 2 m/s.
 */
class SanitationConstraintProviderTest {

    private final ConstraintVerifier<SanitationConstraintProvider, SanitationPlan> verifier =
            ConstraintVerifier.build(new SanitationConstraintProvider(), SanitationPlan.class, Route.class, Task.class);

    private static SanitationPlan planOf(Route... routes) {
        List<Task> tasks = new ArrayList<>();
        for (Route route : routes) {
            tasks.addAll(route.getTasks());
        }
        return plan(List.of(routes), tasks);
    }

    private static SanitationPlan planWithUnassigned(List<Route> routes, Task... unassigned) {
        List<Task> tasks = new ArrayList<>(Stream.of(unassigned).toList());
        routes.forEach(route -> tasks.addAll(route.getTasks()));
        return plan(routes, tasks);
    }

    @Nested
    class VehicleCanDoTheTask {
        @Test
        void penalizesAWasherSentToABlindSpot() {
            verifier.verifyThat(SanitationConstraintProvider::vehicleCanDoTheTask)
                    .givenSolution(planOf(route(washer("w1"), blindSpot("b1", 1, 1.0, 0, HOUR, 2))))
                    .settingAllShadowVariables()
                    .penalizesBy(1000);
        }

        @Test
        void acceptsAWasherOnAStreetPass() {
            verifier.verifyThat(SanitationConstraintProvider::vehicleCanDoTheTask)
                    .givenSolution(planOf(route(washer("w1"), pass("p1", 1, 2, 1000))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class CrewHasTheEquipment {
        @Test
        void penalizesALargePileWithoutALoader() {
            verifier.verifyThat(SanitationConstraintProvider::crewHasTheEquipment)
                    .givenSolution(
                            planOf(route(garbageTruck("g1", Set.of()), blindSpot("b1", 1, 1, 0, HOUR, 2, "loader"))))
                    .settingAllShadowVariables()
                    .penalizesBy(1000);
        }

        @Test
        void acceptsACrewWithTheLoader() {
            verifier.verifyThat(SanitationConstraintProvider::crewHasTheEquipment)
                    .givenSolution(planOf(
                            route(garbageTruck("g1", Set.of("loader")), blindSpot("b1", 1, 1, 0, HOUR, 2, "loader"))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class BackBeforeTheShiftsHardEnd {
        @Test
        void penalizesMinutesPastTheHardEnd() {
            // Washing 10:00-10:08:20 after the horizon start, home 200 s later; the hard end is at 9 h.
            Task late = pass("p1", 1, 2, 1000, new TimeInterval(10 * HOUR, 11 * HOUR));
            long pastSeconds = 10 * HOUR + 500 + 200 - 9 * HOUR;
            verifier.verifyThat(SanitationConstraintProvider::backBeforeTheShiftsHardEnd)
                    .givenSolution(planOf(route(washer("w1"), late)))
                    .settingAllShadowVariables()
                    .penalizesBy((pastSeconds + 59) / 60);
        }

        @Test
        void acceptsARouteHomeInTime() {
            verifier.verifyThat(SanitationConstraintProvider::backBeforeTheShiftsHardEnd)
                    .givenSolution(planOf(route(washer("w1"), pass("p1", 1, 2, 1000))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class WorkInsideAllowedWindows {
        @Test
        void penalizesAPassArrivingAfterItsLastWindow() {
            verifier.verifyThat(SanitationConstraintProvider::workInsideAllowedWindows)
                    .givenSolution(planOf(route(washer("w1"), pass("p1", 1, 2, 1000, new TimeInterval(0, 50)))))
                    .settingAllShadowVariables()
                    .penalizesBy(1000);
        }

        @Test
        void acceptsAPassThatWaitsForItsWindow() {
            verifier.verifyThat(SanitationConstraintProvider::workInsideAllowedWindows)
                    .givenSolution(planOf(
                            route(washer("w1"), pass("p1", 1, 2, 1000, new TimeInterval(HOUR, 2 * HOUR)))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class StartBeforeTheLatestStart {
        private Task withLatestStart(Task task, long latestStart) {
            return new Task(
                    task.getId(),
                    task.getKind(),
                    task.getProblem().toBuilder().latestStart(latestStart).build());
        }

        @Test
        void penalizesTimeUnitsPastTheDueTime() {
            // Arrives at location 3 after 300 s; due at 250.
            Task due = withLatestStart(blindSpot("b1", 3, 1, 0, Long.MAX_VALUE, 2), 250);
            verifier.verifyThat(SanitationConstraintProvider::startBeforeTheLatestStart)
                    .givenSolution(planOf(route(garbageTruck("g1", Set.of()), due)))
                    .settingAllShadowVariables()
                    .penalizesBy(50);
        }

        @Test
        void acceptsAStartBeforeTheDueTime() {
            Task due = withLatestStart(blindSpot("b1", 3, 1, 0, Long.MAX_VALUE, 2), 300);
            verifier.verifyThat(SanitationConstraintProvider::startBeforeTheLatestStart)
                    .givenSolution(planOf(route(garbageTruck("g1", Set.of()), due)))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class TaskFitsTheVehicle {
        @Test
        void penalizesAPileLargerThanTheTruckBody() {
            verifier.verifyThat(SanitationConstraintProvider::taskFitsTheVehicle)
                    .givenSolution(planOf(route(garbageTruck("g1", Set.of()), blindSpot("b1", 1, 6.0, 0, HOUR, 2))))
                    .settingAllShadowVariables()
                    .penalizesBy(1000);
        }

        @Test
        void acceptsPilesThatFitWithADumpBetween() {
            // 4 + 4 m³ exceed the 5 m³ body together: the route dumps between them instead of overflowing.
            verifier.verifyThat(SanitationConstraintProvider::taskFitsTheVehicle)
                    .givenSolution(planOf(route(
                            garbageTruck("g1", Set.of()),
                            blindSpot("b1", 1, 4.0, 0, HOUR, 2),
                            blindSpot("b2", 2, 4.0, 0, HOUR, 2))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class ToiletRoundsKeepTheMinimumGap {
        @Test
        void penalizesMinutesShortOfTheMinimumGap() {
            // Two 20-minute rounds back to back start 1200 s apart; the minimum gap is an hour: 40 min short.
            TimeInterval open = new TimeInterval(0, 16 * HOUR);
            verifier.verifyThat(SanitationConstraintProvider::toiletRoundsKeepTheMinimumGap)
                    .givenSolution(planOf(route(
                            toiletCrew("c1"),
                            toiletRound("t1-r1", "t1", 1, open, HOUR, 4 * HOUR),
                            toiletRound("t1-r2", "t1", 1, open, HOUR, 4 * HOUR))))
                    .settingAllShadowVariables()
                    .penalizesBy(40);
        }

        @Test
        void acceptsRoundsOfDifferentToilets() {
            TimeInterval open = new TimeInterval(0, 16 * HOUR);
            verifier.verifyThat(SanitationConstraintProvider::toiletRoundsKeepTheMinimumGap)
                    .givenSolution(planOf(route(
                            toiletCrew("c1"),
                            toiletRound("t1-r1", "t1", 1, open, HOUR, 4 * HOUR),
                            toiletRound("t2-r1", "t2", 1, open, HOUR, 4 * HOUR))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class BreaksInsideTheirWindows {
        @Test
        void penalizesABreakThatCannotEndInItsWindow() {
            var crew = PlanFixtures.crew(
                    "w1",
                    "washer",
                    Set.of(Capability.WASHING),
                    Set.of(),
                    8000,
                    0,
                    List.of(new BreakWindow(0, 500, 600)));
            verifier.verifyThat(SanitationConstraintProvider::breaksInsideTheirWindows)
                    .givenSolution(planOf(route(crew, pass("p1", 1, 2, 1000))))
                    .settingAllShadowVariables()
                    .penalizesBy(1000);
        }

        @Test
        void acceptsABreakTakenInItsWindow() {
            var crew = PlanFixtures.crew(
                    "w1",
                    "washer",
                    Set.of(Capability.WASHING),
                    Set.of(),
                    8000,
                    0,
                    List.of(new BreakWindow(0, 1000, 600)));
            verifier.verifyThat(SanitationConstraintProvider::breaksInsideTheirWindows)
                    .givenSolution(planOf(route(crew, pass("p1", 1, 2, 1000))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class NoWorkForABrokenDownVehicle {
        @Test
        void penalizesWorkAddedAfterTheBreakdown() {
            Route broken = route(washer("w1"), pass("p1", 1, 2, 1000));
            broken.setOutOfServiceFrom(50);
            verifier.verifyThat(SanitationConstraintProvider::noWorkForABrokenDownVehicle)
                    .givenSolution(planOf(broken))
                    .settingAllShadowVariables()
                    .penalizesBy(1000);
        }

        @Test
        void acceptsWorkDoneBeforeTheBreakdown() {
            Route broken = route(washer("w1"), pass("p1", 1, 2, 1000));
            broken.setOutOfServiceFrom(700);
            broken.setPinnedCount(1);
            verifier.verifyThat(SanitationConstraintProvider::noWorkForABrokenDownVehicle)
                    .givenSolution(planOf(broken))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class UnassignedWork {
        @Test
        void penalizesUnassignedWorkByItsPriority() {
            // A day's lateness of a priority-1 report: 30 + 1440 + 1440² / 60 = 36,030, times priority 8.
            verifier.verifyThat(SanitationConstraintProvider::unassignedWork)
                    .givenSolution(planWithUnassigned(List.of(route(washer("w1"))), blindSpot("b1", 1, 1, 0, HOUR, 8)))
                    .settingAllShadowVariables()
                    .penalizesBy(8 * 36_030);
        }

        @Test
        void acceptsAssignedWork() {
            verifier.verifyThat(SanitationConstraintProvider::unassignedWork)
                    .givenSolution(planOf(route(garbageTruck("g1", Set.of()), blindSpot("b1", 1, 1, 0, HOUR, 8))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class BlindSpotClearedWithinItsSla {
        @Test
        void penalizesAMissedDeadlineAndItsMinutesTimesPriority() {
            // Arrives at 100 s, 600 s of work: done at 700 s, 200 s after the deadline: (30 + 4 + 16 / 60) × 2.
            verifier.verifyThat(SanitationConstraintProvider::blindSpotClearedWithinItsSla)
                    .givenSolution(planOf(route(garbageTruck("g1", Set.of()), blindSpot("b1", 1, 1, 0, 500, 2))))
                    .settingAllShadowVariables()
                    .penalizesBy(68);
        }

        @Test
        void penalizesLongLatenessMoreThanItsMinutes() {
            // Done at 700 s, 14 h after the deadline: 30 + 840 + 840² / 60 = 12,630.
            Task late = blindSpot("b1", 1, 0.1, -15 * HOUR, 700 - 14 * HOUR, 1);
            verifier.verifyThat(SanitationConstraintProvider::blindSpotClearedWithinItsSla)
                    .givenSolution(planOf(route(garbageTruck("g1", Set.of()), late)))
                    .settingAllShadowVariables()
                    .penalizesBy(12_630);
        }

        @Test
        void penalizesTenShortDelaysLessThanOneLongOne() {
            // Ten reports at one place, each done 600 s after the one before and 10 min after its deadline:
            // 10 × (30 + 10 + 100 / 60) = 410, far below one report 14 h late.
            Task[] reports = new Task[10];
            for (int i = 0; i < reports.length; i++) {
                reports[i] = blindSpot("b" + i, 1, 0.1, 0, 100 + 600L * i, 1);
            }
            verifier.verifyThat(SanitationConstraintProvider::blindSpotClearedWithinItsSla)
                    .givenSolution(planOf(route(garbageTruck("g1", Set.of()), reports)))
                    .settingAllShadowVariables()
                    .penalizesBy(410);
        }

        @Test
        void oneReport14HoursLateCostsMoreThanTenReports10MinutesLate() {
            assertThat(PlanCosts.slaLatenessPoints(14 * HOUR, 1))
                    .isGreaterThan(10 * PlanCosts.slaLatenessPoints(10 * 60, 1));
        }

        @Test
        void acceptsAClearanceBeforeTheDeadline() {
            verifier.verifyThat(SanitationConstraintProvider::blindSpotClearedWithinItsSla)
                    .givenSolution(planOf(route(garbageTruck("g1", Set.of()), blindSpot("b1", 1, 1, 0, 700, 2))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class DrivingAndWorkingCost {
        @Test
        void penalizesDeadheadKilometresAndHoursOut() {
            // 0->1 and 2->0 deadheading: 3 km at 3 yuan; out 800 s at 60 yuan/h: 9 + 13.33 yuan = 2233 fen.
            verifier.verifyThat(SanitationConstraintProvider::drivingAndWorkingCost)
                    .givenSolution(planOf(route(washer("w1"), pass("p1", 1, 2, 1000))))
                    .settingAllShadowVariables()
                    .penalizesBy(2233);
        }

        @Test
        void acceptsAnUnusedVehicle() {
            verifier.verifyThat(SanitationConstraintProvider::drivingAndWorkingCost)
                    .givenSolution(planOf(route(washer("w1"))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class Overtime {
        @Test
        void penalizesMinutesPastTheShiftEnd() {
            Task late = pass("p1", 1, 2, 1000, new TimeInterval(8 * HOUR, 9 * HOUR));
            long overtimeSeconds = 8 * HOUR + 500 + 200 - 8 * HOUR;
            verifier.verifyThat(SanitationConstraintProvider::overtime)
                    .givenSolution(planOf(route(washer("w1"), late)))
                    .settingAllShadowVariables()
                    .penalizesBy(100 * ((overtimeSeconds + 59) / 60));
        }

        @Test
        void acceptsARouteInsideTheShift() {
            verifier.verifyThat(SanitationConstraintProvider::overtime)
                    .givenSolution(planOf(route(washer("w1"), pass("p1", 1, 2, 1000))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class ToiletRoundsInOrder {
        @Test
        void penalizesARoundCleanedBeforeTheRoundNumberedBeforeIt() {
            TimeInterval open = new TimeInterval(0, 16 * HOUR);
            verifier.verifyThat(SanitationConstraintProvider::toiletRoundsInOrder)
                    .givenSolution(planOf(route(
                            toiletCrew("c1"),
                            toiletRound("t1", 2, 1, open, 0, 4 * HOUR),
                            toiletRound("t1", 1, 1, open, 0, 4 * HOUR))))
                    .settingAllShadowVariables()
                    .justifiesWith(new Justifications.ToiletRounds(
                            "t1",
                            1,
                            List.of("t1-round-2", "t1-round-1"),
                            "Toilet t1: round 2 is cleaned before round 1"))
                    .penalizesBy(1000);
        }

        @Test
        void penalizesRoundsOutOfOrderAcrossCrews() {
            // Round 3 starts at 100 s on one crew, rounds 1 and 2 at 200 s and 1400 s on another: two pairs.
            TimeInterval open = new TimeInterval(0, 16 * HOUR);
            verifier.verifyThat(SanitationConstraintProvider::toiletRoundsInOrder)
                    .givenSolution(planOf(
                            route(toiletCrew("c1"), toiletRound("t1", 3, 1, open, 0, 4 * HOUR)),
                            route(
                                    toiletCrew("c2"),
                                    toiletRound("t1", 1, 2, open, 0, 4 * HOUR),
                                    toiletRound("t1", 2, 2, open, 0, 4 * HOUR))))
                    .settingAllShadowVariables()
                    .penalizesBy(2000);
        }

        @Test
        void acceptsRoundsInTheirOrder() {
            TimeInterval open = new TimeInterval(0, 16 * HOUR);
            verifier.verifyThat(SanitationConstraintProvider::toiletRoundsInOrder)
                    .givenSolution(planOf(route(
                            toiletCrew("c1"),
                            toiletRound("t1", 1, 1, open, 0, 4 * HOUR),
                            toiletRound("t1", 2, 1, open, 0, 4 * HOUR))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }

        @Test
        void acceptsRoundsOfDifferentToiletsInAnyOrder() {
            TimeInterval open = new TimeInterval(0, 16 * HOUR);
            verifier.verifyThat(SanitationConstraintProvider::toiletRoundsInOrder)
                    .givenSolution(planOf(route(
                            toiletCrew("c1"),
                            toiletRound("t1", 2, 1, open, 0, 4 * HOUR),
                            toiletRound("t2", 1, 1, open, 0, 4 * HOUR))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class ToiletRoundsKeepTheMaximumGap {
        @Test
        void penalizesTheTimeFromTheLastRoundToClosing() {
            // Open 4 h, one round starting at 100 s: the last gap to closing is 14300 s, max 3600 s: 179 min over.
            TimeInterval open = new TimeInterval(0, 4 * HOUR);
            verifier.verifyThat(SanitationConstraintProvider::toiletRoundsKeepTheMaximumGap)
                    .givenSolution(planOf(route(toiletCrew("c1"), toiletRound("t1-r1", "t1", 1, open, 0, HOUR))))
                    .settingAllShadowVariables()
                    .justifiesWith(new Justifications.ToiletRounds(
                            "t1",
                            179,
                            List.of("t1-r1"),
                            "Toilet t1 is left 179 min longer than its maximum gap of 60 min: round 1 to closing"
                                    + " 239 min"))
                    .penalizesBy(100 * 179);
        }

        @Test
        void penalizesTheTimeFromOpeningToTheFirstRound() {
            // The round is 40 km out and starts at 4000 s; open from 0 to an hour after it: 400 s (7 min) over.
            TimeInterval open = new TimeInterval(0, 4000 + HOUR);
            verifier.verifyThat(SanitationConstraintProvider::toiletRoundsKeepTheMaximumGap)
                    .givenSolution(planOf(route(toiletCrew("c1"), toiletRound("t1", 1, 40, open, 0, HOUR))))
                    .settingAllShadowVariables()
                    .justifiesWith(new Justifications.ToiletRounds(
                            "t1",
                            7,
                            List.of("t1-round-1"),
                            "Toilet t1 is left 7 min longer than its maximum gap of 60 min: opening to round 1 67 min"))
                    .penalizesBy(100 * 7);
        }

        @Test
        void penalizesTheTimeBetweenRoundsInTimeOrder() {
            // Rounds of t1 at 100 s and, after a round of t2 40 km out, at 10300 s: 10200 s apart, max 7200 s.
            TimeInterval open = new TimeInterval(0, 10300 + 2 * HOUR);
            verifier.verifyThat(SanitationConstraintProvider::toiletRoundsKeepTheMaximumGap)
                    .givenSolution(planOf(route(
                            toiletCrew("c1"),
                            toiletRound("t1", 1, 1, open, 0, 2 * HOUR),
                            toiletRound("t2", 1, 40, open, 0, 5 * HOUR),
                            toiletRound("t1", 2, 1, open, 0, 2 * HOUR))))
                    .settingAllShadowVariables()
                    .justifiesWith(new Justifications.ToiletRounds(
                            "t1",
                            50,
                            List.of("t1-round-1", "t1-round-2"),
                            "Toilet t1 is left 50 min longer than its maximum gap of 120 min: round 1 to round 2"
                                    + " 170 min"))
                    .penalizesBy(100 * 50);
        }

        @Test
        void acceptsRoundsThatLeaveNoStretchLongerThanTheMaximumGap() {
            // Rounds at 100 s and 1300 s, closing an hour after the second: every stretch is at most the maximum.
            TimeInterval open = new TimeInterval(0, 1300 + HOUR);
            verifier.verifyThat(SanitationConstraintProvider::toiletRoundsKeepTheMaximumGap)
                    .givenSolution(planOf(route(
                            toiletCrew("c1"),
                            toiletRound("t1", 1, 1, open, 0, HOUR),
                            toiletRound("t1", 2, 1, open, 0, HOUR))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }

        @Test
        void acceptsRoundsWithinTheMaximumGap() {
            TimeInterval open = new TimeInterval(0, 4 * HOUR);
            verifier.verifyThat(SanitationConstraintProvider::toiletRoundsKeepTheMaximumGap)
                    .givenSolution(planOf(route(toiletCrew("c1"), toiletRound("t1-r1", "t1", 1, open, 0, 5 * HOUR))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class BalancedWorkBetweenCrews {
        @Test
        void penalizesTheSquareOfEachCrewsWorkingMinutes() {
            // Out 800 s (14 min) and 1200 s (20 min): 14² / 60 + 20² / 60 = 3 + 6.
            verifier.verifyThat(SanitationConstraintProvider::balancedWorkBetweenCrews)
                    .givenSolution(planOf(
                            route(washer("w1"), pass("p1", 1, 2, 1000)), route(washer("w2"), pass("p2", 3, 4, 1000))))
                    .settingAllShadowVariables()
                    .penalizesBy(9);
        }

        @Test
        void acceptsACrewThatStaysHome() {
            verifier.verifyThat(SanitationConstraintProvider::balancedWorkBetweenCrews)
                    .givenSolution(planOf(route(washer("w1"))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class StrictCrewsStayInsideTheirHomeArea {
        @Test
        void penalizesAStrictCrewSentOutOfItsArea() {
            // The fixtures' passes lie in subdistrict sd-1, grid grid-1.
            verifier.verifyThat(SanitationConstraintProvider::strictCrewsStayInsideTheirHomeArea)
                    .givenSolution(planOf(route(homeIn(washer("w1"), Set.of("sd-2"), true), pass("p1", 1, 2, 1000))))
                    .settingAllShadowVariables()
                    .penalizesBy(1000);
        }

        @Test
        void acceptsAStrictCrewInItsOwnGrid() {
            verifier.verifyThat(SanitationConstraintProvider::strictCrewsStayInsideTheirHomeArea)
                    .givenSolution(planOf(route(homeIn(washer("w1"), Set.of("grid-1"), true), pass("p1", 1, 2, 1000))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }

        @Test
        void acceptsACrewWhoseHomeAreaIsNotStrict() {
            verifier.verifyThat(SanitationConstraintProvider::strictCrewsStayInsideTheirHomeArea)
                    .givenSolution(planOf(route(homeIn(washer("w1"), Set.of("sd-2"), false), pass("p1", 1, 2, 1000))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    @Nested
    class WorkInsideTheCrewsHomeArea {
        @Test
        void penalizesEachTaskOutsideTheCrewsArea() {
            verifier.verifyThat(SanitationConstraintProvider::workInsideTheCrewsHomeArea)
                    .givenSolution(planOf(route(
                            homeIn(washer("w1"), Set.of("sd-2"), false),
                            pass("p1", 1, 2, 1000),
                            pass("p2", 3, 4, 1000))))
                    .settingAllShadowVariables()
                    .penalizesBy(2 * PlanCosts.OUTSIDE_HOME_AREA_POINTS);
        }

        @Test
        void acceptsWorkInTheCrewsSubdistrict() {
            verifier.verifyThat(SanitationConstraintProvider::workInsideTheCrewsHomeArea)
                    .givenSolution(
                            planOf(route(homeIn(washer("w1"), Set.of("sd-2", "sd-1"), false), pass("p1", 1, 2, 1000))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }

        @Test
        void acceptsACrewWithoutAHomeArea() {
            verifier.verifyThat(SanitationConstraintProvider::workInsideTheCrewsHomeArea)
                    .givenSolution(planOf(route(washer("w1"), pass("p1", 1, 2, 1000))))
                    .settingAllShadowVariables()
                    .penalizesBy(0);
        }
    }

    private static Crew homeIn(Crew crew, Set<String> territoryIds, boolean strict) {
        return crew.toBuilder()
                .homeTerritories(new HomeTerritories(territoryIds, strict))
                .build();
    }
}
