package city.sanitation.benchmarks.run;

import java.util.Locale;

/**
 * One solver phase of a district solve, as Timefold counted it.
 *
 * @param kind {@code LocalSearch}, {@code Custom} or {@code ConstructionHeuristic}
 * @param moveEvaluations moves Timefold evaluated in the phase; custom phases evaluate theirs without Timefold
 *     counting them, so 0 there
 */
record PhaseTime(String kind, double seconds, long moveEvaluations, long moveEvaluationsPerSecond) {

    boolean isLocalSearch() {
        return kind.equals("LocalSearch");
    }

    String summary() {
        return String.format(Locale.ROOT, "%s %.1f s", kind, seconds);
    }
}
