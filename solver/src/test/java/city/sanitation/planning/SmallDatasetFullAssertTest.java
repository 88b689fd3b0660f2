package city.sanitation.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.testsupport.RepositoryFiles;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The small sample district solved with every score and shadow variable recomputed and compared after each move:
 * any incremental corruption fails the run. Slow, so it runs with -Pslow-tests.
 */
@Tag("slow")
class SmallDatasetFullAssertTest {

    @Test
    void solvesTheSmallDistrictWithoutScoreCorruption() {
        SanitationProblem problem =
                new ProblemBuilder().build(new DatasetReader().read(RepositoryFiles.committedDataset("small.json")));
        PlanningService service = new PlanningService(
                new PlanSolverConfig(Duration.ofMinutes(3), 7L, EnvironmentMode.FULL_ASSERT, 0).withStepLimit(300));

        SanitationPlan solved = service.solve(problem, event -> {});

        assertThat(solved.getScore().isFeasible()).isTrue();
    }
}
