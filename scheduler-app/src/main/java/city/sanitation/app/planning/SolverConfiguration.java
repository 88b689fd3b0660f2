package city.sanitation.app.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import city.sanitation.planning.domain.SanitationPlan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Timefold's solver manager and solution manager, built here: Timefold's Spring Boot starter does not run on Boot 4. */
@Configuration(proxyBeanMethods = false)
class SolverConfiguration {

    /**
     * Every job starts from the greedy construction's plan (LiveSolving), so Timefold's insertion heuristic is left
     * out: trying every position for each left-over task took a medium district's whole solving time, leaving none to
     * ruin and recreate and the local search. Left-over tasks are placed by the regret insertion and each ruin and
     * recreate step instead.
     */
    @Bean
    SolverFactory<SanitationPlan> solverFactory(SolverProperties properties) {
        return properties.toPlanSolverConfig().solverFactoryWithoutInsertion();
    }

    @Bean(destroyMethod = "close")
    SolverManager<SanitationPlan, Long> solverManager(
            SolverFactory<SanitationPlan> solverFactory, SolverProperties properties) {
        return SolverManager.create(
                solverFactory, new SolverManagerConfig().withParallelSolverCount(String.valueOf(properties.slots())));
    }

    /** Score analysis and assignment recommendations need a solver whose first phase is a construction heuristic. */
    @Bean
    SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager(SolverProperties properties) {
        return SolutionManager.create(properties.toPlanSolverConfig().solverFactoryForAnalysis());
    }
}
