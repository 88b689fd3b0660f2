package city.sanitation.planning;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.search.RuinRecreatePhase;
import city.sanitation.planning.search.SteppedRuinRecreateConfig;
import city.sanitation.planning.search.UndoneWorkInsertionPhase;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one solve runs: the tuned phases live in {@code solverConfig.xml}; limits, seed and environment mode are set
 * per run.
 *
 * @param seed random seed; null for Timefold's default (also fixed, so runs are repeatable given the same steps)
 * @param unimprovedSeconds stop early when the best score has not improved for this long; 0 never stops early
 * @param stepLimit stop after this many local search steps, which makes a seeded run repeatable; 0 for no limit
 */
public record PlanSolverConfig(
        Duration timeLimit, Long seed, EnvironmentMode environmentMode, long unimprovedSeconds, int stepLimit) {

    public static final String RESOURCE = "city/sanitation/planning/solverConfig.xml";

    public PlanSolverConfig(Duration timeLimit, Long seed, EnvironmentMode environmentMode, long unimprovedSeconds) {
        this(timeLimit, seed, environmentMode, unimprovedSeconds, 0);
    }

    public static PlanSolverConfig ofSeconds(long seconds) {
        return new PlanSolverConfig(Duration.ofSeconds(seconds), null, EnvironmentMode.PHASE_ASSERT, 0);
    }

    public PlanSolverConfig withSeed(Long newSeed) {
        return new PlanSolverConfig(timeLimit, newSeed, environmentMode, unimprovedSeconds, stepLimit);
    }

    public PlanSolverConfig withEnvironmentMode(EnvironmentMode mode) {
        return new PlanSolverConfig(timeLimit, seed, mode, unimprovedSeconds, stepLimit);
    }

    public PlanSolverConfig withTimeLimit(Duration limit) {
        return new PlanSolverConfig(limit, seed, environmentMode, unimprovedSeconds, stepLimit);
    }

    public PlanSolverConfig withStepLimit(int steps) {
        return new PlanSolverConfig(timeLimit, seed, environmentMode, unimprovedSeconds, steps);
    }

    public SolverConfig toSolverConfig() {
        SolverConfig config = SolverConfig.createFromXmlResource(RESOURCE);
        TerminationConfig termination =
                new TerminationConfig().withSpentLimit(timeLimit.plus(lastPhaseReserve(timeLimit)));
        if (stepLimit > 0) {
            termination.setStepCountLimit(stepLimit);
        }
        config.setTerminationConfig(termination);
        config.setEnvironmentMode(environmentMode);
        if (seed != null) {
            config.setRandomSeed(seed);
        }
        // A step limit asks for a repeatable run: the ruin and recreate then counts iterations, not time.
        pace(config, stepLimit > 0 ? null : timeLimit, stepLimit * RUIN_ITERATIONS_PER_STEP);
        endSearchesByTheirOwnTerminations(config);
        return config;
    }

    /**
     * The time kept from the local search for the undone work insertion: enough for it on the large sample district
     * (about 20,000 tasks), where a local search step and Timefold's start of a phase take a few hundred milliseconds
     * each, unless that is more than half of the local search's share.
     */
    static final Duration MIN_LAST_PHASE_RESERVE = Duration.ofSeconds(1);

    static final Duration MAX_LAST_PHASE_RESERVE = Duration.ofSeconds(3);

    /*
     * The solver's own limit is the time limit plus the last phase's reserve: the searches count their shares from
     * the first phase, Timefold its limit from before it scores the first plan, which with half the CPU (another
     * process on the core) took seconds of a 30-second solve of the medium district; cut at the limit, the solve then
     * ended before the last phase. The searches still end themselves by the limit counted from the first phase, so
     * the grace is only used when Timefold's start was slow.
     */

    /**
     * Makes stopping early each search's own termination: Timefold runs no phase once the solver's own termination
     * has ended the solve, and the last phase ({@link UndoneWorkInsertionPhase}) must run. A step limit holds for each
     * phase anyway, but Timefold wants a phase followed by another to have its own.
     */
    private void endSearchesByTheirOwnTerminations(SolverConfig config) {
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            boolean localSearch = phase instanceof LocalSearchPhaseConfig;
            if (unimprovedSeconds > 0 && (localSearch || phase instanceof SteppedRuinRecreateConfig)) {
                phaseTermination(phase).setUnimprovedSpentLimit(Duration.ofSeconds(unimprovedSeconds));
            }
            if (stepLimit > 0 && localSearch) {
                phaseTermination(phase).setStepCountLimit(stepLimit);
            }
        }
    }

    /**
     * Ends the local search a little before the time limit, so that the last phase ({@link UndoneWorkInsertionPhase})
     * runs: the local search starts when the ruin and recreate has spent its share of the limit (counted from the
     * solve's start), so it gets what is left of the limit less the reserve (5 % of the limit, from
     * {@link #MIN_LAST_PHASE_RESERVE} to {@link #MAX_LAST_PHASE_RESERVE}, and at most half of the local search's
     * share).
     */
    private static void endLocalSearchBeforeTheLimit(SolverConfig config, Duration timeLimit) {
        double ruinShare = config.getPhaseConfigList().stream()
                .filter(phase -> phase instanceof SteppedRuinRecreateConfig)
                .map(phase -> ((CustomPhaseConfig) phase).getCustomProperties().get("timeShare"))
                .map(share -> share == null ? RuinRecreatePhase.DEFAULT_TIME_SHARE : Double.parseDouble(share))
                .findFirst()
                .orElse(0.0);
        long searchShareMillis = Math.round(timeLimit.toMillis() * (1 - ruinShare));
        long reserveMillis = Math.min(lastPhaseReserve(timeLimit).toMillis(), searchShareMillis / 2);
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig) {
                phaseTermination(phase).setSpentLimit(Duration.ofMillis(searchShareMillis - reserveMillis));
            }
        }
    }

    /** 5 % of the limit, from {@link #MIN_LAST_PHASE_RESERVE} to {@link #MAX_LAST_PHASE_RESERVE}. */
    static Duration lastPhaseReserve(Duration timeLimit) {
        return Duration.ofMillis(Math.min(
                Math.max(timeLimit.toMillis() / 20, MIN_LAST_PHASE_RESERVE.toMillis()),
                MAX_LAST_PHASE_RESERVE.toMillis()));
    }

    private static TerminationConfig phaseTermination(PhaseConfig<?> phase) {
        if (phase.getTerminationConfig() == null) {
            phase.setTerminationConfig(new TerminationConfig());
        }
        return phase.getTerminationConfig();
    }

    /** Ruin-and-recreate iterations per local search step when a step limit makes the run repeatable. */
    static final int RUIN_ITERATIONS_PER_STEP = 10;

    /**
     * Tells the ruin-and-recreate phases of {@code config} how long the solver runs, so that their cooling spans that
     * time, or (with a null time limit) how many iterations to make, and the solver's random seed; makes them run as
     * steps whose improvements Timefold publishes as best solutions; and, with a time limit, ends the local search
     * early enough for the last phase (see {@link #endLocalSearchBeforeTheLimit}).
     */
    public static void pace(SolverConfig config, Duration timeLimit, int iterationLimit) {
        List<PhaseConfig> phases = config.getPhaseConfigList();
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i) instanceof CustomPhaseConfig custom
                    && custom.getCustomPhaseCommandClassList() != null
                    && custom.getCustomPhaseCommandClassList().contains(RuinRecreatePhase.class)) {
                Map<String, String> properties = new LinkedHashMap<>();
                if (custom.getCustomProperties() != null) {
                    properties.putAll(custom.getCustomProperties());
                }
                if (timeLimit != null) {
                    properties.put("solverTimeLimitMillis", Long.toString(timeLimit.toMillis()));
                } else if (iterationLimit > 0) {
                    properties.put("iterationLimit", Integer.toString(iterationLimit));
                }
                if (config.getRandomSeed() != null) {
                    properties.put("seed", Long.toString(config.getRandomSeed()));
                }
                // Run as several steps, so that its improvements become Timefold best solutions as they are found.
                SteppedRuinRecreateConfig stepped = new SteppedRuinRecreateConfig(properties);
                stepped.setTerminationConfig(custom.getTerminationConfig());
                phases.set(i, stepped);
            }
        }
        if (timeLimit != null) {
            endLocalSearchBeforeTheLimit(config, timeLimit);
        }
    }

    public SolverFactory<SanitationPlan> solverFactory() {
        return SolverFactory.create(toSolverConfig());
    }

    /**
     * For score analysis and assignment recommendations, which need a construction heuristic as the first phase:
     * the custom construction and ruin-and-recreate phases are left out.
     */
    public SolverFactory<SanitationPlan> solverFactoryForAnalysis() {
        SolverConfig config = toSolverConfig();
        config.getPhaseConfigList().removeIf(phase -> phase instanceof CustomPhaseConfig);
        return SolverFactory.create(config);
    }

    /**
     * Without Timefold's insertion heuristic, for problems whose first plan comes from the greedy construction: trying
     * every position for every left-over task is quadratic in the task count.
     */
    public SolverFactory<SanitationPlan> solverFactoryWithoutInsertion() {
        SolverConfig config = toSolverConfig();
        config.getPhaseConfigList().removeIf(phase -> phase instanceof ConstructionHeuristicPhaseConfig);
        return SolverFactory.create(config);
    }
}
