package city.sanitation.planning.report;

import static city.sanitation.planning.PlanFixtures.HOUR;
import static city.sanitation.planning.PlanFixtures.blindSpot;
import static city.sanitation.planning.PlanFixtures.garbageTruck;
import static city.sanitation.planning.PlanFixtures.pass;
import static city.sanitation.planning.PlanFixtures.plan;
import static city.sanitation.planning.PlanFixtures.route;
import static city.sanitation.planning.PlanFixtures.toiletCrew;
import static city.sanitation.planning.PlanFixtures.toiletRound;
import static city.sanitation.planning.PlanFixtures.washer;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolutionManager;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.planning.search.RouteFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reasons for unassigned work come from what the score says about its best insertions. */
class UnassignedExplainerTest {

    private final UnassignedExplainer explainer = new UnassignedExplainer(
            SolutionManager.create(PlanSolverConfig.ofSeconds(1).solverFactoryForAnalysis()));

    private static SanitationPlan planWith(List<Route> routes, Task unassigned) {
        List<Task> tasks = new ArrayList<>();
        routes.forEach(route -> tasks.addAll(route.getTasks()));
        tasks.add(unassigned);
        return plan(routes, tasks);
    }

    @Test
    void noVehicleOfTheRightKindIsSaidPlainly() {
        Task pile = blindSpot("b9", 3, 1.0, 0, HOUR, 2);
        SanitationPlan plan = planWith(List.of(route(washer("w1"))), pile);

        assertThat(explainer.explain(plan, pile))
                .isEqualTo("no vehicle or crew in the fleet can do GARBAGE_PICKUP work");
    }

    @Test
    void aMissingLoaderIsNamed() {
        Task pile = blindSpot("b9", 3, 1.0, 0, HOUR, 2, "loader");
        SanitationPlan plan = planWith(List.of(route(garbageTruck("g1", Set.of()))), pile);

        assertThat(explainer.explain(plan, pile)).isEqualTo("no GARBAGE_PICKUP crew has loader");
    }

    @Test
    void aPileTooLargeForEveryTruckNamesTheCapacities() {
        Task pile = blindSpot("b9", 3, 12.0, 0, HOUR, 2);
        SanitationPlan plan = planWith(List.of(route(garbageTruck("g1", Set.of()))), pile);

        assertThat(explainer.explain(plan, pile))
                .contains("Task fits the vehicle")
                .contains("truck body capacity 5.0 m³ < volume 12.0 m³");
    }

    @Test
    void aWindowThatHasClosedNamesTheRule() {
        Task late = pass("p9", 3, 4, 1000, new TimeInterval(0, 60));
        SanitationPlan plan = planWith(List.of(route(washer("w1"))), late);

        assertThat(explainer.explain(plan, late))
                .contains("Work inside allowed windows")
                .contains("p9");
    }

    @Test
    void pastTheScoredOnesTheRoutePlannerSaysWhereATaskFits() {
        Task pile = blindSpot("b9", 3, 1.0, 0, 4 * HOUR, 2);
        SanitationPlan plan = planWith(
                List.of(
                        route(washer("w1")),
                        route(garbageTruck("g1", Set.of()), blindSpot("b1", 1, 1.0, 0, 4 * HOUR, 2))),
                pile);

        assertThat(explainer.explainQuickly(new RouteFit(plan), pile))
                .startsWith("it fits in g1 at stop ")
                .contains("route planner's check");
    }

    @Test
    void pastTheScoredOnesNoPlaceIsClaimedThatBreaksAToiletsGap() {
        // Round 1 of t1 is cleaned by c1; round 2 may not come within 16 hours of it, the whole opening, so every
        // place of c2's empty day, which its own rules allow, breaks the minimum gap.
        TimeInterval open = new TimeInterval(0, 16 * HOUR);
        Task first = toiletRound("t1", 1, 1, open, 16 * HOUR, 20 * HOUR);
        Task second = toiletRound("t1", 2, 1, open, 16 * HOUR, 20 * HOUR);
        SanitationPlan plan = planWith(List.of(route(toiletCrew("c1"), first), route(toiletCrew("c2"))), second);

        assertThat(explainer.explain(plan, second)).contains("Toilet rounds keep the minimum gap");
        assertThat(explainer.explainQuickly(new RouteFit(plan), second))
                .startsWith("no route of the plan has a place for it")
                .contains("toilet gaps");
    }

