package city.sanitation.planning.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.change.ProblemChange;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import city.sanitation.fleet.Capability;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.RandomPlans;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.domain.TaskProblem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each event applied to a running solve: the pinned part of every route comes out exactly as it went in. */
class RealTimeChangesTest {

    private static SanitationPlan planned;

    @BeforeAll
    static void planTheDay() {
        planned = new PlanSolverConfig(Duration.ofSeconds(20), 5L, EnvironmentMode.PHASE_ASSERT, 0)
                .withStepLimit(300)
                .solverFactory()
                .buildSolver()
                .solve(RandomPlans.mixed(11, 16, 6, 2));
    }

    /** Re-solves {@code plan} for two seconds with {@code change} applied while solving. */
    private static SanitationPlan resolveWith(SanitationPlan plan, ProblemChange<SanitationPlan> change)
            throws Exception {
        var config = new PlanSolverConfig(Duration.ofSeconds(3), 5L, EnvironmentMode.PHASE_ASSERT, 0);
        try (SolverManager<SanitationPlan, String> manager = SolverManager.create(config.toSolverConfig())) {
            var job = manager.solveBuilder()
                    .withProblemId("re-plan")
                    .withProblem(plan)
                    .run();
            manager.addProblemChange("re-plan", change).get(10, TimeUnit.SECONDS);
            return job.getFinalBestSolution();
        }
    }

    private static Map<String, List<String>> taskIdsByRoute(SanitationPlan plan) {
        return plan.getRoutes().stream()
                .collect(Collectors.toMap(
                        Route::getId,
                        route -> route.getTasks().stream().map(Task::getId).toList()));
    }

    private static Route busiestRoute(SanitationPlan plan) {
        return plan.getRoutes().stream()
                .max((a, b) -> Integer.compare(a.getTasks().size(), b.getTasks().size()))
                .orElseThrow();
    }

    @Test
    void startedTasksStayPutInTheOrderTheCrewStartedThem() throws Exception {
        Route route = busiestRoute(planned);
        String firstStarted = route.getTasks().get(0).getId();

        SanitationPlan first = resolveWith(planned, new TaskStarted(firstStarted));
        // The crew skips ahead: the third task of its re-planned route is started second and becomes the second
        // fixed task.
        String secondStarted = routeOf(first, route.getId()).getTasks().get(2).getId();
        SanitationPlan replanned = resolveWith(first, new TaskStarted(secondStarted));

        Route after = routeOf(replanned, route.getId());
        assertThat(after.getPinnedCount()).isEqualTo(2);
        assertThat(after.getTasks().subList(0, 2).stream().map(Task::getId))
                .containsExactly(firstStarted, secondStarted);
        assertThat(replanned.getScore().hardScore()).isZero();
    }

    private static Route routeOf(SanitationPlan plan, String routeId) {
        return plan.getRoutes().stream()
                .filter(route -> route.getId().equals(routeId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anUrgentReportIsPlacedWithoutMovingPinnedWork() throws Exception {
        SanitationPlan withPins = resolveWith(
                planned, new TaskStarted(busiestRoute(planned).getTasks().get(1).getId()));
        Map<String, List<String>> pinnedBefore = pinnedParts(withPins);
        Task urgent = new Task(
                "urgent-1",
                TaskKind.BLIND_SPOT,
                TaskProblem.builder()
                        .capability(Capability.GARBAGE_PICKUP)
                        .startLocation(123)
                        .endLocation(123)
                        .serviceSeconds(600)
                        .volumeM3(1.0)
                        .slaDeadline(2 * 3600)
                        .priorityWeight(8)
                        .groupId("urgent-1")
                        .label("Urgent pile")
                        .subdistrictId("sd-1")
                        .gridId("grid-1")
                        .build());

        SanitationPlan replanned = resolveWith(withPins, new NewTask(urgent));

        Task placed = replanned.getTasks().stream()
                .filter(t -> t.getId().equals("urgent-1"))
                .findFirst()
                .orElseThrow();
        assertThat(placed.getRoute()).isNotNull();
        assertThat(placed.getRoute().can(Capability.GARBAGE_PICKUP)).isTrue();
        assertThat(pinnedParts(replanned)).isEqualTo(pinnedBefore);
    }

    @Test
    void aBrokenDownVehicleKeepsWhatItStartedAndHandsOverTheRest() throws Exception {
        Route route = busiestRoute(planned);
        Task third = route.getTasks().get(2);
        long breakdownAt = third.getStop().start() + 1;
        List<String> started =
                route.getTasks().subList(0, 3).stream().map(Task::getId).toList();
        List<String> handedOver = route.getTasks().subList(3, route.getTasks().size()).stream()
                .map(Task::getId)
                .toList();

        SanitationPlan replanned = resolveWith(planned, new VehicleBreakdown(route.getId(), breakdownAt));

        Map<String, List<String>> byRoute = taskIdsByRoute(replanned);
        assertThat(byRoute.get(route.getId())).containsExactlyElementsOf(started);
        for (String taskId : handedOver) {
            Task task = replanned.getTasks().stream()
                    .filter(t -> t.getId().equals(taskId))
                    .findFirst()
                    .orElseThrow();
            assertThat(task.getRoute()).as(taskId).isNotNull();
            assertThat(task.getRoute().getId()).as(taskId).isNotEqualTo(route.getId());
        }
        assertThat(replanned.getScore().hardScore()).isZero();
    }

    @Test
    void anUnknownTaskIsNamedInTheError() {
        assertThatThrownBy(() -> new TaskStarted("no-such-task").doChange(planned, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-task");
    }

    private static Map<String, List<String>> pinnedParts(SanitationPlan plan) {
        return plan.getRoutes().stream()
                .collect(Collectors.toMap(
                        Route::getId,
                        route -> route.getTasks().subList(0, route.getPinnedCount()).stream()
                                .map(Task::getId)
                                .toList()));
    }
}
