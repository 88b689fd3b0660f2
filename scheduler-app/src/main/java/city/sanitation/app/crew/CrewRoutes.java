package city.sanitation.app.crew;

import city.sanitation.app.district.DistrictClock;
import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.BoundedCache;
import city.sanitation.app.infra.ConflictException;
import city.sanitation.app.infra.NotFoundException;
import city.sanitation.app.ledger.BlindSpotLedger;
import city.sanitation.app.planning.LiveSolving;
import city.sanitation.app.planning.PlanDocuments;
import city.sanitation.app.planning.PlanRepository;
import city.sanitation.app.planning.PlanVersion;
import city.sanitation.app.planning.SolveChange;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReport.RouteReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A crew's route of a day from the published plan, and what the crew reports back about its tasks. */
@Service
class CrewRoutes {

    private final PlanRepository plans;
    private final PlanDocuments documents;
    private final BlindSpotLedger ledger;
    private final LiveSolving solving;
    private final JdbcClient jdbc;
    private final DistrictClock clock;
    private final PlanDatasets planData;
    /**
     * The passes per dataset version the published plans were made on: crews of a district read the same one all day,
     * a second while a new plan replaces the day's route.
     */
    private final BoundedCache<Long, DrivenPasses> passes = new BoundedCache<>(4);
    /**
     * Parsed reports of the versions crews fetch, newest used kept: a stored version never changes, and every crew of
     * a district fetches (and refreshes) the same one all day.
     */
    private final BoundedCache<Long, PlanReport> reports = new BoundedCache<>(16);

    CrewRoutes(
            PlanRepository plans,
            PlanDocuments documents,
            BlindSpotLedger ledger,
            LiveSolving solving,
            JdbcClient jdbc,
            DistrictClock clock,
            PlanDatasets planData) {
        this.plans = plans;
        this.documents = documents;
        this.ledger = ledger;
        this.solving = solving;
        this.jdbc = jdbc;
        this.clock = clock;
        this.planData = planData;
    }

    /**
     * A crew's route; its times are local times of the district's {@code timeZone}.
     *
     * @param planVersionId the published version the route comes from; reports name it, so that a report made on a
     *     route replaced meanwhile is refused
     * @param progress per task of the route, STARTED or DONE as the crews reported it (on this version or, carried
     *     over, on the one it replaced)
     * @param change how this version changed the crew's route when it replaced the earlier published one; null when
     *     it replaced none
     * @param withdrawn blind spots of the route a dispatcher rejected or marked a duplicate since it was published:
     *     nothing to do there
     * @param blocks the route as the crew works it: passes along one street one after another are one block
     */
    record CrewRoute(
            String districtId,
            String timeZone,
            LocalDate date,
            long planId,
            int planVersion,
            long planVersionId,
            OffsetDateTime publishedAt,
            String publishedBy,
            RouteReport route,
            Map<String, String> progress,
            RouteChange change,
            Map<String, Withdrawn> withdrawn,
            List<RouteBlocks.Block> blocks) {}

    /**
     * A blind spot taken off the crew's work after the route was published.
     *
     * @param status REJECTED or DUPLICATE
     * @param duplicateOf the report it repeats, when DUPLICATE
     */
    record Withdrawn(String status, String reason, String duplicateOf) {}

    /**
     * The crew's route changed: a dispatcher published another version of the day at {@code at}.
     *
     * @param stopsAdded tasks of the route new in this version
     * @param stopsRemoved tasks of the crew's earlier route no longer in it
     */
    record RouteChange(
            long previousPlanId,
            int previousPlanVersion,
            long previousPlanVersionId,
            OffsetDateTime at,
            String by,
            List<String> stopsAdded,
            List<String> stopsRemoved) {}

    CrewRoute route(String districtId, String vehicleId, LocalDate date) {
        PlanVersion version = published(districtId, date);
        RouteReport route = routeOf(report(version.id()), vehicleId)
                .orElseThrow(() -> new NotFoundException("crew in the plan of " + date, vehicleId));
        Set<String> tasks = taskIds(route);
        Map<String, String> progress = new LinkedHashMap<>();
        plans.progress(version.id()).forEach((taskId, status) -> {
            // Done by whichever crew: a task the new version gives this crew shows done when another one finished it.
            if (tasks.contains(taskId)) {
                progress.put(taskId, status);
            }
        });
        return new CrewRoute(
                districtId,
                clock.zone(districtId).getId(),
                date,
                version.planId(),
                version.version(),
                version.id(),
                version.publishedAt(),
                version.publishedBy(),
                route,
                progress,
                change(version, vehicleId, tasks),
                withdrawn(districtId, route),
                RouteBlocks.of(route, drivenPasses(districtId, version)));
    }

