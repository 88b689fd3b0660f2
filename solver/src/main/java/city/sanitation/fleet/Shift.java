package city.sanitation.fleet;

import java.time.LocalDateTime;

/**
 * When a vehicle and its crew work: from {@code start} to {@code end}; work past {@code end} is overtime and past
 * {@code hardEnd} is not allowed.
 *
 * <p>A shift with a {@code latestStart} may begin at any time from {@code start} to {@code latestStart}: the plan
 * starts it when its first task needs it. Shifts have a fixed length, so a shift that starts later ends later: its
 * end and hard end move by as much as its start.
 *
 * @param latestStart the latest time the shift may begin, or null when it begins at {@code start}
 */
public record Shift(LocalDateTime start, LocalDateTime end, LocalDateTime hardEnd, LocalDateTime latestStart) {

    /** A shift that begins at {@code start}. */
    public Shift(LocalDateTime start, LocalDateTime end, LocalDateTime hardEnd) {
        this(start, end, hardEnd, null);
    }

    /** The latest time the shift may begin: {@code start} when it has no range. */
    public LocalDateTime latestStartOrStart() {
        return latestStart == null ? start : latestStart;
    }
}
