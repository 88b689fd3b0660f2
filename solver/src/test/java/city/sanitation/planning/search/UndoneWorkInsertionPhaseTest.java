package city.sanitation.planning.search;

import static city.sanitation.planning.PlanFixtures.HOUR;
import static city.sanitation.planning.PlanFixtures.blindSpot;
import static city.sanitation.planning.PlanFixtures.garbageTruck;
import static city.sanitation.planning.PlanFixtures.plan;
import static city.sanitation.planning.PlanFixtures.route;
import static city.sanitation.planning.PlanFixtures.toiletCrew;
import static city.sanitation.planning.PlanFixtures.toiletRound;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TimeInterval;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The last phase leaves no undone task that a route has room for, and puts none where it would break a rule. */
class UndoneWorkInsertionPhaseTest {

    private static SanitationPlan solveWithTheLastPhaseAlone(SanitationPlan plan) {
        SolverConfig config =
                new PlanSolverConfig(Duration.ofSeconds(20), 7L, EnvironmentMode.FULL_ASSERT, 0).toSolverConfig();
        config.setPhaseConfigList(List.of(
                new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(UndoneWorkInsertionPhase.class))));
        return SolverFactory.<SanitationPlan>create(config).buildSolver().solve(plan);
    }

    @Test
    void everyUndoneTaskWithRoomIsPlacedAndNoneBreaksAToiletsGap() {
        TimeInterval open = new TimeInterval(0, 16 * HOUR);
        Task cleared = blindSpot("b1", 1, 1.0, 0, 4 * HOUR, 2);
        Task pile = blindSpot("b9", 3, 1.0, 0, 4 * HOUR, 2);
        Task firstRound = toiletRound("t1", 1, 1, open, 16 * HOUR, 20 * HOUR);
        // Round 2 of t1 may not come within 16 hours of round 1, the whole opening: it has no place.
        Task tooClose = toiletRound("t1", 2, 1, open, 16 * HOUR, 20 * HOUR);
        Task otherToilet = toiletRound("t2", 1, 4, open, HOUR, 4 * HOUR);
        List<Route> routes = List.of(
                route(garbageTruck("g1", Set.of()), cleared),
                route(toiletCrew("c1"), firstRound),
                route(toiletCrew("c2")));
        List<Task> tasks = new ArrayList<>(List.of(cleared, firstRound, pile, tooClose, otherToilet));

        SanitationPlan solved = solveWithTheLastPhaseAlone(plan(routes, tasks));

        Map<String, Task> byId = solved.getTasks().stream().collect(Collectors.toMap(Task::getId, Function.identity()));
        assertThat(byId.get("b9").isAssigned()).isTrue();
        assertThat(byId.get("t2-round-1").isAssigned()).isTrue();
        assertThat(byId.get("t1-round-2").isAssigned()).isFalse();
        assertThat(solved.getScore().hardScore()).isZero();
    }
}
