package city.sanitation.benchmarks.solvers;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import city.sanitation.benchmarks.instance.CarpInstance;
import city.sanitation.benchmarks.instance.CarpInstance.CarpEdge;
import city.sanitation.benchmarks.instance.NodeInstance;
import city.sanitation.fleet.Capability;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.CrewCapacities;
import city.sanitation.planning.domain.CrewFacilities;
import city.sanitation.planning.domain.CrewRates;
import city.sanitation.planning.domain.CrewShift;
import city.sanitation.planning.domain.Facility;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.domain.TaskProblem;
import city.sanitation.planning.domain.TravelTimes;
import city.sanitation.planning.score.SanitationConstraintProvider;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps benchmark instances onto the product's own model. Customers become blind-spot clean-ups with hard due dates;
 * required CARP edges become street passes that may go either way, whose water need is their demand, reloaded at the
 * depot's hydrant. Distances are integer units (see {@code DistanceRule}) used as both metres and seconds, and the
 * cost per km makes the soft score exactly the driven distance in those units.
 */
public final class ProductPlans {

    /** 10 per km makes {@code routeCostFen} equal to the metres driven. */
    private static final double COST_PER_KM_FOR_UNIT_FEN = 10.0;

    private static final LocalDateTime HORIZON_START = LocalDateTime.of(2026, 1, 1, 0, 0);
    private static final long NO_END = Long.MAX_VALUE / 4;

    private ProductPlans() {}

    /** A plan with its tasks keyed back to the instance's customers or edges. */
    public record MappedPlan(SanitationPlan plan, Map<String, Integer> taskIndexById) {}

    public static MappedPlan fromNodes(NodeInstance instance) {
        int size = instance.nodeCount();
        long[][] units = new long[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                units[i][j] = instance.arcUnits(i, j);
            }
        }
        TravelTimes travel = matrix(units);
        long depotDue = instance.timeWindows() ? instance.timeUnits(instance.due()[0]) : NO_END;
        long start = instance.timeUnits(instance.ready()[0]);
        List<Route> routes = new ArrayList<>();
        for (int v = 0; v < instance.maxVehicles(); v++) {
            Crew crew = Crew.builder()
                    .vehicleId("vehicle-" + v)
                    .name("vehicle " + v)
                    .vehicleTypeId("truck")
                    .capabilities(Set.of(Capability.GARBAGE_PICKUP))
                    .shift(CrewShift.fixed(start, depotDue, depotDue, List.of()))
                    .capacities(new CrewCapacities(0, instance.capacity(), 0))
                    .rates(new CrewRates(1.0, 0.0, COST_PER_KM_FOR_UNIT_FEN, 0.0))
                    .travel(travel)
                    .build();
            routes.add(new Route(crew.vehicleId(), crew));
        }
        List<Task> tasks = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int c = 1; c < size; c++) {
            String id = "customer-" + c;
            long latest = instance.timeWindows() ? instance.timeUnits(instance.due()[c]) : Long.MAX_VALUE;
            tasks.add(new Task(
                    id,
                    TaskKind.BLIND_SPOT,
                    TaskProblem.builder()
                            .capability(Capability.GARBAGE_PICKUP)
                            .startLocation(c)
                            .endLocation(c)
                            .serviceSeconds(instance.timeUnits(instance.service()[c]))
                            .volumeM3(instance.demand()[c])
                            .earliestStart(instance.timeUnits(instance.ready()[c]))
                            .latestStart(latest)
                            .priorityWeight(1)
                            .groupId(id)
                            .label(id)
                            .subdistrictId("benchmark")
                            .gridId("benchmark")
                            .build()));
            index.put(id, c);
        }
        return new MappedPlan(plan(instance.name(), routes, tasks), index);
    }

    public static MappedPlan fromCarp(CarpInstance instance) {
        long[][] shortest = floydWarshall(instance);
        TravelTimes travel = matrix(shortest);
        int depot = instance.depot() - 1;
        Facility reload = new Facility("depot", "Depot", depot, 0);
        List<Route> routes = new ArrayList<>();
        int vehicles = Math.max(1, instance.vehicles());
        for (int v = 0; v < vehicles; v++) {
            Crew crew = Crew.builder()
                    .vehicleId("vehicle-" + v)
                    .name("vehicle " + v)
                    .vehicleTypeId("truck")
                    .capabilities(Set.of(Capability.WASHING))
                    .depotLocation(depot)
                    .shift(CrewShift.fixed(0, NO_END, NO_END, List.of()))
                    .capacities(new CrewCapacities(instance.capacity(), 0, 0))
                    // service time plays no part in CARP: washing is made near instant
                    .rates(new CrewRates(1e9, 1.0, COST_PER_KM_FOR_UNIT_FEN, 0.0))
                    .travel(travel)
                    .facilities(new CrewFacilities(List.of(reload), List.of(), List.of()))
                    .build();
            routes.add(new Route(crew.vehicleId(), crew));
        }
        List<Task> tasks = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int e = 0; e < instance.requiredEdges().size(); e++) {
            CarpEdge edge = instance.requiredEdges().get(e);
            String id = "edge-" + e;
            tasks.add(new Task(
                    id,
                    TaskKind.STREET_PASS,
                    TaskProblem.builder()
                            .capability(Capability.WASHING)
                            .startLocation(edge.from() - 1)
                            .endLocation(edge.to() - 1)
                            .eitherDirection(true)
                            .lengthMetres(edge.demand())
                            .priorityWeight(1)
                            .groupId(id)
                            .label("(%d, %d)".formatted(edge.from(), edge.to()))
                            .subdistrictId("benchmark")
                            .gridId("benchmark")
                            .build()));
            index.put(id, e);
        }
        return new MappedPlan(plan(instance.name(), routes, tasks), index);
    }

    private static SanitationPlan plan(String name, List<Route> routes, List<Task> tasks) {
        // Benchmarks minimise distance only: fairness between crews is no part of their objective.
        var overrides = ConstraintWeightOverrides.of(
                Map.of(SanitationConstraintProvider.WORKLOAD_BALANCE, HardMediumSoftLongScore.ZERO));
        return new SanitationPlan(name, HORIZON_START, routes, tasks, overrides);
    }

    /** Deadheading costs between vertices (0-based), over required and other edges alike. */
    static long[][] floydWarshall(CarpInstance instance) {
        int n = instance.vertices();
        long[][] d = new long[n][n];
        for (long[] row : d) {
            java.util.Arrays.fill(row, NO_END);
        }
        for (int v = 0; v < n; v++) {
            d[v][v] = 0;
        }
        for (List<CarpEdge> edges : List.of(instance.requiredEdges(), instance.otherEdges())) {
            for (CarpEdge edge : edges) {
                int a = edge.from() - 1;
                int b = edge.to() - 1;
                d[a][b] = Math.min(d[a][b], edge.cost());
                d[b][a] = Math.min(d[b][a], edge.cost());
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (d[i][k] + d[k][j] < d[i][j]) {
                        d[i][j] = d[i][k] + d[k][j];
                    }
                }
            }
        }
        return d;
    }

    private static TravelTimes matrix(long[][] units) {
        return new TravelTimes() {
            @Override
            public long seconds(int from, int to) {
                return units[from][to];
            }

            @Override
            public long metres(int from, int to) {
                return units[from][to];
            }
        };
    }
}
