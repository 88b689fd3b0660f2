package city.sanitation.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import city.sanitation.planning.search.RuinRecreatePhase;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanSolverConfigPaceTest {

    private static Map<String, String> ruinRecreateProperties(SolverConfig config) {
        return config.getPhaseConfigList().stream()
                .filter(phase -> phase instanceof CustomPhaseConfig custom
                        && custom.getCustomPhaseCommandClassList().contains(RuinRecreatePhase.class))
                .map(phase -> ((CustomPhaseConfig) phase).getCustomProperties())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aTimeBoundRunTellsRuinAndRecreateTheTimeLimitAndSeed() {
        SolverConfig config =
                new PlanSolverConfig(Duration.ofSeconds(30), 5L, EnvironmentMode.NO_ASSERT, 0).toSolverConfig();

        assertThat(ruinRecreateProperties(config))
                .containsEntry("solverTimeLimitMillis", "30000")
                .containsEntry("seed", "5")
                .doesNotContainKey("iterationLimit");
    }

    @Test
    void aStepLimitedRunCountsRuinAndRecreateIterationsInsteadOfTime() {
        SolverConfig config = new PlanSolverConfig(Duration.ofSeconds(30), 5L, EnvironmentMode.NO_ASSERT, 0)
                .withStepLimit(100)
                .toSolverConfig();

        assertThat(ruinRecreateProperties(config))
                .containsEntry("iterationLimit", Integer.toString(100 * PlanSolverConfig.RUIN_ITERATIONS_PER_STEP))
                .doesNotContainKey("solverTimeLimitMillis");
    }
}
