package city.sanitation.task;

/** What was reported at a garbage blind spot (垃圾死角). */
public enum BlindSpotCategory {
    HOUSEHOLD_GARBAGE,
    CONSTRUCTION_DEBRIS,
    BULKY_WASTE,
    MARKET_OR_ALLEY_CORNER
}
