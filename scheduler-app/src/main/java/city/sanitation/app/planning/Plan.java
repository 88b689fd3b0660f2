package city.sanitation.app.planning;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A district's day to plan; the solver proposes versions of it and a dispatcher publishes one.
 *
 * @param nightly whether the nightly job made it: a district's day has one nightly plan at most
 * @param whatIfOf the plan this one is a what-if of (the same day under another forecast, never published); null for a
 *     plan crews may work from
 * @param whatIfForecast the stored forecast a what-if plan is made under ({@code ForecastSnapshots}); null otherwise
 */
public record Plan(
        long id,
        String districtId,
        LocalDate planDate,
        String createdBy,
        OffsetDateTime createdAt,
        boolean nightly,
        Long whatIfOf,
        String whatIfForecast) {}
