package city.sanitation.app.ledger;

/** The "whistle -> report -> close" loop of one blind spot. */
public enum BlindSpotStatus {
    REPORTED,
    PLANNED,
    IN_PROGRESS,
    DONE,
    CLOSED;

    /** Still waiting for a crew: the planner takes it and it can be overdue. */
    public boolean isOpen() {
        return this == REPORTED || this == PLANNED || this == IN_PROGRESS;
    }
}
