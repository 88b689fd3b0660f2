package city.sanitation.planning.domain;

import city.sanitation.road.RoadClass;

/**
 * What makes a street pass snow work: a ploughing pass of one lane or a de-icing pass, due a number of hours after the
 * snow stops by its road class.
 *
 * @param deadline when the pass should be finished, seconds since the horizon start
 * @param saltKg salt a de-icing pass spreads; 0 for ploughing
 * @param snowEnd when the snow stopped, seconds since the horizon start (negative when before the horizon)
 */
public record SnowWork(RoadClass roadClass, long deadline, double saltKg, long snowEnd) {

    /** How much a late pass of this class weighs: a main road late is worse than an alley. */
    public int classWeight() {
        return switch (roadClass) {
            case MAIN -> 4;
            case SECONDARY -> 3;
            case BRANCH -> 2;
            case ALLEY -> 1;
        };
    }

    /** Seconds past the deadline when the pass ends at {@code end}; 0 when in time. */
    public long lateSeconds(long end) {
        return Math.max(0, end - deadline);
    }
}
