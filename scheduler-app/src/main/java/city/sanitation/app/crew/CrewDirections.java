package city.sanitation.app.crew;

import city.sanitation.app.infra.BoundedCache;
import city.sanitation.app.infra.NotFoundException;
import city.sanitation.app.planning.PlanDocuments;
import city.sanitation.app.planning.PlanRepository;
import city.sanitation.planning.report.PlanReport.RouteReport;
import city.sanitation.planning.report.RouteDirections;
import city.sanitation.road.directions.DrivingStep;
import city.sanitation.road.directions.Turn;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Turn-by-turn directions along a crew's published route, on the street network and the data its plan was made on.
 * A published version never changes, so what was worked out for it is kept (a few of each, the newest used).
 */
@Service
class CrewDirections {

    /** Every crew of a district fetches directions of the same day's version, so a few routes of it are plenty. */
    private static final int CACHED_ROUTES = 64;

    /** Each holds a router over a whole district's streets: one or two versions are in use at a time. */
    private static final int CACHED_DATA_VERSIONS = 2;

    private final PlanRepository plans;
    private final PlanDocuments documents;
    private final PlanDatasets planData;
    private final JdbcClient jdbc;
    private final BoundedCache<RouteKey, Directions> directions = new BoundedCache<>(CACHED_ROUTES);
    private final BoundedCache<Long, RouteDirections> byDataVersion = new BoundedCache<>(CACHED_DATA_VERSIONS);

    CrewDirections(PlanRepository plans, PlanDocuments documents, PlanDatasets planData, JdbcClient jdbc) {
        this.plans = plans;
        this.documents = documents;
        this.planData = planData;
        this.jdbc = jdbc;
    }

    /**
     * The directions of one crew's route.
     *
     * @param planVersionId the version the crew's page shows; the day's published one when null
     */
    record Directions(long planVersionId, String vehicleId, LocalDate date, List<Leg> legs) {}

    /**
     * The driving to one stop of the route, in route order.
     *
     * @param toTaskId the stop's task; null for a refill, a dump and the depot
     * @param toDepot true on the way home and back to the depot for a long wait
     * @param kind the stop's kind as on the route: TASK, REFILL, DUMP, DEPOT_WAIT or DEPOT
     * @param stopSequence the stop's sequence on the route
     * @param facilityId the hydrant or transfer station of a refill or dump
     */
    record Leg(
            String toTaskId,
            boolean toDepot,
            String kind,
            int stopSequence,
            String facilityId,
            long distanceM,
            List<Step> steps) {}

    /** @param street as the street data names it; null for an unnamed street */
    record Step(Turn turn, String street, long distanceM) {}

    private record RouteKey(long planVersionId, String vehicleId) {}

    private record VersionOfDay(String districtId, LocalDate planDate, long datasetVersionId, boolean published) {}

    Directions directions(String districtId, String vehicleId, LocalDate date, Long planVersionId) {
        long versionId = planVersionId != null ? planVersionId : publishedVersion(districtId, date);
        VersionOfDay version = versionOfDay(versionId)
                .filter(found -> found.published()
                        && found.districtId().equals(districtId)
                        && found.planDate().equals(date))
                .orElseThrow(() -> new NotFoundException(
                        "published route version of district " + districtId + " on " + date, versionId));
        return directions.get(new RouteKey(versionId, vehicleId), key -> {
            RouteReport route = documents.report(plans.document(versionId, "report")).routes().stream()
                    .filter(candidate -> candidate.vehicleId().equals(vehicleId))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("crew in the plan of " + date, vehicleId));
            List<Leg> legs = routeDirections(version.datasetVersionId()).legs(route).stream()
                    .map(CrewDirections::leg)
                    .toList();
            return new Directions(versionId, vehicleId, date, legs);
        });
    }

    private long publishedVersion(String districtId, LocalDate date) {
        return plans.published(districtId, date)
                .orElseThrow(() -> new NotFoundException("published plan of district " + districtId, date))
                .id();
    }

    private Optional<VersionOfDay> versionOfDay(long versionId) {
        return jdbc.sql("SELECT v.district_id, v.plan_date, r.dataset_version_id, v.published_at IS NOT NULL"
                        + " FROM plan_version v JOIN solver_run r ON r.id = v.solver_run_id WHERE v.id = ?")
                .param(versionId)
                .query((row, i) -> new VersionOfDay(
                        row.getString(1), row.getObject(2, LocalDate.class), row.getLong(3), row.getBoolean(4)))
                .optional();
    }

    private RouteDirections routeDirections(long datasetVersionId) {
        return byDataVersion.get(datasetVersionId, id -> new RouteDirections(planData.data(id)));
    }

    private static Leg leg(RouteDirections.Leg leg) {
        return new Leg(
                leg.toTaskId(),
                leg.toDepot(),
                leg.kind(),
                leg.stopSequence(),
                leg.facilityId(),
                Math.round(leg.metres()),
                leg.steps().stream().map(CrewDirections::step).toList());
    }

    private static Step step(DrivingStep step) {
        return new Step(step.turn(), step.street(), Math.round(step.metres()));
    }
}
