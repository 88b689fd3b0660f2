package city.sanitation.app.ledger;

/** The "whistle -> report -> close" loop of one blind spot. */
public enum BlindSpotStatus {
    REPORTED,
    PLANNED,
    IN_PROGRESS,
    DONE,
    CLOSED,
    /** Taken off the ledger by a dispatcher without work (not garbage, not the district's, a prank), with a reason. */
    REJECTED,
    /** The same pile as another report of the district; that one is worked, this one is closed with a reason. */
    DUPLICATE;

    /** Still waiting for a crew: the planner takes it and it can be overdue. */
    public boolean isOpen() {
        return this == REPORTED || this == PLANNED || this == IN_PROGRESS;
    }

    /** Closed without work by a dispatcher's step. */
    public boolean isSetAside() {
        return this == REJECTED || this == DUPLICATE;
    }
}
