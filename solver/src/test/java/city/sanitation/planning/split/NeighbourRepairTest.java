package city.sanitation.planning.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.fleet.Capability;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.construction.GreedyConstruction;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.testsupport.RepositoryFiles;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repair between neighbouring parts on the medium district's parts, planned greedily, with only one part (the
 * focal one) leaving work undone: the other parts' undone work is taken out of their plans, so that whatever moves
 * comes from the focal part.
 */
class NeighbourRepairTest {

    private static final PlanSolverConfig SHORT =
            new PlanSolverConfig(Duration.ofSeconds(1), 1L, EnvironmentMode.REPRODUCIBLE, 0).withStepLimit(20);

    /** The focal part, the parts bordering it on medium, and two that do not border it (sd-14, sd-17). */
    private static final String FOCAL = "sd-16";

    private static final Set<String> SOME_PARTS =
            Set.of(FOCAL, "sd-03", "sd-06", "sd-10", TerritoryParts.ACROSS, "sd-14", "sd-17");

    private static LoadedDataset medium;
    private static List<TerritoryParts.Part> parts;
    private static Set<String> focalUndone;
    private static Map<String, List<List<String>>> routesBefore;
    private static Set<String> tasksBefore;
    private static NeighbourRepair.Outcome outcome;

    @BeforeAll
    static void repairWhatTheFocalPartLeavesUndone() throws IOException, InterruptedException {
        medium = new DatasetReader().read(RepositoryFiles.committedDataset("medium.json"));
        parts = TerritoryParts.split(medium).stream()
                .filter(part -> SOME_PARTS.contains(part.subdistrictId()))
                .toList();
        List<NeighbourRepair.SolvedPart> solved = greedyParts(FOCAL, route -> false);
        focalUndone = undoneIds(solved, FOCAL);
        routesBefore = routesByPart(solved);
        tasksBefore = allTaskIds(solved);
        outcome = new NeighbourRepair(medium, SHORT, 2, 1).repair(solved);
    }

    @Test
    void theUndoneWorkOfOnePartLandsOnlyInTheRoutesOfPartsBorderingItAndNothingIsDoubledOrLost() {
        String focal = FOCAL;
        Set<String> bordering = outcome.borders().get(focal);
        Map<String, String> partOfAssigned = partOfAssigned(outcome.parts());
        List<String> placed =
                focalUndone.stream().filter(partOfAssigned::containsKey).toList();
        assertThat(focalUndone).isNotEmpty();
        assertThat(bordering).isNotEmpty().doesNotContain(focal);
        assertThat(outcome.parts())
                .extracting(NeighbourRepair.SolvedPart::partId)
                .as("some parts that do not border the focal one")
                .anyMatch(part -> !part.equals(focal) && !bordering.contains(part));
        assertThat(placed).as("the focal part's undone tasks now on routes").isNotEmpty();
        assertThat(placed).allSatisfy(id -> assertThat(bordering).contains(partOfAssigned.get(id)));
        assertEveryTaskExactlyOnce(outcome, tasksBefore);
        assertThat(outcome.undone()).isEqualTo(focalUndone.size() - placed.size());
        for (NeighbourRepair.SolvedPart part : outcome.parts()) {
            if (!bordering.contains(part.partId())) {
                assertThat(routeIds(part))
                        .as("the routes of %s, which does not border %s", part.partId(), focal)
                        .isEqualTo(routesBefore.get(part.partId()));
            }
        }
    }

    @Test
    void theDoneRoundsOfEveryToiletLieInOnePart() {
        Map<String, Set<String>> partsOfToilet = new HashMap<>();
        for (NeighbourRepair.SolvedPart part : outcome.parts()) {
            part.plan()
                    .getRoutes()
                    .forEach(route -> route.getTasks().stream()
                            .filter(task -> task.getKind() == TaskKind.TOILET_ROUND)
                            .forEach(task -> partsOfToilet
                                    .computeIfAbsent(task.getProblem().groupId(), toilet -> new HashSet<>())
                                    .add(part.partId())));
        }

        assertThat(partsOfToilet)
                .isNotEmpty()
                .allSatisfy((toilet, partIds) -> assertThat(partIds)
                        .as("the parts with rounds of %s", toilet)
                        .hasSize(1));
    }

    @Test
    void theMatricesOfEachRepairProblemSpanOnlyTheReceivingPartAndTheOfferedWork() {
        int whole = new ProblemBuilder().matrixLocationCount(medium);

        assertThat(outcome.groups()).isNotEmpty().allSatisfy(group -> {
            assertThat(group.offered()).isPositive();
            assertThat(group.locations()).isPositive().isLessThan(whole / 2);
        });
    }

