package city.sanitation.planning.domain;

import java.util.List;

/**
 * A crew's working clock. Times are seconds since the horizon start.
 *
 * @param start when the shift begins at the earliest
 * @param end when the shift should end; work past it is overtime
 * @param hardEnd the latest the crew may be back at the depot
 * @param latestStart the latest the shift may begin; {@code start} when it has no range. The end and hard end move
 *     with its actual start (a fixed-length shift).
 * @param depotWaitMinSeconds a wait for a task is spent back at the depot when the stay there, after the extra
 *     driving, is at least this long; {@link #NEVER_WAITS_AT_DEPOT} to always wait at the task
 * @param breaks the breaks the crew must take
 */
public record CrewShift(
        long start, long end, long hardEnd, long latestStart, long depotWaitMinSeconds, List<BreakWindow> breaks) {

    public static final long NEVER_WAITS_AT_DEPOT = Long.MAX_VALUE;

    public CrewShift {
        breaks = List.copyOf(breaks);
    }

    /** A shift that begins at {@code start}, whose crew waits at its tasks. */
    public static CrewShift fixed(long start, long end, long hardEnd, List<BreakWindow> breaks) {
        return new CrewShift(start, end, hardEnd, start, NEVER_WAITS_AT_DEPOT, breaks);
    }
}
