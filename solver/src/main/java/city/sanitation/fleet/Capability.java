package city.sanitation.fleet;

/** What a vehicle type or crew can do; a task needs one of these. */
public enum Capability {
    WASHING,
    SPRINKLING,
    SWEEPING,
    GARBAGE_PICKUP,
    TOILET_CLEANING,
    /** Ploughing snow off a street, one lane per pass (a plough blade on a truck). */
    PLOUGHING,
    /** Spreading salt or de-icer on a street (a spreader), reloaded at salt depots. */
    DE_ICING
}
