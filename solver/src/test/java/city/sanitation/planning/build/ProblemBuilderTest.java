package city.sanitation.planning.build;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.road.RoadClass;
import city.sanitation.task.WashingRequirement;
import city.sanitation.testsupport.RepositoryFiles;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The small sample district turned into a plan: the right tasks, windows and vehicles. */
class ProblemBuilderTest {

    private static LoadedDataset loaded;
    private static SanitationProblem problem;

    @BeforeAll
    static void build() {
        loaded = new DatasetReader().read(RepositoryFiles.committedDataset("small.json"));
        problem = new ProblemBuilder().build(loaded);
    }

    private static List<Task> tasksOf(TaskKind kind) {
        return problem.plan().getTasks().stream()
                .filter(task -> task.getKind() == kind)
                .toList();
    }

    @Test
    void theAnnouncedPassIdsOfARequirementAreTheTasksBuiltForIt() {
        var day = loaded.dataset().horizon().planningDay();
        var network = loaded.dataset().roadNetwork();
        List<String> announced = loaded.dataset().washingRequirements().stream()
                .filter(requirement -> TaskFactory.isDue(requirement, day))
                .flatMap(requirement -> StreetPasses.taskIds(requirement, network).stream())
                .sorted()
                .toList();
        List<String> built =
                tasksOf(TaskKind.STREET_PASS).stream().map(Task::getId).sorted().toList();
        assertThat(announced).isNotEmpty().isEqualTo(built);
        assertThat(built).anyMatch(id -> id.endsWith("-r")).as("both sides of a two-way street");
    }

    @Test
    void everyDueRequirementBecomesItsPassesAndNothingElse() {
        var day = loaded.dataset().horizon().planningDay();
        long expected = 0;
        for (WashingRequirement requirement : loaded.dataset().washingRequirements()) {
            if (TaskFactory.isDue(requirement, day)) {
                expected += problem.plan().getTasks().stream()
                        .filter(task -> task.getProblem().groupId().equals(requirement.id()))
                        .count();
            }
        }
        assertThat(tasksOf(TaskKind.STREET_PASS)).hasSize((int) expected).isNotEmpty();
        assertThat(tasksOf(TaskKind.STREET_PASS))
                .allSatisfy(task -> assertThat(TaskFactory.isDue(
                                loaded.dataset().washingRequirements().stream()
                                        .filter(r ->
                                                r.id().equals(task.getProblem().groupId()))
                                        .findFirst()
                                        .orElseThrow(),
                                day))
                        .isTrue());
    }

    @Test
    void mainRoadsAreWashedOnlyInsideTheirNightWindowAndNeverInRushHours() {
        PlanningClock clock = problem.clock();
        var network = loaded.dataset().roadNetwork();
        List<Task> mainPasses = tasksOf(TaskKind.STREET_PASS).stream()
                .filter(task -> network.segments().stream()
                        .anyMatch(segment -> network.nodeIndex(segment.fromNode())
                                        == task.getProblem().startLocation()
                                && network.nodeIndex(segment.toNode())
                                        == task.getProblem().endLocation()
                                && segment.roadClass() == RoadClass.MAIN))
                .toList();
        assertThat(mainPasses).isNotEmpty();
        for (Task pass : mainPasses) {
            for (TimeInterval window : pass.allowedWindows()) {
                for (long t = window.start(); t < window.end(); t += 600) {
                    LocalTime time = clock.toTime(t).toLocalTime();
                    boolean night = !time.isBefore(LocalTime.of(22, 0)) || time.isBefore(LocalTime.of(6, 30));
                    assertThat(night).as(pass.getId() + " at " + time).isTrue();
                }
            }
        }
    }

    @Test
    void toiletRoundsStayInsideOpeningHoursAndAreSpreadOverThem() {
        Map<String, List<Task>> byToilet = tasksOf(TaskKind.TOILET_ROUND).stream()
                .collect(Collectors.groupingBy(task -> task.getProblem().groupId()));
        assertThat(byToilet).hasSize(loaded.dataset().toilets().size());
        byToilet.forEach((toilet, rounds) -> {
            int expected = loaded.dataset().toilets().stream()
                    .filter(t -> t.id().equals(toilet))
                    .findFirst()
                    .orElseThrow()
                    .roundsPerDay();
            assertThat(rounds).hasSize(expected);
            assertThat(rounds.stream()
                            .map(task -> task.getProblem().earliestStart())
                            .distinct())
                    .hasSize(expected);
        });
    }

    @Test
    void everyVehicleGetsARouteFromItsDepotWithItsCapabilities() {
        assertThat(problem.plan().getRoutes())
                .hasSize(loaded.dataset().vehicles().size());
        for (Route route : problem.plan().getRoutes()) {
            var vehicle = loaded.dataset().vehicles().stream()
                    .filter(v -> v.id().equals(route.getId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(route.getCrew().shift().end())
                    .isGreaterThan(route.getCrew().shift().start());
            assertThat(route.getCrew().shift().hardEnd())
                    .isGreaterThanOrEqualTo(route.getCrew().shift().end());
            var type = loaded.dataset().vehicleTypes().stream()
                    .filter(t -> t.id().equals(vehicle.typeId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(route.getCrew().capabilities()).isEqualTo(type.capabilities());
        }
    }

    @Test
    void everyTaskKnowsItsSubdistrictAndGrid() {
        assertThat(problem.plan().getTasks()).allSatisfy(task -> {
            assertThat(task.getProblem().subdistrictId()).as(task.getId()).isNotNull();
            assertThat(task.getProblem().gridId()).as(task.getId()).isNotNull();
        });
    }

    @Test
    void travelTimesFollowTheStreetsAndAreZeroInPlace() {
        Route route = problem.plan().getRoutes().get(0);
        var travel = route.getCrew().travel();
        int depot = route.getCrew().depotLocation();
        assertThat(travel.seconds(depot, depot)).isZero();
        Task far = problem.plan().getTasks().stream()
                .filter(task -> route.can(task.capability()))
                .max((a, b) -> Long.compare(
                        travel.metres(depot, a.getProblem().startLocation()),
                        travel.metres(depot, b.getProblem().startLocation())))
                .orElseThrow();
        long metres = travel.metres(depot, far.getProblem().startLocation());
        assertThat(metres).isPositive().isLessThan(MatrixTravelTimes.UNKNOWN_METRES);
        assertThat(travel.seconds(depot, far.getProblem().startLocation())).isPositive();
    }
}