    /**
     * The passes as driven on the data the plan was made on, so that a block's cross streets are the ones the plan
     * knew, whatever the district's data says now; the current data for a version no solver run made.
     */
    private java.util.function.Function<PlanReport.StopReport, RouteBlocks.Pass> drivenPasses(
            String districtId, PlanVersion version) {
        long datasetVersionId =
                planData.datasetVersionOf(version.id()).orElseGet(() -> planData.currentVersionOf(districtId));
        return passes.get(
                datasetVersionId, id -> new DrivenPasses(planData.data(id).dataset()));
    }

    private Map<String, Withdrawn> withdrawn(String districtId, RouteReport route) {
        List<String> blindSpots = route.stops().stream()
                .filter(stop -> "BLIND_SPOT".equals(stop.taskKind()) && stop.taskId() != null)
                .map(PlanReport.StopReport::taskId)
                .toList();
        Map<String, Withdrawn> withdrawn = new LinkedHashMap<>();
        ledger.withdrawn(districtId, blindSpots)
                .forEach(spot -> withdrawn.put(
                        spot.id(), new Withdrawn(spot.status().name(), spot.reason(), spot.duplicateOf())));
        return withdrawn;
    }

    private RouteChange change(PlanVersion version, String vehicleId, Set<String> tasks) {
        if (version.supersedes() == null) {
            return null;
        }
        return plans.version(version.supersedes())
                .map(previous -> {
                    Set<String> before = routeOf(report(previous.id()), vehicleId)
                            .map(CrewRoutes::taskIds)
                            .orElse(Set.of());
                    return new RouteChange(
                            previous.planId(),
                            previous.version(),
                            previous.id(),
                            version.publishedAt(),
                            version.publishedBy(),
                            tasks.stream().filter(id -> !before.contains(id)).toList(),
                            before.stream().filter(id -> !tasks.contains(id)).toList());
                })
                .orElse(null);
    }

    private PlanReport report(long versionId) {
        return reports.get(versionId, id -> documents.report(plans.document(id, "report")));
    }

    private static Optional<RouteReport> routeOf(PlanReport report, String vehicleId) {
        return report.routes().stream()
                .filter(candidate -> candidate.vehicleId().equals(vehicleId))
                .findFirst();
    }

    private static Set<String> taskIds(RouteReport route) {
        Set<String> ids = new LinkedHashSet<>();
        route.stops().stream()
                .map(PlanReport.StopReport::taskId)
                .filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        return ids;
    }

    String geoJson(String districtId, String vehicleId, LocalDate date) {
        return geoJson(route(districtId, vehicleId, date), vehicleId);
    }