    @Test
    void workOfAVehicleTypeAPartDoesNotHaveGoesToAPartThatHasIt() throws InterruptedException {
        // The focal part loses its garbage trucks before it is planned: its blind spots are work it cannot do at all.
        String focal = "sd-10";
        List<NeighbourRepair.SolvedPart> solved = greedyParts(focal, route -> route.can(Capability.GARBAGE_PICKUP));
        Set<String> blindSpots = new HashSet<>();
        solved.stream()
                .filter(part -> part.partId().equals(focal))
                .flatMap(part -> part.plan().getTasks().stream())
                .filter(task -> task.capability() == Capability.GARBAGE_PICKUP)
                .forEach(task -> blindSpots.add(task.getId()));
        Set<String> tasksBefore = allTaskIds(solved);

        NeighbourRepair.Outcome outcome = new NeighbourRepair(medium, SHORT, 2, 2).repair(solved);

        Map<String, Route> routeOfAssigned = new HashMap<>();
        outcome.parts()
                .forEach(part -> part.plan()
                        .getRoutes()
                        .forEach(route -> route.getTasks().forEach(task -> routeOfAssigned.put(task.getId(), route))));
        assertThat(blindSpots).isNotEmpty();
        assertThat(blindSpots.stream().filter(routeOfAssigned::containsKey))
                .as("the focal part's blind spots now on routes")
                .isNotEmpty()
                .allSatisfy(id -> assertThat(routeOfAssigned.get(id).can(Capability.GARBAGE_PICKUP))
                        .isTrue());
        assertEveryTaskExactlyOnce(outcome, tasksBefore);
    }

    @Test
    void aTaskInTwoPartsIsRefused() {
        NeighbourRepair.SolvedPart first = greedyParts(FOCAL, route -> false).get(0);
        List<NeighbourRepair.SolvedPart> twice =
                List.of(first, new NeighbourRepair.SolvedPart("copy", first.loaded(), first.problem(), first.plan()));

        assertThatThrownBy(() -> new NeighbourRepair(medium, SHORT, 2, 1).repair(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is in both part")
                .hasMessageContaining("Maybe");
    }

    /**
     * Every part planned by the greedy construction, the focal part without the routes {@code leftOut}; every part
     * but the focal one keeps only the work it planned.
     */
    private static List<NeighbourRepair.SolvedPart> greedyParts(String focal, Predicate<Route> leftOut) {
        List<NeighbourRepair.SolvedPart> solved = new ArrayList<>();
        for (TerritoryParts.Part part : parts) {
            SanitationProblem problem = new ProblemBuilder().build(part.loaded());
            boolean isFocal = part.subdistrictId().equals(focal);
            if (isFocal) {
                problem.plan()
                        .setRoutes(new ArrayList<>(problem.plan().getRoutes().stream()
                                .filter(leftOut.negate())
                                .toList()));
            }
            GreedyConstruction.construct(problem.plan());
            if (!isFocal) {
                Set<Task> onRoutes = new HashSet<>();
                problem.plan().getRoutes().forEach(route -> onRoutes.addAll(route.getTasks()));
                problem.plan()
                        .setTasks(new ArrayList<>(problem.plan().getTasks().stream()
                                .filter(onRoutes::contains)
                                .toList()));
            }
            solved.add(new NeighbourRepair.SolvedPart(part.subdistrictId(), part.loaded(), problem, problem.plan()));
        }
        assertThat(solved).extracting(NeighbourRepair.SolvedPart::partId).contains(focal);
        return solved;
    }

    private static void assertEveryTaskExactlyOnce(NeighbourRepair.Outcome outcome, Set<String> tasksBefore) {
        List<String> inPlans = new ArrayList<>();
        List<String> onRoutes = new ArrayList<>();
        for (NeighbourRepair.SolvedPart part : outcome.parts()) {
            part.plan().getTasks().forEach(task -> inPlans.add(task.getId()));
            Set<String> planTasks = new HashSet<>();
            part.plan().getTasks().forEach(task -> planTasks.add(task.getId()));
            part.plan()
                    .getRoutes()
                    .forEach(route -> route.getTasks().forEach(task -> {
                        onRoutes.add(task.getId());
                        assertThat(planTasks)
                                .as("the tasks of %s", part.partId())
                                .contains(task.getId());
                    }));
        }
        assertThat(inPlans).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(tasksBefore);
        assertThat(onRoutes).doesNotHaveDuplicates();
    }

    private static Set<String> undoneIds(List<NeighbourRepair.SolvedPart> solved, String partId) {
        Set<String> undone = new HashSet<>();
        for (NeighbourRepair.SolvedPart part : solved) {
            if (part.partId().equals(partId)) {
                part.plan().getTasks().forEach(task -> undone.add(task.getId()));
                part.plan().getRoutes().forEach(route -> route.getTasks().forEach(task -> undone.remove(task.getId())));
            }
        }
        return undone;
    }

    private static Set<String> allTaskIds(List<NeighbourRepair.SolvedPart> solved) {
        Set<String> ids = new HashSet<>();
        solved.forEach(part -> part.plan().getTasks().forEach(task -> ids.add(task.getId())));
        return ids;
    }

    private static Map<String, String> partOfAssigned(List<NeighbourRepair.SolvedPart> solved) {
        Map<String, String> partOf = new HashMap<>();
        solved.forEach(part -> part.plan()
                .getRoutes()
                .forEach(route -> route.getTasks().forEach(task -> partOf.put(task.getId(), part.partId()))));
        return partOf;
    }

    private static Map<String, List<List<String>>> routesByPart(List<NeighbourRepair.SolvedPart> solved) {
        Map<String, List<List<String>>> routes = new HashMap<>();
        solved.forEach(part -> routes.put(part.partId(), routeIds(part)));
        return routes;
    }

    private static List<List<String>> routeIds(NeighbourRepair.SolvedPart part) {
        return part.plan().getRoutes().stream()
                .map(route -> route.getTasks().stream().map(Task::getId).toList())
                .toList();
    }
}
