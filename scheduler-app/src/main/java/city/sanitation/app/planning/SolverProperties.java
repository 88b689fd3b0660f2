package city.sanitation.app.planning;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import city.sanitation.planning.PlanSolverConfig;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the app solves (prefix {@code sanitation.solver}).
 *
 * @param timeLimit how long one solver job runs at most
 * @param seed random seed; empty for Timefold's default
 * @param unimprovedSeconds stop early after this long without a better plan; 0 never
 * @param stepLimit stop after this many local search steps, so that the nightly plan does not depend on how busy the
 *     machine is (the time limit stays the cap); 0 for no limit
 * @param checkpointInterval how often the best plan so far is saved while solving, so a crash loses little
 * @param slots solver jobs running at once on this node: the threads of its Quartz scheduler, which takes a queued
 *     solve only when one is free (other nodes take the rest)
 * @param progressInterval how often a solving node tells every node the newest best score
 */
@ConfigurationProperties("sanitation.solver")
public record SolverProperties(
        @DefaultValue("30s") Duration timeLimit,
        Long seed,
        @DefaultValue("PHASE_ASSERT") EnvironmentMode environmentMode,
        @DefaultValue("0") long unimprovedSeconds,
        @DefaultValue("0") int stepLimit,
        @DefaultValue("5s") Duration checkpointInterval,
        @DefaultValue("1") int slots,
        @DefaultValue("500ms") Duration progressInterval) {

    public SolverProperties {
        if (slots < 1) {
            throw new IllegalArgumentException("The solver slots (" + slots + ") of this node must be 1 or more.\n"
                    + "Maybe set sanitation.solver.slots to the number of solves this node may run at once.");
        }
    }

    public PlanSolverConfig toPlanSolverConfig() {
        return new PlanSolverConfig(timeLimit, seed, environmentMode, unimprovedSeconds, stepLimit);
    }
}
