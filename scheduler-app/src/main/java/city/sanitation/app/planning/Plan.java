package city.sanitation.app.planning;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A district's day to plan; the solver proposes versions of it and a dispatcher publishes one.
 *
 * @param nightly whether the nightly job made it: a district's day has one nightly plan at most
 */
public record Plan(
        long id, String districtId, LocalDate planDate, String createdBy, OffsetDateTime createdAt, boolean nightly) {}
