package city.sanitation.planning.search;

import static city.sanitation.planning.PlanFixtures.HOUR;
import static city.sanitation.planning.PlanFixtures.route;
import static city.sanitation.planning.PlanFixtures.toiletCrew;
import static city.sanitation.planning.PlanFixtures.toiletRound;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.construction.GreedyConstruction;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.planning.score.PlanCosts;
import city.sanitation.planning.score.SanitationConstraintProvider;
import city.sanitation.testsupport.RepositoryFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search prices the toilets' gaps as the score does, so that what it keeps is what the score rewards. */
class ToiletGapsTest {

    @Test
    void theMaximumGapCostsTheSearchWhatItCostsTheScore() {
        SanitationPlan plan = new ProblemBuilder()
                .build(new DatasetReader().read(RepositoryFiles.committedDataset("small.json")))
                .plan();
        GreedyConstruction.construct(plan);
        List<RouteTrials> routes = new ArrayList<>();
        for (Route route : plan.getRoutes()) {
            routes.add(new RouteTrials(route, PlanCosts.DEFAULT));
        }

        var analysis = SolutionManager.create(PlanSolverConfig.ofSeconds(1).solverFactoryForAnalysis())
                .analyze(plan);
        long scored = -((HardMediumSoftLongScore) analysis.constraintMap().entrySet().stream()
                        .filter(entry ->
                                entry.getKey().constraintName().equals(SanitationConstraintProvider.TOILET_MAXIMUM_GAP))
                        .findFirst()
                        .orElseThrow()
                        .getValue()
                        .score())
                .softScore();

        assertThat(scored)
                .as("the small district's plan leaves some toilet too long")
                .isPositive();
        assertThat(ToiletGaps.maximumGapPoints(routes)).isEqualTo(scored);
    }

    @Test
    void roundsOutOfOrderFallShortOfTheMinimumGapByMoreThanTheSameRoundsInOrder() {
        // Two 20-minute rounds back to back, 1200 s apart, minimum gap an hour: in order 2400 s short; out of order
        // the later-numbered round comes 1200 s early, 4800 s short.
        TimeInterval open = new TimeInterval(0, 16 * HOUR);
        Task first = toiletRound("t1", 1, 1, open, HOUR, 4 * HOUR);
        Task second = toiletRound("t1", 2, 1, open, HOUR, 4 * HOUR);

        assertThat(ToiletGaps.shortfallSeconds(
                        List.of(new RouteTrials(route(toiletCrew("c1"), first, second), PlanCosts.DEFAULT))))
                .isEqualTo(2400);
        assertThat(ToiletGaps.shortfallSeconds(
                        List.of(new RouteTrials(route(toiletCrew("c2"), second, first), PlanCosts.DEFAULT))))
                .isEqualTo(4800);
    }
}
