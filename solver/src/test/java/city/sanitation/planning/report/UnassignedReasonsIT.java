package city.sanitation.planning.report;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.DatasetWriter;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.district.RealStreetsDistrict;
import city.sanitation.district.SampleDistrictGenerator;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.PlanningService;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.search.RouteFit;
import city.sanitation.testsupport.RepositoryFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On the districts generated from the OSM extracts, a short seeded solve leaves no undone task that some route has
 * room for, and every reason that names a place for an undone task is what the score says of putting it exactly
 * there: no broken rule where it says the task fits, worse than leaving it undone where it says it costs more, a
 * broken rule where it says the best place would break one.
 */
class UnassignedReasonsIT {

    /**
     * Undone tasks explained by the score analysis, as the report explains its first ones; the rest by the route
     * planner's quick check, as the report does past its budget.
     */
    private static final int ANALYSED = 3;

    /** "it fits in ROUTE at stop N ..." or "the best place (ROUTE, stop N) would break: ...". */
    private static final Pattern PLACE = Pattern.compile(
            "^(?:it fits in (\\S+) at stop (\\d+)|the best place \\((\\S+), stop (\\d+)\\) would break)");

    @ParameterizedTest
    @ValueSource(strings = {"monaco.osm.gz", "krems.osm.gz", "andorra.osm.pbf", "north-bayreuth.osm.gz"})
    void everyPlaceAReasonNamesIsWhatTheScoreSaysOfIt(String extract, @TempDir Path folder) throws IOException {
        SanitationProblem problem = problemOf(extract, folder);
        // A step limit makes the solve repeatable and ends it by steps, well inside the time limit, so the last
        // phase always runs.
        PlanSolverConfig config =
                new PlanSolverConfig(Duration.ofMinutes(2), 1L, EnvironmentMode.REPRODUCIBLE, 0).withStepLimit(10);
        PlanningService service = new PlanningService(config);
        SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager = service.solutionManager();

        SanitationPlan plan = service.solve(problem, event -> {});

        solutionManager.update(plan);
        UnassignedExplainer explainer = new UnassignedExplainer(solutionManager);
        RouteFit routeFit = new RouteFit(plan);
        List<Task> undone =
                plan.getTasks().stream().filter(task -> !task.isAssigned()).toList();
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < undone.size(); i++) {
            Task task = undone.get(i);
            String reason = i < ANALYSED ? explainer.explain(plan, task) : explainer.explainQuickly(routeFit, task);
            softly.assertThat(reason)
                    .as("%s on %s: a task with room left undone", task.getId(), extract)
                    .doesNotContain("the solver had not placed it");
            Matcher place = PLACE.matcher(reason);
            if (!place.find()) {
                continue;
            }
            boolean saysItFits = place.group(1) != null;
            String routeId = saysItFits ? place.group(1) : place.group(3);
            int stop = Integer.parseInt(saysItFits ? place.group(2) : place.group(4));
            HardMediumSoftLongScore without = solutionManager.update(plan);
            HardMediumSoftLongScore with = scoreWith(plan, solutionManager, task, routeId, stop - 1);
            String claim = "%s on %s: %s".formatted(task.getId(), extract, reason);
            if (!saysItFits) {
                softly.assertThat(with.hardScore()).as(claim).isLessThan(without.hardScore());
            } else {
                softly.assertThat(with.hardScore()).as(claim).isGreaterThanOrEqualTo(without.hardScore());
                if (reason.contains("costs more than leaving it")) {
                    softly.assertThat(with).as(claim).isLessThanOrEqualTo(without);
                } else {
                    softly.assertThat(with).as(claim).isGreaterThan(without);
                }
            }
        }
        softly.assertAll();
    }

    private static SanitationProblem problemOf(String extract, Path folder) throws IOException {
        SanitationDataset generated = RealStreetsDistrict.fromOsmFile(
                RepositoryFiles.osmExtract(extract),
                SampleDistrictGenerator.DEFAULT_SEED,
                SampleDistrictGenerator.DEFAULT_PLANNING_DAY);
        Path file = folder.resolve("district.json.gz");
        new DatasetWriter().write(generated, file);
        return new ProblemBuilder().build(new DatasetReader().read(file));
    }

    /** The plan's score with {@code task} at {@code position} of the route; the plan is left as it was. */
    private static HardMediumSoftLongScore scoreWith(
            SanitationPlan plan,
            SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager,
            Task task,
            String routeId,
            int position) {
        Route route = plan.getRoutes().stream()
                .filter(candidate -> candidate.getId().equals(routeId))
                .findFirst()
                .orElseThrow();
        route.getTasks().add(position, task);
        try {
            return solutionManager.update(plan);
        } finally {
            route.getTasks().remove(position);
            solutionManager.update(plan);
        }
    }
}
