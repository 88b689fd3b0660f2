package city.sanitation.road;

import java.util.Locale;
import java.util.Optional;

/** The grade of a street, which decides its washing frequency, its time windows and how fast a truck drives on it. */
public enum RoadClass {
    MAIN,
    SECONDARY,
    BRANCH,
    ALLEY;

    /**
     * The class of an OpenStreetMap way by its {@code highway} tag, or empty when a washing truck may not drive it
     * (footways, tracks, motorways closed to municipal service vehicles, ...).
     */
    public static Optional<RoadClass> fromOsmHighway(String highway) {
        if (highway == null) {
            return Optional.empty();
        }
        return switch (highway.toLowerCase(Locale.ROOT)) {
            case "trunk", "trunk_link", "primary", "primary_link" -> Optional.of(MAIN);
            case "secondary", "secondary_link", "tertiary", "tertiary_link" -> Optional.of(SECONDARY);
            case "unclassified", "residential", "living_street", "road" -> Optional.of(BRANCH);
            case "service" -> Optional.of(ALLEY);
            default -> Optional.empty();
        };
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RoadClass fromJsonName(String name) {
        for (RoadClass roadClass : values()) {
            if (roadClass.jsonName().equals(name)) {
                return roadClass;
            }
        }
        throw new IllegalArgumentException(
                "The road class (" + name + ") is not one of main, secondary, branch, alley.");
    }
}
