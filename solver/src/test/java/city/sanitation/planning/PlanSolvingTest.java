package city.sanitation.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PlanSolvingTest {

    @Test
    void solvesAMixedProblemFeasiblyWithoutCorruptingTheScore() {
        SanitationPlan problem = RandomPlans.mixed(7, 16, 6, 2);
        PlanSolverConfig config =
                new PlanSolverConfig(Duration.ofSeconds(60), 1L, EnvironmentMode.FULL_ASSERT, 0).withStepLimit(400);

        SanitationPlan solved = config.solverFactory().buildSolver().solve(problem);

        assertThat(solved.getScore().hardScore()).isZero();
        for (Route route : solved.getRoutes()) {
            for (Task task : route.getTasks()) {
                assertThat(route.can(task.capability()))
                        .as(task.getId() + " on " + route.getId())
                        .isTrue();
            }
        }
    }

    @Test
    void sameSeedGivesTheSamePlan() {
        PlanSolverConfig config =
                new PlanSolverConfig(Duration.ofSeconds(30), 42L, EnvironmentMode.PHASE_ASSERT, 0).withStepLimit(2000);
        SanitationPlan first = config.solverFactory().buildSolver().solve(RandomPlans.mixed(3, 20, 8, 2));
        SanitationPlan second = config.solverFactory().buildSolver().solve(RandomPlans.mixed(3, 20, 8, 2));

        assertThat(second.getScore()).isEqualTo(first.getScore());
        for (int i = 0; i < first.getRoutes().size(); i++) {
            assertThat(second.getRoutes().get(i).getTasks().stream().map(Task::getId))
                    .containsExactlyElementsOf(first.getRoutes().get(i).getTasks().stream()
                            .map(Task::getId)
                            .toList());
        }
    }
}
