package city.sanitation.planning.search;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.util.ConfigUtils;
import java.util.List;
import java.util.Map;

/**
 * A custom phase of {@link RuinRecreatePhase} run as {@link #STEPS} steps (see {@link RuinRecreatePhase#inSteps}),
 * so that the plans it improves reach Timefold as best solutions while it runs, not only when it ends. Commands
 * given as instances are shared by every solver a factory builds, so this configuration makes a fresh set each time
 * Timefold asks for them.
 */
public final class SteppedRuinRecreateConfig extends CustomPhaseConfig {

    /** Each step is 1 % of the phase's budget: 0.3 s of a 30-second solve. */
    static final int STEPS = 100;

    public SteppedRuinRecreateConfig(Map<String, String> properties) {
        this.customProperties = Map.copyOf(properties);
    }

    @Override
    public List<? extends PhaseCommand> getCustomPhaseCommandList() {
        RuinRecreatePhase phase = new RuinRecreatePhase();
        ConfigUtils.applyCustomProperties(phase, "customPhaseCommandClass", customProperties, "customProperties");
        return phase.inSteps(STEPS);
    }

    @Override
    public CustomPhaseConfig copyConfig() {
        SteppedRuinRecreateConfig copy = new SteppedRuinRecreateConfig(customProperties);
        copy.setTerminationConfig(
                getTerminationConfig() == null ? null : getTerminationConfig().copyConfig());
        return copy;
    }
}
