package city.sanitation.planning.domain;

/** A span of the planning clock, in seconds since the horizon start; {@code end} is exclusive. */
public record TimeInterval(long start, long end) {

    public TimeInterval {
        if (end < start) {
            throw new IllegalArgumentException("The interval end (" + end + ") is before its start (" + start + ").");
        }
    }

    public boolean fits(long from, long duration) {
        return from >= start && from + duration <= end;
    }
}
