package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.planning.PlanFixtures;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.construction.GreedyConstruction;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.score.PlanCosts;
import city.sanitation.planning.score.SanitationConstraintProvider;
import city.sanitation.testsupport.RepositoryFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trial prices an insertion by replanning from the insertion point, and stops early where the route falls back in
 * step with its old schedule: the price must be exactly what replanning the whole route says, and exactly what
 * Timefold's score says the same insertion changes, under the dataset's weights.
 */
class RouteTrialsTest {

    private static final SolutionManager<SanitationPlan, HardMediumSoftLongScore> SCORES =
            SolutionManager.create(PlanSolverConfig.ofSeconds(1).solverFactoryForAnalysis());

    @TempDir
    Path folder;

    /**
     * The routes the greedy construction makes of the ordinary small district, on the day of {@code dataset}: the
     * construction fills a route up to its shift's end only, so shifts shortened afterwards run into overtime.
     */
    private static SanitationPlan smallPlan(Path dataset, Map<String, Integer> weights) {
        SanitationPlan ordinary = new ProblemBuilder()
                .build(new DatasetReader().read(RepositoryFiles.committedDataset("small.json")))
                .plan();
        GreedyConstruction.construct(ordinary);
        SanitationPlan plan =
                new ProblemBuilder().build(new DatasetReader().read(dataset)).plan();
        plan.setConstraintWeightOverrides(SanitationConstraintProvider.weightsOf(weights));
        Map<String, Task> tasks = new HashMap<>();
        plan.getTasks().forEach(task -> tasks.put(task.getId(), task));
        for (Route route : plan.getRoutes()) {
            Route built = ordinary.getRoutes().stream()
                    .filter(candidate -> candidate.getId().equals(route.getId()))
                    .findFirst()
                    .orElseThrow();
            route.setTasks(new ArrayList<>(built.getTasks().stream()
                    .map(task -> tasks.get(task.getId()))
                    .toList()));
        }
        SCORES.update(plan);
        return plan;
    }

    /**
     * The small district on a hard day: blind spots reported yesterday and due today are due at 06:30 and shifts end 7 hours early (hard ends
     * stay), so that insertions are late and run into overtime, and every cost is priced.
     */
    private Path hardDay() throws Exception {
        String text = Files.readString(RepositoryFiles.committedDataset("small.json"))
                .replaceAll(
                        "(\"reportedAt\": \"2026-11-27T[0-9:]+\", \"deadline\": )\"2026-11-28T[0-9:]+\"",
                        "$1\"2026-11-28T08:00\"")
                .replace("\"end\": \"2026-11-28T06:00\"", "\"end\": \"2026-11-27T23:00\"")
                .replace("\"end\": \"2026-11-28T14:00\"", "\"end\": \"2026-11-28T07:00\"")
                .replace("\"end\": \"2026-11-28T22:00\"", "\"end\": \"2026-11-28T15:00\"");
        Path file = folder.resolve("hard-day.json");
        Files.writeString(file, text);
        return file;
    }

    /** The hard day with every crew's home area cut down to one grid of the old town, so that most work is outside. */
    private Path hardDayInOneGrid() throws Exception {
        Path file = folder.resolve("one-grid.json");
        Files.writeString(
                file,
                Files.readString(hardDay())
                        .replaceAll(", \"homeTerritories\": \\[[^]]*\\]", "")
                        .replaceAll(", \"homeTerritoriesStrict\": (true|false)", "")
                        .replaceAll("(\"skills\": \\[[^]]*\\]) \\}", "$1, \"homeTerritories\": [ \"grid-01-01\" ] }"));
        return file;
    }

    @Test
    void theCheapestInsertionCostsWhatTheWholeRouteReplannedSays() throws Exception {
        SanitationPlan plan = smallPlan(hardDay(), Map.of());

        assertThat(insertionsComparedWithReplanning(plan.getRoutes(), PlanCosts.of(plan)))
                .as("tasks put back into their routes")
                .isGreaterThan(50);
    }

    @Test
    void withAStartRangeTheCheapestInsertionStillCostsWhatReplanningSays() throws Exception {
        SanitationPlan plan = smallPlan(hardDay(), Map.of());
        List<Route> ranged = new ArrayList<>();
        for (Route route : plan.getRoutes()) {
            Crew crew = route.getCrew();
            Route withRange = new Route(
                    route.getId(),
                    PlanFixtures.withShiftRange(
                            crew,
                            crew.shift().start() + 3 * PlanFixtures.HOUR,
                            crew.shift().depotWaitMinSeconds()));
            withRange.setTasks(new ArrayList<>(route.getTasks()));
            ranged.add(withRange);
        }

        assertThat(insertionsComparedWithReplanning(ranged, PlanCosts.of(plan)))
                .as("tasks put back into their routes")
                .isGreaterThan(50);
    }

