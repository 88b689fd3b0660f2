package city.sanitation.app.planning;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A district's day to plan; the solver proposes versions of it and a dispatcher publishes one. */
public record Plan(long id, String districtId, LocalDate planDate, String createdBy, OffsetDateTime createdAt) {}
