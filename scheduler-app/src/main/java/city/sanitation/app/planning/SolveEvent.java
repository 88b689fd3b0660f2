package city.sanitation.app.planning;

/**
 * What one node tells the others about a solve, as a PostgreSQL notification (SolveEvents): a better score
 * ({@link #BEST}), the end ({@link #FINISHED}, {@link #FAILED}), or a request to the node solving it ({@link #STOP},
 * {@link #CHANGE}: read its stored changes).
 */
record SolveEvent(String type, long planId, long runId, String score, String reason) {

    static final String BEST = "best";
    static final String FINISHED = "finished";
    static final String FAILED = "failed";
    static final String STOP = "stop";
    static final String CHANGE = "change";

    static SolveEvent of(String type, long planId, long runId) {
        return new SolveEvent(type, planId, runId, null, null);
    }
}
