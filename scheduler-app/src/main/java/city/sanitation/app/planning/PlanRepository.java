package city.sanitation.app.planning;

import city.sanitation.app.infra.NotFoundException;
import city.sanitation.app.planning.ProblemAssembler.StoredPlan;
import city.sanitation.app.weather.ForecastSummary;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PlanRepository {

    /**
     * The version's columns without its documents (the version list reads no report) and the summary of the forecast
     * it was planned with, to be followed by the version's condition on {@code v}.
     */
    private static final String VERSIONS = "SELECT v.id, v.plan_id, v.version, v.solver_run_id, v.status, v.score,"
            + " v.feasible, v.created_at, v.published_at, v.published_by, v.supersedes, v.rules_broken, v.what_if,"
            + " f.digest, f.source, f.issued_at, f.first_hour, f.end_hour, f.min_temperature_c, f.snow_total_cm,"
            + " f.rain_total_mm, f.alerts FROM plan_version v LEFT JOIN forecast_document f"
            + " ON f.digest = v.forecast_digest WHERE ";

    private static final RowMapper<PlanVersion> VERSION_ROW = (row, i) -> new PlanVersion(
            row.getLong("id"),
            row.getLong("plan_id"),
            row.getInt("version"),
            row.getObject("solver_run_id", Long.class),
            PlanVersionStatus.valueOf(row.getString("status")),
            row.getString("score"),
            row.getBoolean("feasible"),
            row.getObject("created_at", OffsetDateTime.class),
            row.getObject("published_at", OffsetDateTime.class),
            row.getString("published_by"),
            row.getObject("supersedes", Long.class),
            row.getObject("rules_broken", Integer.class),
            row.getBoolean("what_if"),
            row.getString("digest") == null
                    ? null
                    : new ForecastSummary(
                            row.getString("digest"),
                            row.getString("source"),
                            row.getObject("issued_at", LocalDateTime.class),
                            row.getObject("first_hour", LocalDateTime.class),
                            row.getObject("end_hour", LocalDateTime.class),
                            row.getDouble("min_temperature_c"),
                            row.getDouble("snow_total_cm"),
                            row.getDouble("rain_total_mm"),
                            row.getString("alerts").isEmpty()
                                    ? List.of()
                                    : List.of(row.getString("alerts").split(" "))));

    private static final String RUN_COLUMNS = "id, plan_id, dataset_version_id, trigger, started_at, ended_at,"
            + " outcome, best_score, failure_reason, instance_name, taken_at, resumed_from_run, resumed_from_score,"
            + " start_score, live_score, stop_requested_at";

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A what-if plan of {@code base}'s day under the stored forecast {@code forecastDigest}. */
    long createWhatIfPlan(Plan base, String forecastDigest, String scenario, String actor) {
        return jdbc.sql("INSERT INTO plan (district_id, plan_date, created_by, what_if_of, what_if_forecast,"
                        + " what_if_scenario) VALUES (?, ?, ?, ?, ?, ?::jsonb) RETURNING id")
                .params(base.districtId(), base.planDate(), actor, base.id(), forecastDigest, scenario)
                .query(Long.class)
                .single();
    }

    /** The what-if plans made from {@code basePlanId}, newest first. */
    public List<Plan> whatIfsOf(long basePlanId) {
        return jdbc.sql("SELECT * FROM plan WHERE what_if_of = ? ORDER BY id DESC")
                .param(basePlanId)
                .query(Plan.class)
                .list();
    }

    long createPlan(String districtId, LocalDate date, String actor) {
        return jdbc.sql("INSERT INTO plan (district_id, plan_date, created_by) VALUES (?, ?, ?) RETURNING id")
                .params(districtId, date, actor)
                .query(Long.class)
                .single();
    }

    /**
     * Makes the nightly plan of a district's day; empty when it exists already (another firing of the nightly job made
     * it first: the database allows one).
     */
    Optional<Long> createNightlyPlan(String districtId, LocalDate date) {
        return jdbc.sql("INSERT INTO plan (district_id, plan_date, created_by, nightly) VALUES (?, ?, 'nightly', true)"
                        + " ON CONFLICT (district_id, plan_date) WHERE nightly DO NOTHING RETURNING id")
                .params(districtId, date)
                .query(Long.class)
                .optional();
    }

    /** The nightly job's plan of the district's day, if the job has made it. */
    Optional<Plan> nightlyPlan(String districtId, LocalDate date) {
        return jdbc.sql("SELECT * FROM plan WHERE district_id = ? AND plan_date = ? AND nightly")
                .params(districtId, date)
                .query(Plan.class)
                .optional();
    }

    /**
     * Locks the plans of a district's day until the transaction ends: exclusively to publish (publishes of one day
     * are serialised), shared to record a crew's progress (which then cannot fall between a publish's carry-over and
     * its commit). In id order, so that two lockers never deadlock.
     */
    public void lockDay(String districtId, LocalDate date, boolean exclusive) {
        jdbc.sql("SELECT id FROM plan WHERE district_id = ? AND plan_date = ? ORDER BY id FOR "
                        + (exclusive ? "UPDATE" : "SHARE"))
                .params(districtId, date)
                .query(Long.class)
                .list();
    }

    /** The district of the plan; empty for an unknown plan. */
    public Optional<String> districtOf(long planId) {
        return jdbc.sql("SELECT district_id FROM plan WHERE id = ?")
                .param(planId)
                .query(String.class)
                .optional();
    }

    public Plan plan(long id) {
        return jdbc.sql("SELECT * FROM plan WHERE id = ?")
                .param(id)
                .query(Plan.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("plan", id));
    }

    List<Plan> plans(String districtId) {
        return jdbc.sql("SELECT * FROM plan WHERE district_id = ? ORDER BY plan_date DESC, id DESC")
                .param(districtId)
                .query(Plan.class)
                .list();
    }

    public List<Plan> plans(String districtId, LocalDate date) {
        return jdbc.sql("SELECT * FROM plan WHERE district_id = ? AND plan_date = ? ORDER BY id")
                .params(districtId, date)
                .query(Plan.class)
                .list();
    }

    /**
     * Stores a solve as a queued run (no instance yet); the database allows one RUNNING run per plan, queued or
     * solving. {@code baseAssignment} is what it starts from (null: afresh).
     */
    long queueRun(
            long planId,
            long datasetVersionId,
            String trigger,
            String baseAssignment,
            Long resumedFromRun,
            String resumedFromScore) {
        return jdbc.sql("INSERT INTO solver_run (plan_id, dataset_version_id, trigger, outcome, base_assignment,"
                        + " resumed_from_run, resumed_from_score) VALUES (?, ?, ?, 'RUNNING', ?::jsonb, ?, ?)"
                        + " RETURNING id")
                .params(planId, datasetVersionId, trigger, baseAssignment, resumedFromRun, resumedFromScore)
                .query(Long.class)
                .single();
    }

    /** Takes a queued run for this instance; false when it is no longer queued (taken, stopped, ended). */
    boolean take(long runId, String instance) {
        return jdbc.sql("UPDATE solver_run SET instance_name = ?, taken_at = now(), heartbeat_at = now()"
                                + " WHERE id = ? AND outcome = 'RUNNING' AND instance_name IS NULL")
                        .params(instance, runId)
                        .update()
                > 0;
    }

    /** Puts a taken run back in the queue (this instance is shutting down before it began solving). */
    void release(long runId, String instance) {
        jdbc.sql("UPDATE solver_run SET instance_name = NULL, taken_at = NULL"
                        + " WHERE id = ? AND outcome = 'RUNNING' AND instance_name = ?")
                .params(runId, instance)
                .update();
    }

    Optional<String> baseAssignment(long runId) {
        return jdbc.sql("SELECT base_assignment::text FROM solver_run WHERE id = ? AND base_assignment IS NOT NULL")
                .param(runId)
                .query(String.class)
                .optional();
    }

    /** What the taken run solves: the data version it was built on and the score of the plan it starts from. */
    void started(long runId, long datasetVersionId, String startScore) {
        jdbc.sql("UPDATE solver_run SET dataset_version_id = ?, start_score = ? WHERE id = ?")
                .params(datasetVersionId, startScore, runId)
                .update();
    }

    /** Saves the run's best plan so far, unless the run is no longer this instance's (another one took it over). */
    void checkpoint(long runId, String instance, String score, String assignmentJson) {
        jdbc.sql("UPDATE solver_run SET best_score = ?, best_assignment = ?::jsonb"
                        + " WHERE id = ? AND outcome = 'RUNNING' AND instance_name = ?")
                .params(score, assignmentJson, runId, instance)
                .update();
    }

    void liveScore(long runId, String score) {
        jdbc.sql("UPDATE solver_run SET live_score = ? WHERE id = ? AND outcome = 'RUNNING'")
                .params(score, runId)
                .update();
    }

    /** Ends a run still RUNNING; false when it had ended already (stopped while queued, taken over, recovered). */
    boolean endRun(long runId, RunOutcome outcome, String score, String failureReason) {
        return jdbc.sql("UPDATE solver_run SET outcome = ?, ended_at = now(), best_score = coalesce(?, best_score),"
                                + " failure_reason = ? WHERE id = ? AND outcome = 'RUNNING'")
                        .params(outcome.name(), score, failureReason, runId)
                        .update()
                > 0;
    }

    /** The plan's run that is queued or solving, on any instance. */
    Optional<SolverRun> runningRun(long planId) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM solver_run WHERE plan_id = ? AND outcome = 'RUNNING'")
                .param(planId)
                .query(SolverRun.class)
                .optional();
    }

    /** The plan's newest run, if any. */
    Optional<SolverRun> lastRun(long planId) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM solver_run WHERE plan_id = ? ORDER BY id DESC LIMIT 1")
                .param(planId)
                .query(SolverRun.class)
                .optional();
    }

    /** Asks a running run to stop, whichever instance solves it; false when it is not running. */
    boolean requestStop(long runId, String actor) {
        return jdbc.sql(
                                "UPDATE solver_run SET stop_requested_at = coalesce(stop_requested_at, now()),"
                                        + " stop_requested_by = coalesce(stop_requested_by, ?) WHERE id = ? AND outcome = 'RUNNING'")
                        .params(actor, runId)
                        .update()
                > 0;
    }

    /** Stops a run that no instance has taken yet; false when one has (or it ended). */
    boolean stopQueued(long runId) {
        return jdbc.sql("UPDATE solver_run SET outcome = 'STOPPED', ended_at = now(), stop_requested_at = now()"
                                + " WHERE id = ? AND outcome = 'RUNNING' AND instance_name IS NULL")
                        .param(runId)
                        .update()
                > 0;
    }

    /** This instance's runs someone asked to stop, for a stop whose notification was missed. */
    List<Long> stopRequested(String instance) {
        return jdbc.sql("SELECT id FROM solver_run WHERE outcome = 'RUNNING' AND instance_name = ?"
                        + " AND stop_requested_at IS NOT NULL")
                .param(instance)
                .query(Long.class)
                .list();
    }

    void addChange(long runId, String change) {
        jdbc.sql("INSERT INTO solver_run_change (run_id, change) VALUES (?, ?::jsonb)")
                .params(runId, change)
                .update();
    }

    /** Takes the run's changes not applied yet, marking them applied: each is applied once, by one caller. */
    List<String> takeChanges(long runId) {
        return jdbc.sql("UPDATE solver_run_change SET applied_at = now() WHERE run_id = ? AND applied_at IS NULL"
                        + " RETURNING change::text")
                .param(runId)
                .query(String.class)
                .list();
    }

    /** Sends a message to every instance listening (SolveEvents), once the current transaction commits. */
    void notifyInstances(String channel, String payload) {
        jdbc.sql("SELECT pg_notify(?, ?)").params(channel, payload).query().singleValue();
    }

    public SolverRun run(long runId) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM solver_run WHERE id = ?")
                .param(runId)
                .query(SolverRun.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("solver run", runId));
    }

    public List<SolverRun> runs(long planId) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM solver_run WHERE plan_id = ? ORDER BY id")
                .param(planId)
                .query(SolverRun.class)
                .list();
    }

    public List<SolverRun> runsOfDistrict(String districtId, String trigger) {
        return jdbc.sql("SELECT r." + RUN_COLUMNS.replace(", ", ", r.") + " FROM solver_run r JOIN plan p"
                        + " ON p.id = r.plan_id WHERE p.district_id = ? AND r.trigger = ? ORDER BY r.id")
                .params(districtId, trigger)
                .query(SolverRun.class)
                .list();
    }

    void heartbeat(long runId) {
        jdbc.sql("UPDATE solver_run SET heartbeat_at = now() WHERE id = ? AND outcome = 'RUNNING'")
                .param(runId)
                .update();
    }

    /**
     * Runs taken by an instance and still RUNNING that nobody solves: this instance's taken before it started (it
     * stopped or died), and any instance's whose heartbeat has been silent for {@code silence}. Queued runs (no
     * instance yet) wait for Quartz to hand them to a node and are never abandoned.
     */
    List<SolverRun> abandoned(String instance, java.time.Instant instanceStart, java.time.Duration silence) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM solver_run WHERE outcome = 'RUNNING'"
                        + " AND instance_name IS NOT NULL AND ((instance_name = ? AND coalesce(taken_at, started_at) < ?)"
                        + " OR heartbeat_at < now() - make_interval(secs => ?)) ORDER BY id")
                .params(
                        instance,
                        java.time.OffsetDateTime.ofInstant(instanceStart, java.time.ZoneOffset.UTC),
                        silence.toMillis() / 1000.0)
                .query(SolverRun.class)
                .list();
    }

    /** Marks a run ended unless another instance already did; returns whether this call did. */
    boolean endIfRunning(long runId, RunOutcome outcome, String failureReason) {
        return jdbc.sql("UPDATE solver_run SET outcome = ?, ended_at = now(), failure_reason = ?"
                                + " WHERE id = ? AND outcome = 'RUNNING'")
                        .params(outcome.name(), failureReason, runId)
                        .update()
                > 0;
    }

    Optional<String> bestAssignment(long runId) {
        return jdbc.sql("SELECT best_assignment::text FROM solver_run WHERE id = ? AND best_assignment IS NOT NULL")
                .param(runId)
                .query(String.class)
                .optional();
    }

    long addVersion(long planId, Long runId, StoredPlan stored) {
        jdbc.sql("SELECT id FROM plan WHERE id = ? FOR UPDATE")
                .param(planId)
                .query()
                .singleValue();
        int next = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM plan_version WHERE plan_id = ?")
                .param(planId)
                .query(Integer.class)
                .single();
        return jdbc.sql("INSERT INTO plan_version (plan_id, district_id, plan_date, version, solver_run_id, status,"
                        + " score, feasible, rules_broken, assignment, report, geojson, forecast_digest, what_if)"
                        + " SELECT id, district_id, plan_date, ?, ?, 'PROPOSED', ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb,"
                        + " ?, what_if_of IS NOT NULL FROM plan WHERE id = ? RETURNING id")
                .params(
                        next,
                        runId,
                        stored.score(),
                        stored.feasible(),
                        stored.rulesBroken(),
                        stored.assignment(),
                        stored.report(),
                        stored.geojson(),
                        stored.forecastDigest(),
                        planId)
                .query(Long.class)
                .single();
    }

    public List<PlanVersion> versions(long planId) {
        return jdbc.sql(VERSIONS + "v.plan_id = ? ORDER BY v.version")
                .param(planId)
                .query(VERSION_ROW)
                .list();
    }

    public PlanVersion version(long planId, int version) {
        return jdbc.sql(VERSIONS + "v.plan_id = ? AND v.version = ?")
                .params(planId, version)
                .query(VERSION_ROW)
                .optional()
                .orElseThrow(() -> new NotFoundException("version of plan " + planId, version));
    }

    public Optional<PlanVersion> version(long versionId) {
        return jdbc.sql(VERSIONS + "v.id = ?")
                .param(versionId)
                .query(VERSION_ROW)
                .optional();
    }

    public String document(long versionId, String column) {
        if (!List.of("assignment", "report", "geojson").contains(column)) {
            throw new IllegalArgumentException("The column (" + column + ") is not a plan document.");
        }
        return jdbc.sql("SELECT " + column + "::text FROM plan_version WHERE id = ?")
                .param(versionId)
                .query(String.class)
                .single();
    }

    /**
     * Publishes the version, superseding the day's published one if any; the caller holds the day's lock. The database
     * refuses a second PUBLISHED version of a district's day.
     */
    void publish(long versionId, Long superseded, String actor) {
        if (superseded != null) {
            jdbc.sql("UPDATE plan_version SET status = 'SUPERSEDED' WHERE id = ?")
                    .param(superseded)
                    .update();
        }
        jdbc.sql("UPDATE plan_version SET status = 'PUBLISHED', published_at = now(), published_by = ?, supersedes = ?"
                        + " WHERE id = ?")
                .params(actor, superseded, versionId)
                .update();
    }

    /**
     * Copies what crews reported on one version to another, for the tasks the other one has (whichever vehicle now
     * does them: done is done); returns how many reports were carried over.
     */
    int carryOverProgress(long fromVersionId, long toVersionId) {
        return jdbc.sql("INSERT INTO task_progress (plan_version_id, task_id, vehicle_id, status, actor, at)"
                        + " SELECT ?, p.task_id, p.vehicle_id, p.status, p.actor, p.at FROM task_progress p"
                        + " WHERE p.plan_version_id = ? AND p.task_id IN (SELECT jsonb_array_elements_text(r.value"
                        + " -> 'taskIds') FROM plan_version v, jsonb_each(v.assignment -> 'routes') r WHERE v.id = ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(toVersionId, fromVersionId, toVersionId)
                .update();
    }

    /** Per task, what crews reported on the version: DONE once any report says done, else STARTED. */
    public Map<String, String> progress(long versionId) {
        Map<String, String> progress = new LinkedHashMap<>();
        jdbc.sql("SELECT task_id, status FROM task_progress WHERE plan_version_id = ? ORDER BY at")
                .param(versionId)
                .query((row, i) -> Map.entry(row.getString(1), row.getString(2)))
                .list()
                .forEach(entry -> progress.merge(entry.getKey(), entry.getValue(), (a, b) -> "DONE".equals(a) ? a : b));
        return progress;
    }

    /**
     * Per vehicle, the tasks its crew has reported started or done in any version of any plan of the plan's day: a
     * re-plan keeps the work crews reported on whichever plan of the day was published.
     */
    public Map<String, Set<String>> crewProgress(long planId) {
        Map<String, Set<String>> progress = new LinkedHashMap<>();
        jdbc.sql("SELECT p.vehicle_id, p.task_id FROM task_progress p JOIN plan_version v ON v.id = p.plan_version_id"
                        + " JOIN plan d ON d.district_id = v.district_id AND d.plan_date = v.plan_date"
                        + " WHERE d.id = ? ORDER BY p.at")
                .param(planId)
                .query((row, i) -> Map.entry(row.getString(1), row.getString(2)))
                .list()
                .forEach(entry -> progress.computeIfAbsent(entry.getKey(), vehicle -> new LinkedHashSet<>())
                        .add(entry.getValue()));
        return progress;
    }

    /** The version crews work from: the published one of the district's day (the database allows one). */
    public Optional<PlanVersion> published(String districtId, LocalDate date) {
        return jdbc.sql(VERSIONS + "v.district_id = ? AND v.plan_date = ? AND v.status = 'PUBLISHED'")
                .params(districtId, date)
                .query(VERSION_ROW)
                .optional();
    }
}
