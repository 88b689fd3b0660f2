package city.sanitation.app.planning;

import java.time.OffsetDateTime;

/** One solver job: when, why, how it ended and with what score. */
public record SolverRun(
        long id,
        long planId,
        long datasetVersionId,
        String trigger,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        RunOutcome outcome,
        String bestScore,
        String failureReason) {}
