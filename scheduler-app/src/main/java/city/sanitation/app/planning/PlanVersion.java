package city.sanitation.app.planning;

import java.time.OffsetDateTime;

/** One proposal for a plan, without its documents. */
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
        String publishedBy) {}
