package city.sanitation.app.planning;

/** Only a published version reaches the crews; publishing another one supersedes it. */
public enum PlanVersionStatus {
    PROPOSED,
    PUBLISHED,
    SUPERSEDED
}
