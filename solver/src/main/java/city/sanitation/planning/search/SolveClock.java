package city.sanitation.planning.search;

/**
 * When the search of the solve running on this thread began: the ruin and recreate spends its share of the solver's
 * time limit counted from there, not from its own start, so that the time the constructions took does not come off
 * the local search and the last phase after it. Timefold runs a solver's phases one after another on one thread, and
 * may hand each phase a fresh clone of the plan, so the thread, not the plan, carries the time.
 */
final class SolveClock {

    private static final ThreadLocal<Long> STARTED = new ThreadLocal<>();

    private SolveClock() {}

    /** Called by the first phase of a solve. */
    static void searchStarted() {
        STARTED.set(System.nanoTime());
    }

    /**
     * When the first phase of this solve began, or {@code otherwise} if none has said; read once, so that a later
     * solve on the same thread whose first phase says nothing does not take this one's time.
     */
    static long takeSearchStartedNanos(long otherwise) {
        Long started = STARTED.get();
        STARTED.remove();
        return started == null ? otherwise : started;
    }
}
