package city.sanitation.app.planning;

import city.sanitation.app.infra.NotFoundException;
import city.sanitation.app.planning.ProblemAssembler.StoredPlan;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PlanRepository {

    /** The version's columns without its documents: the version list reads no report. */
    private static final String VERSION_COLUMNS =
            "id, plan_id, version, solver_run_id, status, score, feasible, created_at, published_at, published_by,"
                    + " supersedes, rules_broken";

    private static final String RUN_COLUMNS =
            "id, plan_id, dataset_version_id, trigger, started_at, ended_at," + " outcome, best_score, failure_reason";

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    long startRun(long planId, long datasetVersionId, String trigger, String instance) {
        return jdbc.sql("INSERT INTO solver_run (plan_id, dataset_version_id, trigger, outcome, instance_name)"
                        + " VALUES (?, ?, ?, 'RUNNING', ?) RETURNING id")
                .params(planId, datasetVersionId, trigger, instance)
                .query(Long.class)
                .single();
    }

    void checkpoint(long runId, String score, String assignmentJson) {
        jdbc.sql(
                        "UPDATE solver_run SET best_score = ?, best_assignment = ?::jsonb WHERE id = ? AND outcome = 'RUNNING'")
                .params(score, assignmentJson, runId)
                .update();
    }

    void endRun(long runId, RunOutcome outcome, String score, String failureReason) {
        jdbc.sql("UPDATE solver_run SET outcome = ?, ended_at = now(), best_score = coalesce(?, best_score),"
                        + " failure_reason = ? WHERE id = ?")
                .params(outcome.name(), score, failureReason, runId)
                .update();
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
        jdbc.sql("UPDATE solver_run SET heartbeat_at = now() WHERE id = ?")
                .param(runId)
                .update();
    }

    /**
     * Runs marked RUNNING that nobody solves any more: those of this instance's previous life, and those whose
     * instance has been silent for longer than {@code silence}.
     */
    /**
     * Runs still RUNNING that nobody solves: this instance's from before it started (it stopped or died), and any
     * instance's whose heartbeat has been silent for {@code silence}.
     */
    List<SolverRun> abandoned(String instance, java.time.Instant instanceStart, java.time.Duration silence) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM solver_run WHERE outcome = 'RUNNING'"
                        + " AND ((instance_name = ? AND started_at < ?)"
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
                        + " score, feasible, rules_broken, assignment, report, geojson) SELECT id, district_id,"
                        + " plan_date, ?, ?, 'PROPOSED', ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb FROM plan WHERE id = ?"
                        + " RETURNING id")
                .params(
                        next,
                        runId,
                        stored.score(),
                        stored.feasible(),
                        stored.rulesBroken(),
                        stored.assignment(),
                        stored.report(),
                        stored.geojson(),
                        planId)
                .query(Long.class)
                .single();
    }

    public List<PlanVersion> versions(long planId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM plan_version WHERE plan_id = ? ORDER BY version")
                .param(planId)
                .query(PlanVersion.class)
                .list();
    }

    public PlanVersion version(long planId, int version) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM plan_version WHERE plan_id = ? AND version = ?")
                .params(planId, version)
                .query(PlanVersion.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("version of plan " + planId, version));
    }

    public Optional<PlanVersion> version(long versionId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM plan_version WHERE id = ?")
                .param(versionId)
                .query(PlanVersion.class)
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
        return jdbc.sql("SELECT " + VERSION_COLUMNS
                        + " FROM plan_version WHERE district_id = ? AND plan_date = ? AND status = 'PUBLISHED'")
                .params(districtId, date)
                .query(PlanVersion.class)
                .optional();
    }
}
