package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.sanitation.dataset.DatasetReader;
import city.sanitation.planning.PlanFixtures;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.construction.GreedyConstruction;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.testsupport.RepositoryFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A trial prices an insertion by replanning from the insertion point, and stops early where the route falls back in
 * step with its old schedule: the price must be exactly what replanning the whole route says.
 */
class RouteTrialsTest {

    @Test
    void theCheapestInsertionCostsWhatTheWholeRouteReplannedSays() {
        SanitationPlan plan = new ProblemBuilder()
                .build(new DatasetReader().read(RepositoryFiles.committedDataset("small.json")))
                .plan();
        GreedyConstruction.construct(plan);

        assertThat(insertionsComparedWithReplanning(plan.getRoutes()))
                .as("tasks put back into their routes")
                .isGreaterThan(50);
    }

    @Test
    void withAStartRangeTheCheapestInsertionStillCostsWhatReplanningSays() {
        SanitationPlan plan = new ProblemBuilder()
                .build(new DatasetReader().read(RepositoryFiles.committedDataset("small.json")))
                .plan();
        GreedyConstruction.construct(plan);
        List<Route> ranged = new ArrayList<>();
        for (Route route : plan.getRoutes()) {
            Crew crew = route.getCrew();
            Route withRange = new Route(
                    route.getId(),
                    PlanFixtures.withShiftRange(
                            crew, crew.shiftStart() + 3 * PlanFixtures.HOUR, crew.depotWaitMinSeconds()));
            withRange.setTasks(new ArrayList<>(route.getTasks()));
            ranged.add(withRange);
        }

        assertThat(insertionsComparedWithReplanning(ranged))
                .as("tasks put back into their routes")
                .isGreaterThan(50);
    }

    private static int insertionsComparedWithReplanning(List<Route> routes) {
        int compared = 0;
        for (Route route : routes) {
            List<Task> tasks = List.copyOf(route.getTasks());
            for (int i = 0; i < tasks.size(); i++) {
                Task task = tasks.get(i);
                List<Task> without = new ArrayList<>(tasks);
                without.remove(i);
                RouteTrials trials = new RouteTrials(route);
                trials.replaceTasks(without);
                Insertion cheapest = trials.cheapestInsertion(task);
                if (cheapest == null) {
                    continue;
                }
                RouteTrials replanned = new RouteTrials(route);
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
}
