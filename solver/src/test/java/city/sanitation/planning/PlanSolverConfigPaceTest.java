package city.sanitation.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import city.sanitation.planning.search.RuinRecreatePhase;
import city.sanitation.planning.search.SteppedRuinRecreateConfig;
import city.sanitation.planning.search.UndoneWorkInsertionPhase;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanSolverConfigPaceTest {

    private static Map<String, String> ruinRecreateProperties(SolverConfig config) {
        return config.getPhaseConfigList().stream()
                .filter(phase -> phase instanceof SteppedRuinRecreateConfig)
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

    @Test
    void aTimeBoundRunEndsItsLocalSearchEarlyEnoughForTheLastPhase() {
        SolverConfig config =
                new PlanSolverConfig(Duration.ofSeconds(30), 5L, EnvironmentMode.NO_ASSERT, 0).toSolverConfig();

        // Timefold runs no phase after the solver's own termination: the local search must end first.
        PhaseConfig<?> localSearch = config.getPhaseConfigList().stream()
                .filter(phase -> phase instanceof LocalSearchPhaseConfig)
                .findFirst()
                .orElseThrow();
        Duration ruinShare = Duration.ofMillis(Math.round(30_000 * RuinRecreatePhase.DEFAULT_TIME_SHARE));
        assertThat(localSearch.getTerminationConfig().getSpentLimit())
                .isPositive()
                .isLessThan(Duration.ofSeconds(30).minus(ruinShare));
        PhaseConfig<?> last =
                config.getPhaseConfigList().get(config.getPhaseConfigList().size() - 1);
        assertThat(((CustomPhaseConfig) last).getCustomPhaseCommandClassList())
                .containsExactly(UndoneWorkInsertionPhase.class);
    }

    @Test
    void theSolverItselfStopsOnlyAfterTheLastPhasesReserve() {
        // Timefold counts its limit from before its own start of the solve, which takes seconds on a busy machine.
        SolverConfig config =
                new PlanSolverConfig(Duration.ofSeconds(30), 5L, EnvironmentMode.NO_ASSERT, 0).toSolverConfig();

        assertThat(config.getTerminationConfig().getSpentLimit())
                .isGreaterThan(Duration.ofSeconds(30))
                .isLessThanOrEqualTo(Duration.ofSeconds(30).plus(PlanSolverConfig.MAX_LAST_PHASE_RESERVE));
    }

    @Test
    void stoppingWhenTheScoreNoLongerImprovesIsTheSearchesOwnSoTheLastPhaseStillRuns() {
        SolverConfig config =
                new PlanSolverConfig(Duration.ofSeconds(30), 5L, EnvironmentMode.NO_ASSERT, 10).toSolverConfig();

        assertThat(config.getTerminationConfig().getUnimprovedSpentLimit()).isNull();
        assertThat(config.getPhaseConfigList().stream()
                        .filter(phase ->
                                phase instanceof LocalSearchPhaseConfig || phase instanceof SteppedRuinRecreateConfig)
                        .map(phase -> phase.getTerminationConfig().getUnimprovedSpentLimit()))
                .hasSize(2)
                .allSatisfy(limit -> assertThat(limit).isEqualTo(Duration.ofSeconds(10)));
    }

    @Test
    void aConfigurationPacedOnItsOwnAlsoEndsItsLocalSearchBeforeTheLastPhase() {
        // As the benchmarks' product solver builds it: the shipped XML, its own time limit, then pace.
        SolverConfig config = SolverConfig.createFromXmlResource(PlanSolverConfig.RESOURCE);
        config.setTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(10)));
        PlanSolverConfig.pace(config, Duration.ofSeconds(10), 0);

        assertThatCode(() -> SolverFactory.create(config).buildSolver()).doesNotThrowAnyException();
    }
}
