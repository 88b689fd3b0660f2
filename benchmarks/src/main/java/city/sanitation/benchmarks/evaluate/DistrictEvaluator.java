package city.sanitation.benchmarks.evaluate;

import city.sanitation.benchmarks.evaluate.ShortestPaths.Place;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.PlacedKind;
import city.sanitation.dataset.TaskPlacement;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Stop;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.domain.TaskProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a solved district plan from its routes and the dataset alone, never from the solver's score: every task is
 * done at most once and only by a vehicle whose type has the task's capability and whose crew has its skills, a pass
 * is driven against its street only where the street allows it, and every route leaves from and returns to its
 * vehicle's depot. The last is checked by distance: the driving the route reports between its stops must be at least
 * the shortest way from the depot through its tasks, in order, back to the depot, by the evaluator's own Dijkstra,
 * and each leg without a detour at least the shortest way for that leg. A blind spot, a toilet and a depot are served
 * where the dataset's placement snaps them onto their street, part-way along the segment; a street pass from end to
 * end.
 *
 * <p>Time windows, capacities and breaks are not checked again here: they depend on the product's stop planning
 * (refills, dumps, breaks), which an independent check would have to reimplement.
 */
public final class DistrictEvaluator {

    /** Street lengths are summed in doubles, the product's travel metres rounded per leg. */
    private static final double TOLERANCE_METRES_PER_LEG = 1.0;

    private static final int VIOLATIONS_KEPT = 20;

    private DistrictEvaluator() {}

    /**
     * @param loaded the dataset the plan was built from
     * @param problemTasks every task of the problem, as built before solving
     * @param solved the solver's plan
     */
    public static DistrictEvaluation evaluate(LoadedDataset loaded, List<Task> problemTasks, SanitationPlan solved) {
        Map<String, TaskProblem> factsById = new HashMap<>();
        problemTasks.forEach(task -> factsById.put(task.getId(), task.getProblem()));
        Map<String, TaskKind> kindById = new HashMap<>();
        problemTasks.forEach(task -> kindById.put(task.getId(), task.getKind()));
        Map<String, Vehicle> vehicles = new HashMap<>();
        loaded.dataset().vehicles().forEach(vehicle -> vehicles.put(vehicle.id(), vehicle));
        Map<String, VehicleType> types = new HashMap<>();
        loaded.dataset().vehicleTypes().forEach(type -> types.put(type.id(), type));
        ShortestPaths paths = new ShortestPaths(loaded.dataset().roadNetwork());

        Violations violations = new Violations();
        Set<String> seen = new HashSet<>();
        int routesUsed = 0;
        double reported = 0;
        double shortest = 0;
        for (Route route : solved.getRoutes()) {
            Vehicle vehicle = vehicles.get(route.getCrew().vehicleId());
            if (vehicle == null) {
                violations.add("Route (%s) has a vehicle (%s) the dataset does not have."
                        .formatted(route.getId(), route.getCrew().vehicleId()));
                continue;
            }
            VehicleType type = types.get(vehicle.typeId());
            List<Task> tasks = route.getTasks();
            for (Task task : tasks) {
                TaskProblem facts = factsById.get(task.getId());
                if (facts == null) {
                    violations.add("Route (%s) has a task (%s) the problem does not have."
                            .formatted(route.getId(), task.getId()));
                } else if (!seen.add(task.getId())) {
                    violations.add("Task (%s) is assigned more than once (again in route %s)."
                            .formatted(task.getId(), route.getId()));
                } else {
                    if (!type.can(facts.capability())) {
                        violations.add("Route (%s) of vehicle type (%s) cannot do task (%s), which needs %s."
                                .formatted(route.getId(), type.id(), task.getId(), facts.capability()));
                    }
                    if (!vehicle.skills().containsAll(facts.requiredSkills())) {
                        violations.add("The crew of route (%s) lacks the skills %s of task (%s)."
                                .formatted(route.getId(), facts.requiredSkills(), task.getId()));
                    }
                }
            }
            if (tasks.isEmpty()) {
                continue;
            }
            routesUsed++;
            Place depot = servedAt(paths, loaded.placement(PlacedKind.DEPOT, vehicle.depotId()));
            Legs legs = legs(route, depot, new Served(loaded, factsById, kindById, paths), paths, violations);
            reported += legs.reportedMetres();
            shortest += legs.shortestMetres();
        }
        return new DistrictEvaluation(
                factsById.size(), seen.size(), routesUsed, reported / 1000, shortest / 1000, violations.list());
    }

