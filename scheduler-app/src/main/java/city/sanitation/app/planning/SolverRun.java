package city.sanitation.app.planning;

import java.time.OffsetDateTime;

/**
 * One solver job: when, why, how it ended and with what score; where it runs, and whether it continues another run.
 *
 * @param instanceName the node solving it; null while it waits in the queue for a free solver slot
 * @param takenAt when that node took it
 * @param resumedFromRun the run whose checkpoint it continues after that run's node died
 * @param resumedFromScore that checkpoint's score
 * @param startScore the score of the plan the solver started from
 * @param liveScore the newest best score while solving
 * @param stopRequestedAt when a dispatcher (on any node) asked it to stop
 */
public record SolverRun(
        long id,
        long planId,
        long datasetVersionId,
        String trigger,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        RunOutcome outcome,
        String bestScore,
        String failureReason,
        String instanceName,
        OffsetDateTime takenAt,
        Long resumedFromRun,
        String resumedFromScore,
        String startScore,
        String liveScore,
        OffsetDateTime stopRequestedAt) {}
