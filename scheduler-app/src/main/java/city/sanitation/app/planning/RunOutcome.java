package city.sanitation.app.planning;

/** How a solver job ended; INTERRUPTED when the app stopped or died while it ran. */
public enum RunOutcome {
    RUNNING,
    COMPLETED,
    STOPPED,
    FAILED,
    INTERRUPTED
}