    private record Legs(double reportedMetres, double shortestMetres) {}

    private static Place servedAt(ShortestPaths paths, TaskPlacement placement) {
        return paths.along(placement.segmentIndex(), placement.fraction());
    }

    /** Where each task begins and ends, from the dataset: a point task at its placement, a pass at its ends. */
    private record Served(
            LoadedDataset loaded,
            Map<String, TaskProblem> factsById,
            Map<String, TaskKind> kindById,
            ShortestPaths paths) {

        Place entry(String taskId, boolean reversed) {
            TaskProblem facts = factsById.get(taskId);
            return switch (kindById.get(taskId)) {
                case BLIND_SPOT -> servedAt(paths, loaded.placement(PlacedKind.BLIND_SPOT, facts.groupId()));
                case TOILET_ROUND -> servedAt(paths, loaded.placement(PlacedKind.TOILET, facts.groupId()));
                case STREET_PASS -> Place.node(reversed ? facts.endLocation() : facts.startLocation());
            };
        }

        Place exit(String taskId, boolean reversed) {
            TaskProblem facts = factsById.get(taskId);
            return kindById.get(taskId) == TaskKind.STREET_PASS
                    ? Place.node(reversed ? facts.startLocation() : facts.endLocation())
                    : entry(taskId, reversed);
        }
    }

    private static Legs legs(Route route, Place depot, Served served, ShortestPaths paths, Violations violations) {
        Map<String, TaskProblem> factsById = served.factsById();
        List<Task> tasks = route.getTasks();
        List<Stop> stops = route.getSchedule().stops();
        if (stops.size() != tasks.size() || route.getSchedule().end() == null) {
            violations.add("Route (%s) has %d tasks but %d stops and %s way home."
                    .formatted(
                            route.getId(),
                            tasks.size(),
                            stops.size(),
                            route.getSchedule().end() == null ? "no" : "a"));
            return new Legs(0, 0);
        }
        double reported = route.getSchedule().end().travelMetres();
        double shortest = 0;
        Place at = depot;
        for (int i = 0; i < tasks.size(); i++) {
            String taskId = tasks.get(i).getId();
            TaskProblem facts = factsById.get(taskId);
            Stop stop = stops.get(i);
            reported += stop.travelMetres();
            if (facts == null) {
                continue;
            }
            if (stop.reversed() && !facts.eitherDirection()) {
                violations.add(
                        "Route (%s) drives task (%s) against its one-way direction.".formatted(route.getId(), taskId));
            }
            Place entry = served.entry(taskId, stop.reversed());
            double leg = leg(paths, at, entry, route, violations);
            if (stop.detour() == null && stop.travelMetres() + TOLERANCE_METRES_PER_LEG < leg) {
                violations.add(
                        "Route (%s) reports %d m of driving to task (%s), less than the %.0f m of the shortest way."
                                .formatted(route.getId(), stop.travelMetres(), taskId, leg));
            }
            shortest += leg;
            at = served.exit(taskId, stop.reversed());
        }
        shortest += leg(paths, at, depot, route, violations);
        double tolerance = TOLERANCE_METRES_PER_LEG * (tasks.size() + 1);
        if (reported + tolerance < shortest) {
            violations.add(("Route (%s) reports %.0f m of driving between its stops, less than the %.0f m its task"
                            + " order needs from its depot and back.")
                    .formatted(route.getId(), reported, shortest));
        }
        return new Legs(reported, shortest);
    }

    private static double leg(ShortestPaths paths, Place from, Place to, Route route, Violations violations) {
        double metres = paths.metres(from, to);
        if (Double.isInfinite(metres)) {
            violations.add("Route (%s) has no way by the streets from %s to %s.".formatted(route.getId(), from, to));
            return 0;
        }
        return metres;
    }

    /** Counts every violation, keeps the first few for the report. */
    private static final class Violations {
        private final List<String> kept = new ArrayList<>();
        private int count;

        void add(String violation) {
            count++;
            if (kept.size() < VIOLATIONS_KEPT) {
                kept.add(violation);
            }
        }

        List<String> list() {
            if (count <= kept.size()) {
                return kept;
            }
            List<String> list = new ArrayList<>(kept);
            list.add("... and %d more.".formatted(count - kept.size()));
            return list;
        }
    }
}
