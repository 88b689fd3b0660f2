package city.sanitation.benchmarks.solvers;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import city.sanitation.benchmarks.evaluate.CarpEvaluator;
import city.sanitation.benchmarks.evaluate.NodeEvaluator;
import city.sanitation.benchmarks.evaluate.RoutingSolution;
import city.sanitation.benchmarks.evaluate.Visit;
import city.sanitation.benchmarks.instance.CarpInstance;
import city.sanitation.benchmarks.instance.CarpReader;
import city.sanitation.benchmarks.instance.DistanceRule;
import city.sanitation.benchmarks.instance.NodeInstance;
import city.sanitation.benchmarks.instance.SolomonReader;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's score on a mapped instance agrees with the independent evaluator. */
class ProductPlansTest {

    private static HardMediumSoftLongScore score(SanitationPlan plan) {
        var factory = SolverFactory.<SanitationPlan>create(new ProductSolver().solverConfig(Duration.ofSeconds(1), 0));
        return SolutionManager.<SanitationPlan, HardMediumSoftLongScore>create(factory)
                .update(plan);
    }

    private static Task task(SanitationPlan plan, String id) {
        return plan.getTasks().stream()
                .filter(t -> t.getId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void softScoreIsTheDistanceInTenthsAndLateServiceIsHard() throws Exception {
        NodeInstance instance = SolomonReader.read(
                Path.of(getClass().getResource("/instances/tiny3.txt").toURI()), DistanceRule.TRUNCATED_ONE_DECIMAL);
        SanitationPlan plan = ProductPlans.fromNodes(instance).plan();
        plan.getRoutes().get(0).getTasks().addAll(List.of(task(plan, "customer-1"), task(plan, "customer-2")));
        plan.getRoutes().get(1).getTasks().add(task(plan, "customer-3"));

        HardMediumSoftLongScore feasible = score(plan);

        double cost = NodeEvaluator.evaluate(
                        instance, new RoutingSolution(List.of(List.of(Visit.of(1), Visit.of(2)), List.of(Visit.of(3)))))
                .cost();
        assertThat(feasible).isEqualTo(HardMediumSoftLongScore.of(0, 0, -Math.round(cost * 10)));

        plan.getRoutes().get(0).getTasks().clear();
        plan.getRoutes().get(1).getTasks().clear();
        plan.getRoutes().get(0).getTasks().addAll(List.of(task(plan, "customer-2"), task(plan, "customer-3")));
        plan.getRoutes().get(1).getTasks().add(task(plan, "customer-1"));
        assertThat(score(plan).hardScore()).isNegative();
    }

    @Test
    void carpRouteRefillsAtTheDepotAndCostsDeadheadingOnly() throws Exception {
        CarpInstance instance = CarpReader.read(
                Path.of(getClass().getResource("/instances/tiny4.dat").toURI()));
        SanitationPlan plan = ProductPlans.fromCarp(instance).plan();
        plan.getRoutes()
                .get(0)
                .getTasks()
                .addAll(List.of(task(plan, "edge-0"), task(plan, "edge-1"), task(plan, "edge-2")));

        HardMediumSoftLongScore score = score(plan);

        List<Visit> visits = plan.getRoutes().get(0).getTasks().stream()
                .map(t -> new Visit(
                        Integer.parseInt(t.getId().substring(5)), t.getStop().reversed()))
                .toList();
        double cost = CarpEvaluator.evaluate(instance, new RoutingSolution(List.of(visits)))
                .cost();
        assertThat(score.hardScore()).isZero();
        assertThat(-score.softScore() + instance.requiredServiceCost()).isEqualTo(Math.round(cost));
        assertThat(plan.getRoutes().get(0).getTasks().get(2).getStop().detour()).isNotNull();
    }

    /**
     * Depot 1 on a line 1–2–…–7 of 1-unit streets; the tank holds 8. The first pass ends next to the depot, the next
     * two lie 4 and 5 units out: refilling where the tank runs dry (before the third) costs a 10-unit round trip,
     * refilling before the second costs 2 more than driving past.
     */
    @Test
    void carpRouteRefillsWhereItCostsLeastAndTheEvaluatorSeesItsTrips(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("line7.dat");
        java.nio.file.Files.writeString(file, """
                 NOMBRE : line7
                 COMENTARIO : 0
                 VERTICES : 7
                 ARISTAS_REQ : 3
                 ARISTAS_NOREQ : 3
                 VEHICULOS : 1
                 CAPACIDAD : 8
                 TIPO_COSTES_ARISTAS : EXPLICITOS
                 COSTE_TOTAL_REQ : 3
                 LISTA_ARISTAS_REQ :
                 ( 1, 2)  coste 1 demanda 4
                 ( 5, 6)  coste 1 demanda 3
                 ( 6, 7)  coste 1 demanda 3
                 LISTA_ARISTAS_NOREQ :
                 ( 2, 3)  coste 1
                 ( 3, 4)  coste 1
                 ( 4, 5)  coste 1
                 DEPOSITO :   1
                """);
        CarpInstance instance = CarpReader.read(file);
        ProductPlans.MappedPlan chosen = ProductPlans.fromCarp(instance);
        ProductPlans.MappedPlan greedy = ProductPlans.fromCarp(instance);
        chosen.plan().getRoutes().forEach(route -> route.setRefillSplit(true));
        for (ProductPlans.MappedPlan mapped : List.of(chosen, greedy)) {
            SanitationPlan plan = mapped.plan();
            plan.getRoutes()
                    .get(0)
                    .getTasks()
                    .addAll(List.of(task(plan, "edge-0"), task(plan, "edge-1"), task(plan, "edge-2")));
        }

        HardMediumSoftLongScore chosenScore = score(chosen.plan());
        HardMediumSoftLongScore greedyScore = score(greedy.plan());
        List<List<Visit>> chosenTrips = ProductSolver.trips(chosen.plan(), chosen);
        List<List<Visit>> greedyTrips = ProductSolver.trips(greedy.plan(), greedy);

        // Chosen: the first pass alone, then a full tank for the other two; greedy: the first two, then the third.
        assertThat(chosenTrips).extracting(List::size).containsExactly(1, 2);
        assertThat(greedyTrips).extracting(List::size).containsExactly(2, 1);
        // Deadheading: 2→1→5 and 7→1 (5 + 6) chosen; 2→5, 6→1→6 and 7→1 (3 + 10 + 6) greedy.
        assertThat(-chosenScore.softScore()).isEqualTo(11);
        assertThat(-greedyScore.softScore()).isEqualTo(19);
        for (var pair : List.of(List.of(chosen, chosenScore), List.of(greedy, greedyScore))) {
            ProductPlans.MappedPlan mapped = (ProductPlans.MappedPlan) pair.get(0);
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) pair.get(1);
            double cost = CarpEvaluator.evaluate(
                            instance, new RoutingSolution(ProductSolver.trips(mapped.plan(), mapped)))
                    .cost();
            assertThat(-score.softScore() + instance.requiredServiceCost()).isEqualTo(Math.round(cost));
        }
    }

    @Test
    void carpPassesDrivenTheWaysThatCostLeastAndTheEvaluatorSeesThem(@TempDir Path folder) throws Exception {
        // The depot 1 at (0,0), 2 at (1,0), 3 at (0,3), 4 at (2,0), 5 at (3,0): the street 2–3 is nearest at 2, but
        // driven from 2 it ends at 3, 5 from the next street 4–5; driven from 3 it ends at 2, 1 from it.
        Path file = folder.resolve("turn5.dat");
        java.nio.file.Files.writeString(file, """
                 NOMBRE : turn5
                 COMENTARIO : 0
                 VERTICES : 5
                 ARISTAS_REQ : 2
                 ARISTAS_NOREQ : 3
                 VEHICULOS : 1
                 CAPACIDAD : 10
                 TIPO_COSTES_ARISTAS : EXPLICITOS
                 COSTE_TOTAL_REQ : 5
                 LISTA_ARISTAS_REQ :
                 ( 2, 3)  coste 4 demanda 1
                 ( 4, 5)  coste 1 demanda 1
                 LISTA_ARISTAS_NOREQ :
                 ( 1, 2)  coste 1
                 ( 1, 3)  coste 3
                 ( 2, 4)  coste 1
                 DEPOSITO :   1
                """);
        CarpInstance instance = CarpReader.read(file);
        ProductPlans.MappedPlan chosen = ProductPlans.fromCarp(instance);
        ProductPlans.MappedPlan greedy = ProductPlans.fromCarp(instance);
        chosen.plan().getRoutes().forEach(route -> route.setPassDirections(true));
        for (ProductPlans.MappedPlan mapped : List.of(chosen, greedy)) {
            SanitationPlan plan = mapped.plan();
            plan.getRoutes().get(0).getTasks().addAll(List.of(task(plan, "edge-0"), task(plan, "edge-1")));
        }

        HardMediumSoftLongScore chosenScore = score(chosen.plan());
        HardMediumSoftLongScore greedyScore = score(greedy.plan());

        // Deadheading: 1→3, 2→4 and 5→1 (3 + 1 + 3) chosen; 1→2, 3→4 and 5→1 (1 + 5 + 3) greedy.
        assertThat(-chosenScore.softScore()).isEqualTo(7);
        assertThat(-greedyScore.softScore()).isEqualTo(9);
        assertThat(ProductSolver.trips(chosen.plan(), chosen).get(0).get(0).reversed())
                .isTrue();
        for (var pair : List.of(List.of(chosen, chosenScore), List.of(greedy, greedyScore))) {
            ProductPlans.MappedPlan mapped = (ProductPlans.MappedPlan) pair.get(0);
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) pair.get(1);
            double cost = CarpEvaluator.evaluate(
                            instance, new RoutingSolution(ProductSolver.trips(mapped.plan(), mapped)))
                    .cost();
            assertThat(-score.softScore() + instance.requiredServiceCost()).isEqualTo(Math.round(cost));
        }
    }
}
