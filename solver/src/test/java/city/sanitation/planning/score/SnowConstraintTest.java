package city.sanitation.planning.score;

import static city.sanitation.planning.PlanFixtures.HOUR;
import static city.sanitation.planning.PlanFixtures.crew;
import static city.sanitation.planning.PlanFixtures.plan;
import static city.sanitation.planning.PlanFixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import city.sanitation.fleet.Capability;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.CrewCapacities;
import city.sanitation.planning.domain.CrewFacilities;
import city.sanitation.planning.domain.Detour;
import city.sanitation.planning.domain.Facility;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.SnowWork;
import city.sanitation.planning.domain.Stop;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.domain.TaskProblem;
import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.road.RoadClass;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The snow rules: "Snow cleared within its deadline" (medium, by road class) and salt that never runs out ("Task fits
 * the vehicle": a spreader reloads at a salt depot, and breaks the rule when it has none). On the fixtures' straight
 * road a pass from location 1 to 2 (1000 m at 2 m/s) begins 100 s after the shift starts and ends at 600 s.
 */
class SnowConstraintTest {

    private static final Facility SALT_DEPOT = new Facility("salt-1", "Salt store", 3, 900);

    private final ConstraintVerifier<SanitationConstraintProvider, SanitationPlan> verifier =
            ConstraintVerifier.build(new SanitationConstraintProvider(), SanitationPlan.class, Route.class, Task.class);

    private static Crew spreader(double saltKg, List<Facility> saltDepots) {
        Crew crew = crew(
                "plough-1",
                "winter-washer",
                Set.of(Capability.PLOUGHING, Capability.DE_ICING),
                Set.of(),
                0,
                0,
                List.of());
        CrewFacilities facilities = crew.facilities();
        return crew.toBuilder()
                .capacities(new CrewCapacities(0, 0, saltKg))
                .facilities(new CrewFacilities(facilities.hydrants(), facilities.transferStations(), saltDepots))
                .build();
    }

    private static Task snowPass(
            String id, Capability capability, int from, int to, RoadClass roadClass, long deadline, double saltKg) {
        return new Task(
                id,
                TaskKind.STREET_PASS,
                TaskProblem.builder()
                        .capability(capability)
                        .startLocation(from)
                        .endLocation(to)
                        .lengthMetres(1000)
                        .allowedWindows(List.of(new TimeInterval(0, 8 * HOUR)))
                        .priorityWeight(4)
                        .groupId(id)
                        .label("Street " + id)
                        .subdistrictId("sd-1")
                        .gridId("grid-1")
                        .snow(new SnowWork(roadClass, deadline, saltKg, 0))
                        .build());
    }

    private static SanitationPlan planOf(Route route) {
        return plan(List.of(route), route.getTasks());
    }

    @Test
    void penalizesAMainRoadPloughedPastItsDeadlineByItsClassWeight() {
        // Ends at 600 s, 10 min past a deadline at 0: 4 × (30 + 10 + 10²/60) = 164.
        Task late = snowPass("s1-plough1", Capability.PLOUGHING, 1, 2, RoadClass.MAIN, 0, 0);

        verifier.verifyThat(SanitationConstraintProvider::snowClearedWithinItsDeadline)
                .givenSolution(planOf(route(spreader(0, List.of()), late)))
                .settingAllShadowVariables()
                .penalizesBy(164);
    }

    @Test
    void acceptsAMainRoadPloughedBeforeItsDeadline() {
        Task inTime = snowPass("s1-plough1", Capability.PLOUGHING, 1, 2, RoadClass.MAIN, HOUR, 0);

        verifier.verifyThat(SanitationConstraintProvider::snowClearedWithinItsDeadline)
                .givenSolution(planOf(route(spreader(0, List.of()), inTime)))
                .settingAllShadowVariables()
                .penalizesBy(0);
    }

    @Test
    void anAlleyAsLateWeighsAQuarterOfAMainRoad() {
        Task late = snowPass("s9-plough1", Capability.PLOUGHING, 1, 2, RoadClass.ALLEY, 0, 0);

        verifier.verifyThat(SanitationConstraintProvider::snowClearedWithinItsDeadline)
                .givenSolution(planOf(route(spreader(0, List.of()), late)))
                .settingAllShadowVariables()
                .penalizesBy(41);
    }

    @Test
    void aSpreaderReloadsAtASaltDepotInsteadOfRunningOut() {
        Task first = snowPass("s1-deice", Capability.DE_ICING, 1, 2, RoadClass.MAIN, 8 * HOUR, 80);
        Task second = snowPass("s2-deice", Capability.DE_ICING, 2, 4, RoadClass.MAIN, 8 * HOUR, 80);
        Route route = route(spreader(100, List.of(SALT_DEPOT)), first, second);

        verifier.verifyThat(SanitationConstraintProvider::taskFitsTheVehicle)
                .givenSolution(planOf(route))
                .settingAllShadowVariables()
                .penalizesBy(0);
        Stop reload = route.getSchedule().stops().get(1);
        assertThat(reload.detour()).isNotNull();
        assertThat(reload.detour().kind()).isEqualTo(Detour.DetourKind.RELOAD_SALT);
        assertThat(reload.after().saltKg()).isEqualTo(20.0);
    }

    @Test
    void penalizesASpreaderWithNoSaltDepotToReloadAt() {
        Task first = snowPass("s1-deice", Capability.DE_ICING, 1, 2, RoadClass.MAIN, 8 * HOUR, 80);
        Task second = snowPass("s2-deice", Capability.DE_ICING, 2, 4, RoadClass.MAIN, 8 * HOUR, 80);

        verifier.verifyThat(SanitationConstraintProvider::taskFitsTheVehicle)
                .givenSolution(planOf(route(spreader(100, List.of()), first, second)))
                .settingAllShadowVariables()
                .penalizesBy(1000);
    }

    @Test
    void aDeIcingPassWaitsForTheSnowToStopInsteadOfBreakingItsWindow() {
        // The snow stops at 2 h: the de-icing window opens then, and the spreader, there at 100 s, waits for it.
        Task deIce = deIcingFrom(2 * HOUR, 8 * HOUR);
        Route route = route(spreader(1000, List.of(SALT_DEPOT)), deIce);

        verifier.verifyThat(SanitationConstraintProvider::workInsideAllowedWindows)
                .givenSolution(planOf(route))
                .settingAllShadowVariables()
                .penalizesBy(0);
        assertThat(route.getSchedule().stops().get(0).start()).isEqualTo(2 * HOUR);
    }

    @Test
    void penalizesADeIcingPassWhoseWindowHasClosedWhenTheSpreaderArrives() {
        Task deIce = deIcingFrom(0, 60);

        verifier.verifyThat(SanitationConstraintProvider::workInsideAllowedWindows)
                .givenSolution(planOf(route(spreader(1000, List.of(SALT_DEPOT)), deIce)))
                .settingAllShadowVariables()
                .penalizesBy(1000);
    }

    private static Task deIcingFrom(long from, long to) {
        Task task = snowPass("s1-deice", Capability.DE_ICING, 1, 2, RoadClass.MAIN, 8 * HOUR, 50);
        return new Task(
                task.getId(),
                task.getKind(),
                task.getProblem().toBuilder()
                        .earliestStart(from)
                        .allowedWindows(List.of(new TimeInterval(from, to)))
                        .build());
    }

    @Test
    void aSnowPassPutsNoWaterOnTheStreet() {
        Task plough = snowPass("s1-plough1", Capability.PLOUGHING, 1, 2, RoadClass.MAIN, HOUR, 0);

        assertThat(plough.getProblem().usesWater()).isFalse();
    }
}
