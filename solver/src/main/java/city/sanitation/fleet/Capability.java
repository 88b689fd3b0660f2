package city.sanitation.fleet;

/** What a vehicle type or crew can do; a task needs one of these. */
public enum Capability {
    WASHING,
    SPRINKLING,
    SWEEPING,
    GARBAGE_PICKUP,
    TOILET_CLEANING
}
