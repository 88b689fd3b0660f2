package city.sanitation.planning.search;

import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.Stop;
import city.sanitation.planning.domain.TaskProblem;
import city.sanitation.planning.domain.TimeInterval;

/**
 * How much later a route's stops may begin, as the route is now, before one of them changes or breaks a hard rule:
 * what lets a trial take the rest of a route with a clock (earliest and latest starts, windows, service levels) from
 * the route's sums instead of replanning it stop by stop ({@link RouteTrials}).
 *
 * <p>A delay travels down the route and each stop's wait for its earliest start or window takes that much off it: a
 * stop {@code j} of a route delayed by {@code d} after stop {@code i} begins {@code max(0, d - waits(i+1..j))} later,
 * with the same drive, detour and work. It breaks a hard rule when that is past its latest start, and its plan or
 * price changes when it leaves its window or passes its service level, when its wait was spent at the depot, or when
 * the way it drives a pass could turn (a pass either way whose start has a clock). Written as reaches, {@code room +
 * waits(0..j)}, a delay {@code d} after stop {@code i} keeps stop {@code j} when {@code d + waits(0..i) <= reach(j)},
 * so the first stop that changes is found by following the next lower reach.
 */
final class RouteSlack {

    /** Room that no delay within a day reaches; small enough that sums of it do not overflow. */
    static final long UNBOUNDED = Long.MAX_VALUE / 4;

    /**
     * One stop's part.
     *
     * @param waitSeconds the wait on the street before its work, which absorbs a delay
     * @param hardRoom how much later it may start before it breaks a hard rule (its latest start)
     * @param changeRoom how much later it may start and stay the same stop at the same price; less than zero
     *     when any delay that reaches it, even one its wait takes up, may change it
     * @param followed whether a delay can be followed through it at all: no snow deadline, weather or break
     */
    record StopSlack(long waitSeconds, long hardRoom, long changeRoom, boolean followed) {

        static StopSlack of(Crew crew, TaskProblem problem, Stop stop, long serviceSeconds) {
            boolean followed = problem.snow() == null && problem.weather() == null && stop.takenBreak() == null;
            long hardRoom = problem.latestStart() == Long.MAX_VALUE
                    ? UNBOUNDED
                    : Math.min(UNBOUNDED, problem.latestStart() - stop.start());
            boolean clockedStart = !problem.allowedWindows().isEmpty()
                    || problem.earliestStart() > crew.shift().start();
            if (problem.eitherDirection() && clockedStart) {
                // The way not taken may win once the truck comes later, even where the stop's own wait takes the
                // delay up: its wait may end sooner, or the wait at the depot it would have made is gone and its
                // drive with it. Any delay that reaches the stop changes it.
                return new StopSlack(stop.waitSeconds(), hardRoom, -stop.waitSeconds(), followed);
            }
            long changeRoom = UNBOUNDED;
            if (stop.depotWait() != null || stop.windowMissed()) {
                // A later arrival changes the wait at the depot; a missed window is replanned.
                changeRoom = 0;
            } else if (!problem.allowedWindows().isEmpty()) {
                changeRoom =
                        Math.min(UNBOUNDED, windowEnd(problem, stop, serviceSeconds) - serviceSeconds - stop.start());
            }
            if (problem.slaDeadline() != Long.MAX_VALUE) {
                changeRoom = Math.min(changeRoom, Math.max(0, problem.slaDeadline() - stop.end()));
            }
            return new StopSlack(stop.waitSeconds(), hardRoom, Math.max(0, changeRoom), followed);
        }

        /**
         * The end of the window the stop's work was fitted into, as the stop planner chose it: the first window in
         * which the work fits from the earliest moment it could begin. Windows before it stay too short for a
         * later start, so the stop keeps this one as long as the work still ends in it.
         */
        private static long windowEnd(TaskProblem problem, Stop stop, long serviceSeconds) {
            long earliest = Math.max(stop.arrival(), problem.earliestStart());
            for (TimeInterval window : problem.allowedWindows()) {
                if (Math.max(earliest, window.start()) + serviceSeconds <= window.end()) {
                    return window.end();
                }
            }
            return stop.start() + serviceSeconds;
        }
    }