    @Test
    void pastTheScoredOnesAPileTooLargeHasNoPlace() {
        Task pile = blindSpot("b9", 3, 12.0, 0, HOUR, 2);
        SanitationPlan plan = planWith(List.of(route(garbageTruck("g1", Set.of()))), pile);

        assertThat(explainer.explainQuickly(new RouteFit(plan), pile))
                .startsWith("no route of the plan has a place for it");
        Task other = blindSpot("b8", 3, 1.0, 0, HOUR, 2, "loader");
        SanitationPlan unequipped = planWith(List.of(route(garbageTruck("g1", Set.of()))), other);
        assertThat(explainer.explainQuickly(new RouteFit(unequipped), other))
                .isEqualTo("no GARBAGE_PICKUP crew has loader");
    }

    @Test
    void eachReasonCarriesACodeAndTheParametersItsSentenceNames() {
        Task pile = blindSpot("b9", 3, 1.0, 0, HOUR, 2);
        assertThat(explainer.reason(planWith(List.of(route(washer("w1"))), pile), pile))
                .satisfies(reason -> {
                    assertThat(reason.code()).isEqualTo("NO_CAPABLE_VEHICLE");
                    assertThat(reason.params())
                            .containsEntry("task", "b9")
                            .containsEntry("capability", "GARBAGE_PICKUP");
                    assertThat(reason.text()).isEqualTo("no vehicle or crew in the fleet can do GARBAGE_PICKUP work");
                });

        Task loaderPile = blindSpot("b8", 3, 1.0, 0, HOUR, 2, "loader");
        SanitationPlan unequipped = planWith(List.of(route(garbageTruck("g1", Set.of()))), loaderPile);
        assertThat(explainer.reason(unequipped, loaderPile)).satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("NO_VEHICLE_WITH_EQUIPMENT");
            assertThat(reason.params())
                    .containsEntry("capability", "GARBAGE_PICKUP")
                    .containsEntry("equipment", "loader");
        });

        Task tooLarge = blindSpot("b7", 3, 12.0, 0, HOUR, 2);
        SanitationPlan small = planWith(List.of(route(garbageTruck("g1", Set.of()))), tooLarge);
        assertThat(explainer.reason(small, tooLarge)).satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("BEST_PLACE_BREAKS_RULES");
            assertThat(reason.params())
                    .containsEntry("vehicle", "g1")
                    .containsEntry("stop", "1")
                    .containsEntry("rules", "CAPACITY");
        });
        assertThat(explainer.quickReason(new RouteFit(small), tooLarge).code()).isEqualTo("NO_PLACE_BY_ROUTE_CHECK");

        Task fits = blindSpot("b6", 3, 1.0, 0, 4 * HOUR, 2);
        SanitationPlan roomy =
                planWith(List.of(route(garbageTruck("g1", Set.of()), blindSpot("b1", 1, 1.0, 0, 4 * HOUR, 2))), fits);
        assertThat(explainer.quickReason(new RouteFit(roomy), fits)).satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("FITS_BY_ROUTE_CHECK");
            assertThat(reason.params()).containsEntry("vehicle", "g1").containsKey("stop");
        });
        assertThat(explainer.reason(roomy, fits)).satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("FITS_NOT_PLACED_YET");
            assertThat(reason.params()).containsEntry("vehicle", "g1").containsKey("scoreChange");
        });
        assertThat(UnassignedExplainer.notChecked(fits).code()).isEqualTo("NOT_CHECKED");
    }

    @Test
    void aNewReportGetsItsBestPlacesBestFirst() {
        Route truck1 = route(garbageTruck("g1", Set.of()), blindSpot("b1", 1, 1.0, 0, 4 * HOUR, 2));
        Route truck2 = route(garbageTruck("g2", Set.of()), blindSpot("b2", 8, 1.0, 0, 4 * HOUR, 2));
        Task report = blindSpot("new", 7, 1.0, 0, 4 * HOUR, 8);
        SanitationPlan plan = planWith(List.of(truck1, truck2, route(washer("w1"))), report);

        List<UnassignedExplainer.Insertion> insertions = explainer.bestInsertions(plan, report, 3);

        assertThat(insertions).hasSize(3);
        assertThat(insertions)
                .allSatisfy(insertion -> assertThat(insertion.routeId()).isNotEqualTo("w1"));
        assertThat(insertions.get(0).scoreChange())
                .isGreaterThanOrEqualTo(insertions.get(1).scoreChange());
        assertThat(insertions.get(1).scoreChange())
                .isGreaterThanOrEqualTo(insertions.get(2).scoreChange());
        // Location 7 is next to truck 2's pile at 8, far from truck 1's at 1.
        assertThat(insertions.get(0).routeId()).isEqualTo("g2");
        // Each place makes its crew work longer: at least by the work itself.
        assertThat(insertions)
                .allSatisfy(
                        insertion -> assertThat(insertion.workingSecondsAdded()).isPositive());
        assertThat(report.isAssigned()).isFalse();
    }
}
