package city.sanitation.planning.domain;

import city.sanitation.fleet.Capability;

/** The three kinds of work one plan mixes. */
public enum TaskKind {
    /** One pass along a directed street segment (arc routing). */
    STREET_PASS,
    /** Clearing a reported garbage blind spot. */
    BLIND_SPOT,
    /** One cleaning round of a flagship toilet. */
    TOILET_ROUND;

    public boolean isPointTask() {
        return this != STREET_PASS;
    }

    public static TaskKind forCapability(Capability capability) {
        return switch (capability) {
            case WASHING, SPRINKLING, SWEEPING, PLOUGHING, DE_ICING -> STREET_PASS;
            case GARBAGE_PICKUP -> BLIND_SPOT;
            case TOILET_CLEANING -> TOILET_ROUND;
        };
    }
}
