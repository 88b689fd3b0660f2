package city.sanitation.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Stop;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Solving with the passes' directions chosen for the whole route keeps the score's incremental updates true:
 * Timefold's full assertions recompute every route's schedule from scratch after each move and compare.
 */
class PassDirectionsSolvingTest {

    @Test
    void washersWhosePassesMayGoEitherWayKeepTheScoreUncorrupted() {
        // 30 passes, about half of which may be driven either way, over two washers that refill on the way.
        SanitationPlan problem = RandomPlans.mixed(5, 30, 0, 0);
        problem.getRoutes().forEach(route -> route.setPassDirections(true));
        PlanSolverConfig config =
                new PlanSolverConfig(Duration.ofSeconds(60), 3L, EnvironmentMode.FULL_ASSERT, 0).withStepLimit(40);

        SanitationPlan solved = config.solverFactory().buildSolver().solve(problem);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getRoutes().stream()
                        .flatMap(route -> route.getSchedule().stops().stream())
                        .filter(Stop::reversed)
                        .count())
                .isPositive();
    }
}