    /** The route as GPX 1.1 for the truck's navigation device: its stops, and the lines it drives. */
    String gpx(String districtId, String vehicleId, LocalDate date) {
        CrewRoute route = route(districtId, vehicleId, date);
        try {
            return RouteGpx.write(
                    route.route(),
                    java.time.ZoneId.of(route.timeZone()),
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(geoJson(route, vehicleId)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String geoJson(CrewRoute route, String vehicleId) {
        return jdbc.sql("SELECT jsonb_build_object('type', 'FeatureCollection', 'features',"
                        + " coalesce(jsonb_agg(f), '[]'::jsonb))::text FROM plan_version v,"
                        + " jsonb_array_elements(v.geojson -> 'features') f"
                        + " WHERE v.id = ? AND f -> 'properties' ->> 'vehicleId' = ?")
                .params(route.planVersionId(), vehicleId)
                .query(String.class)
                .single();
    }

    /**
     * Marks a task of the crew's route started or done; a blind spot moves along in the ledger. A report names the
     * version the crew's page shows ({@code planVersionId}; none from older clients, which report on the published
     * one): a route replaced meanwhile is refused with 409 naming the current version, and nothing is recorded. A
     * report repeated (a phone sending again what it sent before the network dropped its answer) records nothing more
     * and answers with the route.
     */
    @Transactional
    public CrewRoute report(
            String districtId,
            String vehicleId,
            LocalDate date,
            String taskId,
            String status,
            Long planVersionId,
            String account) {
        CrewRoute route = routeToReportOn(districtId, vehicleId, date, planVersionId);
        record(route, vehicleId, taskId, status, account);
        return route(districtId, vehicleId, date);
    }

    /**
     * Marks every task of a block of the crew's route started or done at once, all or none: what the crew does with
     * one Start or one Done on its page. Repeated, it records nothing more.
     */
    @Transactional
    public CrewRoute reportBlock(
            String districtId,
            String vehicleId,
            LocalDate date,
            String blockId,
            String status,
            Long planVersionId,
            String account) {
        CrewRoute route = routeToReportOn(districtId, vehicleId, date, planVersionId);
        RouteBlocks.Block block = route.blocks().stream()
                .filter(candidate -> candidate.id().equals(blockId))
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException("block of the route of " + vehicleId + " on " + date, blockId));
        if (block.taskIds().isEmpty()) {
            throw new BadRequestException(
                    "blockId",
                    "the block (" + blockId + ") is a " + block.kind().toLowerCase(java.util.Locale.ROOT)
                            + " stop with nothing to report on; only work (street, blind spot, toilet) is started and"
                            + " done");
        }
        for (String taskId : block.taskIds()) {
            record(route, vehicleId, taskId, status, account);
        }
        return route(districtId, vehicleId, date);
    }

    private CrewRoute routeToReportOn(String districtId, String vehicleId, LocalDate date, Long planVersionId) {
        // A publish of the day waits for this report, or this report for the publish: none falls between its
        // carry-over and its commit.
        plans.lockDay(districtId, date, false);
        CrewRoute route = route(districtId, vehicleId, date);
        if (planVersionId != null && planVersionId != route.planVersionId()) {
            throw new ConflictException("The route you report on (version " + planVersionId + ") was replaced: plan ("
                    + route.planId() + ") version (" + route.planVersion() + ") was published at "
                    + local(route) + " by (" + route.publishedBy() + ") and is the route now (planVersionId "
                    + route.planVersionId() + ").\nMaybe reload the route and report again.");
        }
        return route;
    }

    private void record(CrewRoute route, String vehicleId, String taskId, String status, String account) {
        boolean inRoute = route.route().stops().stream().anyMatch(stop -> taskId.equals(stop.taskId()));
        if (!inRoute) {
            throw new BadRequestException(
                    "taskId",
                    "the task (" + taskId + ") is not in the route of (" + vehicleId + ") on " + route.date());
        }
        long versionId = route.planVersionId();
        Map<String, String> progress = route.progress();
        if ("DONE".equals(progress.get(taskId))) {
            return;
        }
        String districtId = route.districtId();
        boolean blindSpot = route.route().stops().stream()
                .anyMatch(stop -> taskId.equals(stop.taskId()) && "BLIND_SPOT".equals(stop.taskKind()));
        if (!progress.containsKey(taskId)) {
            insert(versionId, taskId, vehicleId, "STARTED", account);
            if (blindSpot) {
                ledger.started(districtId, taskId, vehicleId);
            }
            // A job solving this plan right now must not move a task the crew has begun.
            solving.change(route.planId(), SolveChange.taskStarted(taskId));
        }
        if ("DONE".equals(status)) {
            insert(versionId, taskId, vehicleId, "DONE", account);
            if (blindSpot) {
                ledger.done(districtId, taskId, vehicleId);
            }
        }
    }

    private String local(CrewRoute route) {
        return route.publishedAt() == null
                ? "an unknown time"
                : route.publishedAt()
                        .atZoneSameInstant(java.time.ZoneId.of(route.timeZone()))
                        .toLocalTime()
                        .withNano(0)
                        .toString();
    }

    private void insert(long versionId, String taskId, String vehicleId, String status, String account) {
        jdbc.sql("INSERT INTO task_progress (plan_version_id, task_id, vehicle_id, status, actor)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(versionId, taskId, vehicleId, status, account)
                .update();
    }

    private PlanVersion published(String districtId, LocalDate date) {
        return plans.published(districtId, date)
                .orElseThrow(() -> new NotFoundException("published plan of district " + districtId, date));
    }
}
