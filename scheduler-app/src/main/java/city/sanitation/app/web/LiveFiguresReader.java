package city.sanitation.app.web;

import city.sanitation.app.planning.PlanAssignment;
import city.sanitation.app.planning.PlanDocuments;
import city.sanitation.app.planning.PlanRepository;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads {@link LiveFigures} from the running job's latest checkpoint in the solver_run table. */
@Service
class LiveFiguresReader {

    private final JdbcClient jdbc;
    private final PlanRepository plans;
    private final PlanDocuments documents;

    LiveFiguresReader(JdbcClient jdbc, PlanRepository plans, PlanDocuments documents) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.documents = documents;
    }

    /** The figures of the plan's running job, or empty when none runs. */
    Optional<LiveFigures> of(long planId) {
        plans.plan(planId);
        // A run no node has taken yet has no instance; the solves queued before it are those Quartz fires first.
        List<Map<String, Object>> rows = jdbc.sql("SELECT id, best_score, best_assignment::text AS assignment,"
                        + " instance_name IS NULL AS queued, taken_at,"
                        + " (SELECT count(*) FROM solver_run ahead WHERE ahead.outcome = 'RUNNING'"
                        + " AND ahead.instance_name IS NULL AND ahead.id < run.id) AS ahead"
                        + " FROM solver_run run WHERE plan_id = ? AND outcome = 'RUNNING' ORDER BY id DESC LIMIT 1")
                .param(planId)
                .query()
                .listOfRows();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        long runId = ((Number) row.get("id")).longValue();
        String score = (String) row.get("best_score");
        String json = (String) row.get("assignment");
        boolean queued = Boolean.TRUE.equals(row.get("queued"));
        int ahead = queued ? ((Number) row.get("ahead")).intValue() : 0;
        OffsetDateTime takenAt = takenAt(row.get("taken_at"));
        if (json == null) {
            return Optional.of(new LiveFigures(planId, runId, score, false, 0, 0, queued, ahead, takenAt));
        }
        PlanAssignment assignment = documents.assignment(json);
        int used = 0;
        int assigned = 0;
        for (PlanAssignment.RouteAssignment route : assignment.routes().values()) {
            used += route.taskIds().isEmpty() ? 0 : 1;
            assigned += route.taskIds().size();
        }
        return Optional.of(new LiveFigures(planId, runId, score, true, used, assigned, queued, ahead, takenAt));
    }

    private static OffsetDateTime takenAt(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        return value instanceof java.sql.Timestamp stamp ? stamp.toInstant().atOffset(java.time.ZoneOffset.UTC) : null;
    }
}
