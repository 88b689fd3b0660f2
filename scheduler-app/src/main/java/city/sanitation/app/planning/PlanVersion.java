package city.sanitation.app.planning;

import city.sanitation.app.weather.ForecastSummary;
import java.time.OffsetDateTime;

/**
 * One proposal for a plan, without its documents.
 *
 * @param supersedes the id of the version of the day this one replaced when it was published, if any
 * @param rulesBroken how many rules its plan breaks (the costs every plan pays not counted), for the version list's
 *     verdict; null for a plan stored before its rules were reported
 * @param whatIf whether it is a version of a what-if plan, which is never published
 * @param forecast the forecast it was planned with, in one line; null when its day was planned without one
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
        Long supersedes,
        Integer rulesBroken,
        boolean whatIf,
        ForecastSummary forecast) {}
