package city.sanitation.app.planning;

import java.time.OffsetDateTime;

/**
 * One proposal for a plan, without its documents.
 *
 * @param supersedes the id of the version of the day this one replaced when it was published, if any
 */
public record PlanVersion(
        long id,
        long planId,
        int version,
        Long solverRunId,
        PlanVersionStatus status,
        String score,
        boolean feasible,
        OffsetDateTime createdAt,
        OffsetDateTime publishedAt,
        String publishedBy,
        Long supersedes) {}
