package city.sanitation.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Stop;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Solving with the refill split chosen per route keeps the score's incremental updates true: Timefold's full
 * assertions recompute every route's schedule from scratch after each move and compare.
 */
class RefillSplitSolvingTest {

    @Test
    void washersThatRefillSeveralTimesKeepTheScoreUncorrupted() {
        // 30 passes of 600 litres over two washers of 6,000 litres: at least one refill between them.
        SanitationPlan problem = RandomPlans.mixed(5, 30, 0, 0);
        problem.getRoutes().forEach(route -> route.setRefillSplit(true));
        PlanSolverConfig config =
                new PlanSolverConfig(Duration.ofSeconds(60), 3L, EnvironmentMode.FULL_ASSERT, 0).withStepLimit(60);

        SanitationPlan solved = config.solverFactory().buildSolver().solve(problem);

        assertThat(solved.getScore().hardScore()).isZero();
        long refills = solved.getRoutes().stream()
                .map(Route::getSchedule)
                .flatMap(schedule -> schedule.stops().stream())
                .map(Stop::detour)
                .filter(detour -> detour != null)
                .count();
        assertThat(refills).isPositive();
    }
}