    private static int insertionsComparedWithReplanning(List<Route> routes, PlanCosts costs) {
        int compared = 0;
        for (Route route : routes) {
            List<Task> tasks = List.copyOf(route.getTasks());
            for (int i = 0; i < tasks.size(); i++) {
                Task task = tasks.get(i);
                List<Task> without = new ArrayList<>(tasks);
                without.remove(i);
                RouteTrials trials = new RouteTrials(route, costs);
                trials.replaceTasks(without);
                Insertion cheapest = trials.cheapestInsertion(task);
                if (cheapest == null) {
                    continue;
                }
                RouteTrials replanned = new RouteTrials(route, costs);
                replanned.replaceTasks(without);
                double before = replanned.cost();
                replanned.insert(cheapest.position(), task);
                assertThat(cheapest.cost())
                        .as("%s back into %s at %d", task.getId(), route.getId(), cheapest.position())
                        .isCloseTo(replanned.cost() - before, within(1e-6 * Math.max(1, Math.abs(before))));
                compared++;
            }
        }
        return compared;
    }

    @Test
    void aTrialIsPricedAsTheScoreChangesAtTheDefaultWeights() throws Exception {
        // The toilet rounds' maximum gap spans routes: the search leaves it to the local search, so it is left out.
        assertTrialsPriceAsTheScore(hardDay(), Map.of(SanitationConstraintProvider.TOILET_MAXIMUM_GAP, 0));
    }

    @Test
    void aTrialPricesWorkOutsideTheCrewsHomeAreaAsTheScore() throws Exception {
        int outside = assertTrialsPriceAsTheScore(
                hardDayInOneGrid(),
                Map.of(
                        SanitationConstraintProvider.TOILET_MAXIMUM_GAP, 0,
                        SanitationConstraintProvider.HOME_AREA, 3));
        assertThat(outside).as("insertions outside the crew's home area").isPositive();
    }

    @Test
    void aTrialIsPricedAsTheScoreChangesUnderADatasetsWeights() throws Exception {
        assertTrialsPriceAsTheScore(
                hardDay(),
                Map.of(
                        SanitationConstraintProvider.TOILET_MAXIMUM_GAP, 0,
                        SanitationConstraintProvider.HOME_AREA, 6,
                        SanitationConstraintProvider.TRAVEL_COST, 7,
                        SanitationConstraintProvider.OVERTIME, 3,
                        SanitationConstraintProvider.WORKLOAD_BALANCE, 5,
                        SanitationConstraintProvider.SLA_LATENESS, 4,
                        SanitationConstraintProvider.UNASSIGNED, 2));
    }

    /**
     * Takes each task out of its route, then puts it back where the trials say it is cheapest: what the trial adds
     * to the route, less what leaving the task undone costs, is what Timefold's score says the insertion gains.
     *
     * @return how many of the insertions were outside the crew's home area
     */
    private int assertTrialsPriceAsTheScore(Path dataset, Map<String, Integer> weights) throws Exception {
        SanitationPlan plan = smallPlan(dataset, weights);
        PlanCosts costs = PlanCosts.of(plan);
        int compared = 0;
        int late = 0;
        int overtime = 0;
        int outside = 0;
        for (Route route : plan.getRoutes()) {
            List<Task> tasks = List.copyOf(route.getTasks());
            for (int i = route.getPinnedCount(); i < tasks.size(); i++) {
                Task task = tasks.get(i);
                if (task.getKind() == TaskKind.TOILET_ROUND) {
                    continue;
                }
                route.getTasks().remove(i);
                HardMediumSoftLongScore without = SCORES.update(plan);
                Insertion cheapest = new RouteTrials(route, costs).cheapestInsertion(task);
                if (cheapest != null) {
                    route.getTasks().add(cheapest.position(), task);
                    HardMediumSoftLongScore with = SCORES.update(plan);
                    route.getTasks().remove(cheapest.position());
                    HardMediumSoftLongScore gain = with.subtract(without);
                    double undone = costs.unassigned()
                            * PlanCosts.unassignedPoints(task.getProblem().priorityWeight());
                    assertThat(gain.hardScore())
                            .as("%s into %s breaks no rule", task.getId(), route.getId())
                            .isZero();
                    assertThat(cheapest.cost() - undone)
                            .as("%s into %s at %d", task.getId(), route.getId(), cheapest.position())
                            // Scores are whole points: less than half a point apart is equal, as far as doubles go.
                            .isCloseTo(-PlanCosts.price(gain), within(0.5));
                    late += gain.mediumScore() * PlanCosts.MEDIUM == undone ? 0 : 1;
                    overtime += route.overtimeSeconds() > 0 ? 1 : 0;
                    outside += route.isAtHome(task) ? 0 : 1;
                    compared++;
                }
                route.getTasks().add(i, task);
            }
        }
        SCORES.update(plan);
        assertThat(compared).as("tasks put back into their routes").isGreaterThan(50);
        assertThat(late).as("insertions that change lateness").isPositive();
        assertThat(overtime).as("insertions into a route with overtime").isPositive();
        return outside;
    }
}
