package city.sanitation.task;

/** Which way a washing requirement may be driven. */
public enum PassDirection {
    /** Along the segment's own direction only. */
    FORWARD,
    /** Both sides of a wide street: one pass along the segment and one along its reverse. */
    BOTH_SIDES,
    /** One pass in whichever direction suits the route (narrow streets and alleys). */
    EITHER
}
