package city.sanitation.planning.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches a toilet is left uncleaned while open on the planning day: from opening to its first round, between
 * consecutive rounds in time order, and from its last round to closing. The maximum gap rule, the search's pricing of
 * it and the plan's figures all measure here, so that they agree on what a breach is.
 */
public final class UncleanedStretches {

    private UncleanedStretches() {}

    /**
     * One stretch without cleaning.
     *
     * @param after the round it starts at, counted in time order from 1; 0 for the opening
     * @param before the round it ends at; {@code rounds + 1} for the closing
     * @param rounds how many rounds the toilet gets that day
     */
    public record Stretch(int after, int before, int rounds, long seconds) {

        /** Which stretch, as a dispatcher reads it: "opening to round 1", "round 2 to closing". */
        public String describe() {
            return (after == 0 ? "opening" : "round " + after) + " to "
                    + (before == rounds + 1 ? "closing" : "round " + before);
        }
    }

    /**
     * The stretches of one toilet's opening hours its rounds leave; with no round at all, the whole open period.
     *
     * @param starts when the rounds start, in any order
     */
    public static List<Stretch> of(long opens, long closes, long[] starts) {
        long[] sorted = starts.clone();
        java.util.Arrays.sort(sorted);
        int rounds = sorted.length;
        List<Stretch> stretches = new ArrayList<>(rounds + 1);
        // A round can start before the opening only in a plan that already breaks the allowed windows.
        long previous = rounds == 0 ? opens : Math.min(opens, sorted[0]);
        for (int i = 0; i < rounds; i++) {
            stretches.add(new Stretch(i, i + 1, rounds, sorted[i] - previous));
            previous = sorted[i];
        }
        stretches.add(new Stretch(rounds, rounds + 1, rounds, Math.max(0, closes - previous)));
        return stretches;
    }

    /** Seconds by which the stretches exceed the maximum gap, added up. */
    public static long excessSeconds(long opens, long closes, long maxGapSeconds, long[] starts) {
        long excess = 0;
        for (Stretch stretch : of(opens, closes, starts)) {
            excess += Math.max(0, stretch.seconds() - maxGapSeconds);
        }
        return excess;
    }

    /** The same for the rounds of one toilet as the routes do them. */
    public static long excessSeconds(List<ToiletVisit> visits) {
        ToiletVisit first = visits.get(0);
        return excessSeconds(first.opens(), first.closes(), first.maxGapSeconds(), starts(visits));
    }

    /** The stretches longer than the maximum gap of the rounds of one toilet as the routes do them. */
    public static List<Stretch> breaches(List<ToiletVisit> visits) {
        ToiletVisit first = visits.get(0);
        return of(first.opens(), first.closes(), starts(visits)).stream()
                .filter(stretch -> stretch.seconds() > first.maxGapSeconds())
                .toList();
    }

    private static long[] starts(List<ToiletVisit> visits) {
        return visits.stream().mapToLong(ToiletVisit::start).toArray();
    }
}
