package city.sanitation.road.osm;

/** Which way along an OpenStreetMap way (in the order of its nodes) traffic may drive. */
enum TravelDirection {
    BOTH,
    /** One-way in the order of the way's nodes. */
    FORWARD,
    /** One-way against the order of the way's nodes ({@code oneway=-1}). */
    BACKWARD;

    boolean allowsForward() {
        return this != BACKWARD;
    }

    boolean allowsBackward() {
        return this != FORWARD;
    }

    boolean isOneWay() {
        return this != BOTH;
    }
}
