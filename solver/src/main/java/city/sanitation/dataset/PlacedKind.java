package city.sanitation.dataset;

/** The kinds of dataset elements that get a {@link TaskPlacement}. */
public enum PlacedKind {
    DEPOT,
    HYDRANT,
    TRANSFER_STATION,
    BLIND_SPOT,
    TOILET,
    SALT_DEPOT,
    /** Placed at the middle of its own segment. */
    WASHING_REQUIREMENT
}
