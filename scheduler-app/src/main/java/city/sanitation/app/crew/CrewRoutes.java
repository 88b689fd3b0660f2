package city.sanitation.app.crew;

import city.sanitation.app.district.DistrictClock;
import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.ConflictException;
import city.sanitation.app.infra.NotFoundException;
import city.sanitation.app.ledger.BlindSpotLedger;
import city.sanitation.app.planning.LiveSolving;
import city.sanitation.app.planning.PlanDocuments;
import city.sanitation.app.planning.PlanRepository;
import city.sanitation.app.planning.PlanVersion;
import city.sanitation.planning.realtime.TaskStarted;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReport.RouteReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
    /**
     * Parsed reports of the versions crews fetch, newest used kept: a stored version never changes, and every crew of
     * a district fetches (and refreshes) the same one all day.
     */
    private final Map<Long, PlanReport> reports =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, PlanReport> eldest) {
                    return size() > 16;
                }
            });

    CrewRoutes(
            PlanRepository plans,
            PlanDocuments documents,
            BlindSpotLedger ledger,
            LiveSolving solving,
            JdbcClient jdbc,
            DistrictClock clock) {
        this.plans = plans;
        this.documents = documents;
        this.ledger = ledger;
        this.solving = solving;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A crew's route; its times are local times of the district's {@code timeZone}. */
    record CrewRoute(
            String districtId,
            String timeZone,
            LocalDate date,
            long planId,
            int planVersion,
            RouteReport route,
            Map<String, String> progress) {}

    CrewRoute route(String districtId, String vehicleId, LocalDate date) {
        PlanVersion version = published(districtId, date);
        PlanReport report = reports.computeIfAbsent(version.id(), id -> documents.report(plans.document(id, "report")));
        RouteReport route = report.routes().stream()
                .filter(candidate -> candidate.vehicleId().equals(vehicleId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("crew in the plan of " + date, vehicleId));
        return new CrewRoute(
                districtId,
                clock.zone(districtId).getId(),
                date,
                version.planId(),
                version.version(),
                route,
                progress(version.planId(), vehicleId));
    }

    String geoJson(String districtId, String vehicleId, LocalDate date) {
        route(districtId, vehicleId, date);
        PlanVersion version = published(districtId, date);
        return jdbc.sql("SELECT jsonb_build_object('type', 'FeatureCollection', 'features',"
                        + " coalesce(jsonb_agg(f), '[]'::jsonb))::text FROM plan_version v,"
                        + " jsonb_array_elements(v.geojson -> 'features') f"
                        + " WHERE v.id = ? AND f -> 'properties' ->> 'vehicleId' = ?")
                .params(version.id(), vehicleId)
                .query(String.class)
                .single();
    }

    /** Marks a task of the crew's route started or done; a blind spot moves along in the ledger. */
    @Transactional
    public CrewRoute report(
            String districtId, String vehicleId, LocalDate date, String taskId, String status, String account) {
        CrewRoute route = route(districtId, vehicleId, date);
        boolean inRoute = route.route().stops().stream().anyMatch(stop -> taskId.equals(stop.taskId()));
        if (!inRoute) {
            throw new BadRequestException(
                    "taskId", "the task (" + taskId + ") is not in the route of (" + vehicleId + ") on " + date);
        }
        PlanVersion version = published(districtId, date);
        Map<String, String> progress = progress(version.planId(), vehicleId);
        if ("DONE".equals(progress.get(taskId))) {
            throw new ConflictException("The task (" + taskId + ") is already done.");
        }
        boolean blindSpot = route.route().stops().stream()
                .anyMatch(stop -> taskId.equals(stop.taskId()) && "BLIND_SPOT".equals(stop.taskKind()));
        if (!progress.containsKey(taskId)) {
            record(version.id(), taskId, vehicleId, "STARTED", account);
            if (blindSpot) {
                ledger.started(districtId, taskId, vehicleId);
            }
            // A job solving this plan right now must not move a task the crew has begun.
            solving.change(version.planId(), problem -> new TaskStarted(taskId));
        }
        if ("DONE".equals(status)) {
            record(version.id(), taskId, vehicleId, "DONE", account);
            if (blindSpot) {
                ledger.done(districtId, taskId, vehicleId);
            }
        }
        return route(districtId, vehicleId, date);
    }

    private void record(long versionId, String taskId, String vehicleId, String status, String account) {
        jdbc.sql("INSERT INTO task_progress (plan_version_id, task_id, vehicle_id, status, actor)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(versionId, taskId, vehicleId, status, account)
                .update();
    }

    /** What the crew reported in any version of the plan: a re-published plan keeps the crew's pinned work. */
    private Map<String, String> progress(long planId, String vehicleId) {
        Map<String, String> progress = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> rows = jdbc.sql("SELECT p.task_id, p.status FROM task_progress p"
                        + " JOIN plan_version v ON v.id = p.plan_version_id"
                        + " WHERE v.plan_id = ? AND p.vehicle_id = ? ORDER BY p.at")
                .params(planId, vehicleId)
                .query()
                .listOfRows();
        rows.forEach(row -> progress.merge(
                (String) row.get("task_id"), (String) row.get("status"), (a, b) -> "DONE".equals(a) ? a : b));
        return progress;
    }

    private PlanVersion published(String districtId, LocalDate date) {
        return plans.published(districtId, date)
                .orElseThrow(() -> new NotFoundException("published plan of district " + districtId, date));
    }
}