    /** How many stops the route has: the arrays below have room for more, as they are rebuilt in place. */
    private int size;
    /** The waits of the stops before index j. */
    private long[] waitsBefore = new long[1];

    private long[] hardReach = new long[0];
    private int[] nextLowerHardReach = new int[0];
    private long[] changeReach = new long[0];
    private int[] nextLowerChangeReach = new int[0];
    /** Whether a delay can be followed through every stop from index j on. */
    private boolean[] followedFrom = {true};

    private int[] stack = new int[0];

    /** A route without stops; {@link #rebuild} gives it some. */
    RouteSlack() {}

    RouteSlack(StopSlack[] stops) {
        rebuild(stops, stops.length);
    }

    /** Takes the route's first {@code size} {@code stops} in place of the ones it had, in the arrays it has. */
    void rebuild(StopSlack[] stops, int size) {
        this.size = size;
        if (hardReach.length < size) {
            int room = Math.max(size, 2 * hardReach.length);
            waitsBefore = new long[room + 1];
            hardReach = new long[room];
            nextLowerHardReach = new int[room];
            changeReach = new long[room];
            nextLowerChangeReach = new int[room];
            followedFrom = new boolean[room + 1];
            stack = new int[room];
        }
        waitsBefore[0] = 0;
        for (int j = 0; j < size; j++) {
            waitsBefore[j + 1] = waitsBefore[j] + stops[j].waitSeconds();
            hardReach[j] = stops[j].hardRoom() + waitsBefore[j + 1];
            changeReach[j] = stops[j].changeRoom() + waitsBefore[j + 1];
        }
        nextLower(hardReach, nextLowerHardReach);
        nextLower(changeReach, nextLowerChangeReach);
        followedFrom[size] = true;
        for (int j = size - 1; j >= 0; j--) {
            followedFrom[j] = followedFrom[j + 1] && stops[j].followed();
        }
    }

    /**
     * For each index, the next one with a lower value, or the size: the stops in between need not be looked at.
     */
    private void nextLower(long[] values, int[] next) {
        int height = 0;
        for (int j = size - 1; j >= 0; j--) {
            while (height > 0 && values[stack[height - 1]] >= values[j]) {
                height--;
            }
            next[j] = height == 0 ? size : stack[height - 1];
            stack[height++] = j;
        }
    }

    /** Whether a delay can be followed through every stop from index {@code from} on. */
    boolean followedFrom(int from) {
        return followedFrom[from];
    }

    /** How much later the stop at index {@code stop} ends when the stops from {@code from} on are {@code delay} late. */
    long delayAfter(int from, long delay, int stop) {
        return Math.max(0, delay - (waitsBefore[stop + 1] - waitsBefore[from]));
    }

    /** The first stop from {@code from} on whose waits take up all of {@code delay}, or the route's size. */
    int absorbedAt(int from, long delay) {
        int low = from;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (waitsBefore[middle + 1] - waitsBefore[from] >= delay) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** The first stop from {@code from} on that changes when they are {@code delay} late, or the route's size. */
    int firstChanged(int from, long delay) {
        return firstBelow(changeReach, nextLowerChangeReach, size, from, delay + waitsBefore[from]);
    }

    /** The first stop from {@code from} on that starts after its latest start when they are {@code delay} late. */
    int firstLate(int from, long delay) {
        return firstBelow(hardReach, nextLowerHardReach, size, from, delay + waitsBefore[from]);
    }

    private static int firstBelow(long[] reach, int[] nextLower, int size, int from, long needed) {
        int j = from;
        while (j < size && reach[j] >= needed) {
            j = nextLower[j];
        }
        return j;
    }
}
