package city.sanitation.road.routing;

import java.util.HashMap;
import java.util.Map;

/**
 * A travel matrix's entries in 4 bytes each instead of 8: seconds and metres as {@code char}s, lossless. In a district
 * nearly every fastest path is shorter than 65,533 m and 18 hours, so the few that are not (a long valley, an OSM
 * extract of a whole region) go to a small map beside the arrays, marked in both arrays by {@link #OVERFLOW}; an
 * unreachable pair is marked {@link #UNREACHABLE}. A city of 30,000 places needs 3.6 GB this way, not 7.2 GB.
 *
 * <p>Rows are written by several threads at once, each its own rows; {@link #put} of an overflowing entry is
 * synchronized, and the map is only read once every row is written (the pool's end is the happens-before edge).
 */
final class CompactTravelEntries {

    static final char UNREACHABLE = 0xFFFF;
    static final char OVERFLOW = 0xFFFE;
    /** The largest value stored in the arrays themselves. */
    static final int LARGEST_DIRECT = 0xFFFD;

    private final char[] seconds;
    private final char[] metres;
    private final Map<Integer, Long> overflow = new HashMap<>();

    CompactTravelEntries(int entryCount) {
        this.seconds = new char[entryCount];
        this.metres = new char[entryCount];
    }

    /** Stores a reachable entry; {@code seconds} and {@code metres} are not negative. */
    void put(int entry, int seconds, int metres) {
        if (seconds <= LARGEST_DIRECT && metres <= LARGEST_DIRECT) {
            this.seconds[entry] = (char) seconds;
            this.metres[entry] = (char) metres;
            return;
        }
        this.seconds[entry] = OVERFLOW;
        this.metres[entry] = OVERFLOW;
        synchronized (overflow) {
            overflow.put(entry, ((long) seconds << 32) | (metres & 0xFFFF_FFFFL));
        }
    }

    void putUnreachable(int entry) {
        seconds[entry] = UNREACHABLE;
        metres[entry] = UNREACHABLE;
    }

    /** The seconds of an entry, or {@link Integer#MAX_VALUE} if unreachable. */
    int seconds(int entry) {
        char value = seconds[entry];
        if (value <= LARGEST_DIRECT) {
            return value;
        }
        return value == UNREACHABLE ? Integer.MAX_VALUE : (int) (overflow.get(entry) >>> 32);
    }

    /** The metres of an entry, or {@link Integer#MAX_VALUE} if unreachable. */
    int metres(int entry) {
        char value = metres[entry];
        if (value <= LARGEST_DIRECT) {
            return value;
        }
        return value == UNREACHABLE
                ? Integer.MAX_VALUE
                : (int) overflow.get(entry).longValue();
    }

    boolean reachable(int entry) {
        return seconds[entry] != UNREACHABLE;
    }

    /** How many entries did not fit in the arrays. */
    int overflowCount() {
        return overflow.size();
    }
}
