package city.sanitation.fleet;

import java.time.LocalDateTime;

/**
 * When a vehicle and its crew work: from {@code start} to {@code end}; work past {@code end} is overtime and past
 * {@code hardEnd} is not allowed.
 */
public record Shift(LocalDateTime start, LocalDateTime end, LocalDateTime hardEnd) {}
