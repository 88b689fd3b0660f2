package city.sanitation.dataset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The day being planned and the span of time that plans may use, as local times of {@code timeZone}. A night shift
 * that starts on the planning day ends on the next one, so the horizon usually spans two dates.
 */
public record PlanningHorizon(LocalDate planningDay, ZoneId timeZone, LocalDateTime start, LocalDateTime end) {}
