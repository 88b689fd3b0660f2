package city.sanitation.planning.report;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.PlacedKind;
import city.sanitation.dataset.SetAsideItem;
import city.sanitation.dataset.TaskPlacement;
import city.sanitation.fleet.Capability;
import city.sanitation.planning.build.PlanningClock;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.Detour;
import city.sanitation.planning.domain.Facility;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.RouteEnd;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Stop;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.planning.domain.UncleanedStretches;
import city.sanitation.planning.report.PlanReport.Kpis;
import city.sanitation.planning.report.PlanReport.LateTask;
import city.sanitation.planning.report.PlanReport.RouteReport;
import city.sanitation.planning.report.PlanReport.StopReport;
import city.sanitation.planning.report.PlanReport.UnassignedTask;
import city.sanitation.planning.report.PlanReport.VehicleTypeUtilisation;
import city.sanitation.planning.search.RouteFit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

/** Reads a solved plan into a {@link PlanReport}. */
public final class PlanReporter {

    /**
     * Explaining a task tries it in every position of every route, which on a district of thousands of tasks takes
     * seconds each; past this budget the remaining tasks get a reason for the whole group.
     */
    static final Duration EXPLANATION_BUDGET = Duration.ofSeconds(15);

    /** After the score analysis's budget, how long the route planner's quicker check may take for the rest. */
    static final Duration QUICK_CHECK_BUDGET = Duration.ofSeconds(5);

    /** The reason every left-over task gets in a report made only to measure the plan. */
    public static final String REASON_NOT_LOOKED_FOR = "no reason looked for: this report measures the plan only";

    /** What a street pass may need. */
    /** The kind of a spreader's stop at a salt depot in {@code plan.json}. */
    public static final String SALT_RELOAD = "SALT_RELOAD";

    private static final Set<Capability> STREET_PASS_CAPABILITIES =
            EnumSet.of(Capability.WASHING, Capability.SPRINKLING, Capability.SWEEPING);

    private final SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager;

