package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.RandomPlans;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchPhasesTest {

    private static SanitationPlan solveWith(SanitationPlan plan, List<PhaseConfig> phases) {
        SolverConfig config =
                new PlanSolverConfig(Duration.ofSeconds(20), 7L, EnvironmentMode.STEP_ASSERT, 0).toSolverConfig();
        config.setPhaseConfigList(phases);
        return SolverFactory.<SanitationPlan>create(config).buildSolver().solve(plan);
    }

    private static CustomPhaseConfig construction() {
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(RegretInsertionConstruction.class));
    }

    private static CustomPhaseConfig ruinAndRecreate() {
        CustomPhaseConfig phase =
                new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(RuinRecreatePhase.class));
        phase.setCustomProperties(Map.of("unimprovedIterations", "500"));
        return phase;
    }

    private static long assignedTasks(SanitationPlan plan) {
        return plan.getRoutes().stream()
                .mapToLong(route -> route.getTasks().size())
                .sum();
    }

    @Test
    void constructionPlacesWorkWithoutBreakingHardRules() {
        SanitationPlan solved = solveWith(RandomPlans.mixed(5, 20, 8, 2), List.of(construction()));

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(assignedTasks(solved)).isPositive();
    }

    @Test
    void ruinAndRecreateKeepsEveryPlacedTaskAndNeverMakesThePlanWorse() {
        // Without toilet rounds: their gaps span routes, so ruin and recreate leaves plans with them alone.
        SanitationPlan constructed = solveWith(RandomPlans.mixed(5, 20, 12, 0), List.of(construction()));
        SanitationPlan improved =
                solveWith(RandomPlans.mixed(5, 20, 12, 0), List.of(construction(), ruinAndRecreate()));

        HardMediumSoftLongScore before = constructed.getScore();
        assertThat(improved.getScore()).isGreaterThanOrEqualTo(before);
        assertThat(assignedTasks(constructed)).isPositive();
        assertThat(assignedTasks(improved)).isEqualTo(assignedTasks(constructed));
        for (Route route : improved.getRoutes()) {
            assertThat(route.getTasks()).doesNotHaveDuplicates();
        }
    }
}
