package city.sanitation.weather;

import city.sanitation.road.RoadClass;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How a district clears snow; each value has a default a district may change.
 *
 * @param minDepthCm snow shallower than this creates no work (it melts under traffic and de-icer)
 * @param clearWithinHours by road class, the hours after the snow stops by which its streets are ploughed and
 *     de-iced; a class not named gets no snow work (its pavements and alleys are cleared by hand)
 * @param deIceRoadClasses the classes that are de-iced after ploughing
 * @param saltKgPerLaneKm de-icer spread per lane and km of street
 */
public record SnowRules(
        double minDepthCm,
        Map<RoadClass, Integer> clearWithinHours,
        Set<RoadClass> deIceRoadClasses,
        double saltKgPerLaneKm) {

    public static final double DEFAULT_MIN_DEPTH_CM = 1.0;

    /**
     * 15 g/m² on a 3.5 m lane is about 50 kg per lane-km; the assumed 120 kg covers the heavier rate Chinese cities
     * spread on compacted snow (and pre-wetting losses). No figure for it was found in the project's domain notes.
     */
    public static final double DEFAULT_SALT_KG_PER_LANE_KM = 120.0;

    public static final SnowRules DEFAULTS = new SnowRules(
            DEFAULT_MIN_DEPTH_CM,
            Map.of(RoadClass.MAIN, 4, RoadClass.SECONDARY, 8, RoadClass.BRANCH, 24, RoadClass.ALLEY, 24),
            EnumSet.of(RoadClass.MAIN, RoadClass.SECONDARY),
            DEFAULT_SALT_KG_PER_LANE_KM);

    public SnowRules {
        clearWithinHours = clearWithinHours.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(clearWithinHours));
        deIceRoadClasses = deIceRoadClasses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(deIceRoadClasses));
    }

    /** Whether streets of this class get ploughed after a snowfall. */
    public boolean clears(RoadClass roadClass) {
        return clearWithinHours.containsKey(roadClass);
    }

    public boolean deIces(RoadClass roadClass) {
        return clears(roadClass) && deIceRoadClasses.contains(roadClass);
    }
}
