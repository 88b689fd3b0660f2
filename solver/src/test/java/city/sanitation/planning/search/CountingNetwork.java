package city.sanitation.planning.search;

import city.sanitation.planning.domain.TravelTimes;
import java.util.Random;

/**
 * Random driving times and distances between {@code size} locations, not necessarily shortest ways, that count how
 * often they are read: trials that take a route's rest from its sums must read them less than a replay.
 */
final class CountingNetwork implements TravelTimes {

    private final long[][] seconds;
    private final long[][] metres;
    long lookups;

    CountingNetwork(Random random, int size) {
        seconds = new long[size][size];
        metres = new long[size][size];
        for (int from = 0; from < size; from++) {
            for (int to = 0; to < size; to++) {
                if (from != to) {
                    metres[from][to] = 200 + random.nextInt(5000);
                    // Whole minutes: ways as quick as each other but not as long, which a pass's direction is
                    // chosen between by distance.
                    seconds[from][to] = (metres[from][to] / 10 + random.nextInt(120)) / 60 * 60;
                }
            }
        }
    }

    @Override
    public long seconds(int from, int to) {
        lookups++;
        return seconds[from][to];
    }

    @Override
    public long metres(int from, int to) {
        lookups++;
        return metres[from][to];
    }
}
