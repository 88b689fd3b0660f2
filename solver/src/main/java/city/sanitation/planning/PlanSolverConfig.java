package city.sanitation.planning;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import city.sanitation.planning.domain.SanitationPlan;
import java.time.Duration;

/**
 * The solver configuration: the tuned phases live in {@code solverConfig.xml}; time limit, seed and environment mode
 * are set per run.
 *
 * @param seed random seed; null for Timefold's default (which is also fixed, so runs are repeatable)
 * @param unimprovedSeconds stop early when the best score has not improved for this long; 0 to never stop early
 */
public record PlanSolverConfig(Duration timeLimit, Long seed, EnvironmentMode environmentMode, long unimprovedSeconds) {

    public static final String RESOURCE = "city/sanitation/planning/solverConfig.xml";

    public static PlanSolverConfig ofSeconds(long seconds) {
        return new PlanSolverConfig(Duration.ofSeconds(seconds), null, EnvironmentMode.PHASE_ASSERT, 0);
    }

    public PlanSolverConfig withSeed(Long newSeed) {
        return new PlanSolverConfig(timeLimit, newSeed, environmentMode, unimprovedSeconds);
    }

    public PlanSolverConfig withEnvironmentMode(EnvironmentMode mode) {
        return new PlanSolverConfig(timeLimit, seed, mode, unimprovedSeconds);
    }

    public SolverConfig toSolverConfig() {
        SolverConfig config = SolverConfig.createFromXmlResource(RESOURCE);
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        if (unimprovedSeconds > 0) {
            termination.setUnimprovedSpentLimit(Duration.ofSeconds(unimprovedSeconds));
        }
        config.setTerminationConfig(termination);
        config.setEnvironmentMode(environmentMode);
        if (seed != null) {
            config.setRandomSeed(seed);
        }
        return config;
    }

    public SolverFactory<SanitationPlan> solverFactory() {
        return SolverFactory.create(toSolverConfig());
    }
}
