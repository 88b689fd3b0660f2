package city.sanitation.benchmarks.run;

/**
 * The best score at one moment of a district solve.
 *
 * @param seconds since the solve started (the first construction included, loading and matrices not)
 * @param source {@code construction} for the first plan, {@code solver} for Timefold's best-solution events
 */
record ScorePoint(double seconds, long hard, long medium, long soft, int unassigned, String source) {

    boolean feasible() {
        return hard == 0;
    }
}