    public PlanReporter(SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    /**
     * Reports a plan of a dataset: each stop at the position where it is served, with how far that is from where the
     * dataset puts the blind spot, toilet, facility or depot.
     */
    public PlanReport report(SanitationProblem problem, SanitationPlan plan) {
        return report(problem, plan, true);
    }

    /**
     * The same report with no reason looked for why a task is left undone (each says {@link
     * #REASON_NOT_LOOKED_FOR}): for measuring plans, where explaining a large district's left-over tasks would take up to 20 s a plan.
     */
    public PlanReport reportWithoutReasons(SanitationProblem problem, SanitationPlan plan) {
        return report(problem, plan, false);
    }

    private PlanReport report(SanitationProblem problem, SanitationPlan plan, boolean explainUnassigned) {
        return report(
                problem.source().dataset().name(),
                plan,
                problem.clock(),
                problem.places()::lonLat,
                new DatasetSnapDistances(problem.source()),
                explainUnassigned,
                problem.source().setAside());
    }

    /**
     * @param coordinates the lon/lat of a location, for the stops' positions
     */
    public PlanReport report(
            String datasetName, SanitationPlan plan, PlanningClock clock, IntFunction<double[]> coordinates) {
        return report(datasetName, plan, clock, coordinates, SnapDistances.UNKNOWN, true, List.of());
    }

    private PlanReport report(
            String datasetName,
            SanitationPlan plan,
            PlanningClock clock,
            IntFunction<double[]> coordinates,
            SnapDistances snaps,
            boolean explainUnassigned,
            List<SetAsideItem> setAside) {
        solutionManager.update(plan);
        List<RouteReport> routes = new ArrayList<>();
        List<LateTask> late = new ArrayList<>();
        for (Route route : plan.getRoutes()) {
            routes.add(routeReport(route, clock, coordinates, snaps, late));
        }
        UnassignedExplainer explainer = new UnassignedExplainer(solutionManager);
        List<UnassignedTask> unassigned = new ArrayList<>();
        long explainUntil = System.nanoTime() + EXPLANATION_BUDGET.toNanos();
        RouteFit fits = new RouteFit(plan);
        long checkUntil = Long.MIN_VALUE;
        int explained = 0;
        for (Task task : plan.getTasks()) {
            if (task.isAssigned()) {
                continue;
            }
            UnassignedExplainer.Explanation reason;
            if (task.getProblem().deferredByWeather()) {
                unassigned.add(unassignedTask(task, UnassignedExplainer.weatherDeferred(task)));
                continue;
            }
            boolean explainable = explained < UnassignedExplainer.MAX_EXPLAINED && System.nanoTime() < explainUntil;
            if (!explainable && checkUntil == Long.MIN_VALUE) {
                checkUntil = System.nanoTime() + QUICK_CHECK_BUDGET.toNanos();
            }
            explained++;
            if (!explainUnassigned) {
                reason = new UnassignedExplainer.Explanation(
                        "NOT_LOOKED_FOR", UnassignedExplainer.params("task", task.getId()), REASON_NOT_LOOKED_FOR);
            } else if (explainable) {
                reason = explainer.reason(plan, task);
            } else {
                reason = System.nanoTime() < checkUntil
                        ? explainer.quickReason(fits, task)
                        : UnassignedExplainer.notChecked(task);
            }
            unassigned.add(unassignedTask(task, reason));
        }
        HardMediumSoftLongScore score = plan.getScore();
        return new PlanReport(
                PlanReport.FORMAT_VERSION,
                datasetName,
                clock.horizonStart(),
                score.toString(),
                score.isFeasible(),
                kpis(plan, routes, late, unassigned.size()),
                routes,
                unassigned,
                late,
                setAside,
                RuleTable.of(solutionManager, plan));
    }

    private static RouteReport routeReport(
            Route route,
            PlanningClock clock,
            IntFunction<double[]> coordinates,
            SnapDistances snaps,
            List<LateTask> late) {
        Crew crew = route.getCrew();
        List<StopReport> stops = new ArrayList<>();
        double washedMetres = 0;
        double waterUsed = 0;
        // What the truck carries between stops: a break or the return home changes neither tank nor body.
        double waterLitres = route.startState().waterLitres();
        double loadM3 = route.startState().loadM3();
        for (Task task : route.getTasks()) {
            Stop stop = task.getStop();
            var problem = task.getProblem();
            if (stop.takenBreak() != null) {
                stops.add(new StopReport(
                        stops.size() + 1,
                        "BREAK",
                        null,
                        null,
                        "break",
                        null,
                        null,
                        null,
                        null,
                        clock.toTime(stop.takenBreak().start()),
                        clock.toTime(stop.takenBreak().start()),
                        clock.toTime(stop.takenBreak().end()),
                        0,
                        0,
                        waterLitres / 1000.0,
                        loadM3,
                        0,
                        null,
                        null,
                        null));
            }
            if (stop.detour() != null) {
                stops.add(detourStop(
                        stops.size() + 1, stop.detour(), crew, waterLitres, loadM3, clock, coordinates, snaps));
            }
            // On the first stop the wait at the depot is the route leaving later: its departure, not a stop.
            boolean backToDepot =
                    stop.depotWait() != null && task != route.getTasks().get(0);
            if (backToDepot) {
                double[] depot = coordinates.apply(crew.depotLocation());
                stops.add(new StopReport(
                        stops.size() + 1,
                        "DEPOT_WAIT",
                        null,
                        null,
                        "wait at the depot",
                        null,
                        null,
                        null,
                        null,
                        clock.toTime(stop.depotWait().arrival()),
                        clock.toTime(stop.depotWait().arrival()),
                        clock.toTime(stop.depotWait().departure()),
                        stop.depotWait().inboundMetres(),
                        stop.depotWait().seconds() / 60,
                        waterLitres / 1000.0,
                        loadM3,
                        0,
                        depot[0],
                        depot[1],
                        snaps.depot(crew)));
            }
            int at = stop.reversed() ? problem.endLocation() : problem.startLocation();
            double[] lonLat = coordinates.apply(at);
            long lateSeconds = Math.max(0, stop.end() - problem.slaDeadline());
            if (task.getKind() == TaskKind.BLIND_SPOT && lateSeconds > 0) {
                late.add(LateTask.explained(
                        task.getId(),
                        route.getId(),
                        clock.toTime(problem.slaDeadline()),
                        clock.toTime(stop.end()),
                        (lateSeconds + 59) / 60));
            }
            if (task.getKind() == TaskKind.STREET_PASS) {
                washedMetres += problem.lengthMetres();
                waterUsed += crew.carriesWater() && problem.usesWater()
                        ? problem.lengthMetres() * crew.rates().waterLitresPerMetre()
                        : 0;
            }
            stops.add(new StopReport(
                    stops.size() + 1,
                    "TASK",
                    task.getId(),
                    task.getKind().name(),
                    problem.label(),
                    null,
                    problem.subdistrictId(),
                    problem.gridId(),
                    task.getKind() == TaskKind.STREET_PASS ? (stop.reversed() ? "reverse" : "forward") : null,
                    clock.toTime(stop.arrival()),
                    clock.toTime(stop.start()),
                    clock.toTime(stop.end()),
                    backToDepot ? stop.travelMetres() - stop.depotWait().inboundMetres() : stop.travelMetres(),
                    stop.waitSeconds() / 60,
                    stop.after().waterLitres() / 1000.0,
                    stop.after().loadM3(),
                    task.getKind() == TaskKind.BLIND_SPOT ? (lateSeconds + 59) / 60 : 0,
                    lonLat[0],
                    lonLat[1],
                    snaps.task(task),
                    problem.weather() == null ? null : problem.weather().code(),
                    problem.weather() == null ? null : problem.weather().params()));
            waterLitres = stop.after().waterLitres();
            loadM3 = stop.after().loadM3();
        }
        RouteEnd end = route.end();
        if (route.isUsed()) {
            if (end.detour() != null) {
                StopReport detour = detourStop(
                        stops.size() + 1, end.detour(), crew, waterLitres, loadM3, clock, coordinates, snaps);
                stops.add(detour);
                waterLitres = detour.waterAfterM3() * 1000.0;
                loadM3 = detour.loadAfterM3();
            }
            double[] depot = coordinates.apply(crew.depotLocation());
            stops.add(new StopReport(
                    stops.size() + 1,
                    "DEPOT",
                    null,
                    null,
                    "back at the depot",
                    null,
                    null,
                    null,
                    null,
                    clock.toTime(end.arrival()),
                    clock.toTime(end.arrival()),
                    clock.toTime(end.arrival()),
                    end.travelMetres(),
                    0,
                    waterLitres / 1000.0,
                    loadM3,
                    0,
                    depot[0],
                    depot[1],
                    snaps.depot(crew)));
        }
        double deadheadKm = route.deadheadMetres() / 1000.0;
        return new RouteReport(
                route.getId(),
                crew.name(),
                crew.vehicleTypeId(),
                clock.toTime(route.shiftBegin()),
                clock.toTime(route.shiftEnd()),
                route.isUsed() ? clock.toTime(route.departure()) : null,
                route.isUsed() ? clock.toTime(end.arrival()) : null,
                round(deadheadKm + washedMetres / 1000.0),
                round(deadheadKm),
                round(washedMetres / 1000.0),
                round(waterUsed / 1000.0),
                (route.overtimeSeconds() + 59) / 60,
                route.workingSeconds() / 60,
                route.getPinnedCount(),
                stops);
    }

    /**
     * A refill fills the tank and leaves the body as it was; a dump empties the body and leaves the tank. A spreader's
     * salt reload is a stop of its own kind (SALT_RELOAD, at a salt depot), so that no page calls it a water refill.
     */
    private static StopReport detourStop(
            int sequence,
            Detour detour,
            Crew crew,
            double waterLitres,
            double loadM3,
            PlanningClock clock,
            IntFunction<double[]> coordinates,
            SnapDistances snaps) {
        double[] lonLat = coordinates.apply(detour.facility().location());
        boolean refill = detour.kind() == Detour.DetourKind.REFILL;
        boolean salt = detour.kind() == Detour.DetourKind.RELOAD_SALT;
        return new StopReport(
                sequence,
                salt ? SALT_RELOAD : detour.kind().name(),
                null,
                null,
                (salt ? "reload salt at " : refill ? "refill water at " : "dump at ")
                        + detour.facility().name(),
                detour.facility().id(),
                null,
                null,
                null,
                clock.toTime(detour.arrival()),
                clock.toTime(detour.arrival()),
                clock.toTime(detour.departure()),
                0,
                0,
                (refill ? crew.capacities().tankLitres() : waterLitres) / 1000.0,
                refill || salt ? loadM3 : 0,
                0,
                lonLat[0],
                lonLat[1],
                snaps.facility(
                        salt ? PlacedKind.SALT_DEPOT : refill ? PlacedKind.HYDRANT : PlacedKind.TRANSFER_STATION,
                        detour.facility()));
    }

    /** How far what a stop serves lies from its street, in metres; null where unknown or nothing was snapped. */
    private interface SnapDistances {

        SnapDistances UNKNOWN = new SnapDistances() {};

        default Double task(Task task) {
            return null;
        }

        default Double facility(PlacedKind kind, Facility facility) {
            return null;
        }

        default Double depot(Crew crew) {
            return null;
        }
    }

    /** The snapping distances the dataset's placement measured. A street pass is served on its street: none. */
    private static final class DatasetSnapDistances implements SnapDistances {

        private final LoadedDataset loaded;
        private final Map<String, String> depotByVehicle = new HashMap<>();

        DatasetSnapDistances(LoadedDataset loaded) {
            this.loaded = loaded;
            loaded.dataset().vehicles().forEach(vehicle -> depotByVehicle.put(vehicle.id(), vehicle.depotId()));
        }

        @Override
        public Double task(Task task) {
            return switch (task.getKind()) {
                case BLIND_SPOT ->
                    distance(PlacedKind.BLIND_SPOT, task.getProblem().groupId());
                case TOILET_ROUND ->
                    distance(PlacedKind.TOILET, task.getProblem().groupId());
                case STREET_PASS -> null;
            };
        }

        @Override
        public Double facility(PlacedKind kind, Facility facility) {
            return distance(kind, facility.id());
        }

        @Override
        public Double depot(Crew crew) {
            String depotId = depotByVehicle.get(crew.vehicleId());
            return depotId == null ? null : distance(PlacedKind.DEPOT, depotId);
        }

        private Double distance(PlacedKind kind, String id) {
            TaskPlacement placement = loaded.placements(kind).get(id);
            return placement == null ? null : Math.round(placement.distanceMetres() * 10) / 10.0;
        }
    }

    private static Kpis kpis(SanitationPlan plan, List<RouteReport> routes, List<LateTask> late, int unassigned) {
        int used = 0;
        double driven = 0;
        double deadheaded = 0;
        double washed = 0;
        double water = 0;
        long overtime = 0;
        int refills = 0;
        int dumps = 0;
        int saltReloads = 0;
        for (RouteReport route : routes) {
            if (route.departure() != null) {
                used++;
            }
            driven += route.kmDriven();
            deadheaded += route.kmDeadheaded();
            washed += route.kmWashed();
            water += route.waterUsedM3();
            overtime += route.overtimeMinutes();
            for (StopReport stop : route.stops()) {
                refills += "REFILL".equals(stop.kind()) ? 1 : 0;
                dumps += "DUMP".equals(stop.kind()) ? 1 : 0;
                saltReloads += SALT_RELOAD.equals(stop.kind()) ? 1 : 0;
            }
        }
        long[] toiletGaps = toiletMaxGapBreaches(plan);
        int blindSpots = count(plan, TaskKind.BLIND_SPOT, false);
        int cleared = count(plan, TaskKind.BLIND_SPOT, true);
        return new Kpis(
                used,
                routes.size(),
                round(driven),
                round(deadheaded),
                round(washed),
                round(water),
                refills,
                dumps,
                cleared,
                cleared - late.size(),
                late.size(),
                blindSpots - cleared,
                count(plan, TaskKind.TOILET_ROUND, true),
                count(plan, TaskKind.TOILET_ROUND, false),
                (int) toiletGaps[0],
                toiletGaps[1],
                count(plan, TaskKind.STREET_PASS, true),
                count(plan, TaskKind.STREET_PASS, false),
                overtime,
                unassigned,
                streetWaitSeconds(plan) / 60,
                depotWaitSeconds(plan) / 60,
                washingDeadheadKmPerKmWashed(plan),
                subdistrictsPerWashingVehicle(plan),
                late.stream().mapToLong(LateTask::lateMinutes).max().orElse(0),
                utilisationByVehicleType(plan),
                saltReloads);
    }

    /**
     * A vehicle that can do street passes: its driving between them is what washing costs. Deadheading of garbage
     * trucks and toilet crews is left out, as it buys no washing.
     */
    private static boolean isWashingVehicle(Crew crew) {
        return crew.capabilities().stream().anyMatch(STREET_PASS_CAPABILITIES::contains);
    }

    private static Double washingDeadheadKmPerKmWashed(SanitationPlan plan) {
        long deadheadMetres = 0;
        double washedMetres = 0;
        for (Route route : plan.getRoutes()) {
            if (isWashingVehicle(route.getCrew()) && route.isUsed()) {
                deadheadMetres += route.deadheadMetres();
                washedMetres += route.getTasks().stream()
                        .filter(task -> task.getKind() == TaskKind.STREET_PASS)
                        .mapToDouble(task -> task.getProblem().lengthMetres())
                        .sum();
            }
        }
        return washedMetres > 0 ? round(deadheadMetres / washedMetres) : null;
    }

    private static Double subdistrictsPerWashingVehicle(SanitationPlan plan) {
        int washingVehicles = 0;
        int subdistricts = 0;
        for (Route route : plan.getRoutes()) {
            List<Task> passes = route.getTasks().stream()
                    .filter(task -> task.getKind() == TaskKind.STREET_PASS)
                    .toList();
            if (!passes.isEmpty()) {
                washingVehicles++;
                subdistricts += (int) passes.stream()
                        .map(task -> task.getProblem().subdistrictId())
                        .filter(Objects::nonNull)
                        .distinct()
                        .count();
            }
        }
        return washingVehicles == 0 ? null : round((double) subdistricts / washingVehicles);
    }

    private static List<VehicleTypeUtilisation> utilisationByVehicleType(SanitationPlan plan) {
        Map<String, List<Route>> routesByType = new TreeMap<>();
        for (Route route : plan.getRoutes()) {
            routesByType
                    .computeIfAbsent(route.getCrew().vehicleTypeId(), type -> new ArrayList<>())
                    .add(route);
        }
        List<VehicleTypeUtilisation> utilisation = new ArrayList<>();
        routesByType.forEach((typeId, routes) -> {
            int used = 0;
            long workingSeconds = 0;
            long shiftSeconds = 0;
            for (Route route : routes) {
                if (route.isUsed()) {
                    used++;
                    workingSeconds += busySeconds(route);
                    shiftSeconds += route.shiftEnd() - route.shiftBegin();
                }
            }
            utilisation.add(new VehicleTypeUtilisation(
                    typeId,
                    routes.size(),
                    used,
                    workingSeconds / 60,
                    shiftSeconds / 60,
                    shiftSeconds == 0 ? 0 : round((double) workingSeconds / shiftSeconds)));
        });
        return utilisation;
    }

    /** Driving, tasks, refills and dumps: the route's time without its waits and breaks. */
    private static long busySeconds(Route route) {
        long seconds = 0;
        for (Stop stop : route.getSchedule().stops()) {
            seconds += stop.travelSeconds() + stop.end() - stop.start();
            if (stop.detour() != null) {
                seconds += stop.detour().departure() - stop.detour().arrival();
            }
        }
        // The way home's time already holds its dump.
        return seconds + route.end().travelSeconds();
    }

    /** Waiting at tasks on the street, summed over all routes. */
    private static long streetWaitSeconds(SanitationPlan plan) {
        long seconds = 0;
        for (Route route : plan.getRoutes()) {
            for (Stop stop : route.getSchedule().stops()) {
                seconds += stop.waitSeconds();
            }
        }
        return seconds;
    }

    /**
     * Waiting at the depot inside the crews' shifts: between the shift's begin and a departure later than it, and
     * every return to the depot to wait there.
     */
    private static long depotWaitSeconds(SanitationPlan plan) {
        long seconds = 0;
        for (Route route : plan.getRoutes()) {
            List<Stop> stops = route.getSchedule().stops();
            for (int i = 0; i < stops.size(); i++) {
                Stop stop = stops.get(i);
                if (i == 0) {
                    seconds += Math.max(0, route.departure() - Math.max(route.shiftBegin(), breakEndAtDepot(stop)));
                } else if (stop.depotWait() != null) {
                    seconds += stop.depotWait().seconds();
                }
            }
        }
        return seconds;
    }

    private static long breakEndAtDepot(Stop firstStop) {
        return firstStop.takenBreak() == null
                ? Long.MIN_VALUE
                : firstStop.takenBreak().end();
    }

    /**
     * How many toilets are left uncleaned longer than their maximum gap over the whole open period, and by how many
     * minutes in all, as the maximum gap rule counts them; a toilet with no round done is left its whole open period.
     */
    private static long[] toiletMaxGapBreaches(SanitationPlan plan) {
        Map<String, List<Task>> roundsByToilet = new LinkedHashMap<>();
        for (Task task : plan.getTasks()) {
            if (task.getKind() == TaskKind.TOILET_ROUND
                    && !task.getProblem().allowedWindows().isEmpty()) {
                roundsByToilet
                        .computeIfAbsent(task.getProblem().groupId(), toilet -> new ArrayList<>())
                        .add(task);
            }
        }
        long breaches = 0;
        long overMinutes = 0;
        for (List<Task> rounds : roundsByToilet.values()) {
            List<TimeInterval> opening = rounds.get(0).getProblem().allowedWindows();
            long[] starts = rounds.stream()
                    .map(Task::getStop)
                    .filter(Objects::nonNull)
                    .mapToLong(Stop::start)
                    .toArray();
            long excess = UncleanedStretches.excessSeconds(
                    opening.get(0).start(),
                    opening.get(opening.size() - 1).end(),
                    rounds.get(0).getProblem().maxGapSeconds(),
                    starts);
            if (excess > 0) {
                breaches++;
                overMinutes += (excess + 59) / 60;
            }
        }
        return new long[] {breaches, overMinutes};
    }

    private static int count(SanitationPlan plan, TaskKind kind, boolean assignedOnly) {
        return (int) plan.getTasks().stream()
                .filter(task -> task.getKind() == kind && (!assignedOnly || task.isAssigned()))
                .count();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static UnassignedTask unassignedTask(Task task, UnassignedExplainer.Explanation reason) {
        return new UnassignedTask(
                task.getId(),
                task.getKind().name(),
                task.getProblem().label(),
                task.getProblem().subdistrictId(),
                reason.text(),
                reason.code(),
                reason.params());
    }
}
