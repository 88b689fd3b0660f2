package city.sanitation.road.routing;

import city.sanitation.fleet.VehicleType;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How fast one kind of vehicle drives (deadheads) on each road class. Each vehicle type has its own profile, so a
 * small electric sweeper and a 10 t washing truck get different travel times and may take different roads.
 *
 * @param kmh driving speed by road class; a network can only be routed with a profile that covers all its classes
 */
public record SpeedProfile(String id, Map<RoadClass, Double> kmh) {

    public SpeedProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kmh, "kmh");
        if (kmh.isEmpty()) {
            throw new IllegalArgumentException("The speed profile (" + id + ") has no speed for any road class.\n"
                    + "Maybe give it a speed in km/h for each of " + EnumSet.allOf(RoadClass.class) + ".");
        }
        for (Map.Entry<RoadClass, Double> entry : kmh.entrySet()) {
            if (entry.getKey() == null) {
                throw new IllegalArgumentException("The speed profile (" + id + ") has a speed for a null road class.");
            }
            Double speed = entry.getValue();
            if (speed == null) {
                throw new IllegalArgumentException("The speed profile (" + id + ") has no speed for road class ("
                        + entry.getKey() + ").\nMaybe remove that road class or give it a speed in km/h.");
            }
            if (!(speed > 0) || speed.isInfinite()) {
                throw new IllegalArgumentException("The speed (" + speed + " km/h) of road class (" + entry.getKey()
                        + ") in speed profile (" + id + ") must be positive and finite.");
            }
        }
        kmh = Map.copyOf(kmh);
    }

    /** The deadheading profile of a vehicle type, named after it. */
    public static SpeedProfile of(VehicleType vehicleType) {
        return new SpeedProfile(vehicleType.id(), vehicleType.drivingSpeedKmh());
    }

    public double kmhOn(RoadClass roadClass) {
        Double speed = kmh.get(roadClass);
        if (speed == null) {
            throw new IllegalArgumentException("The speed profile (" + id + ") has no speed for road class ("
                    + roadClass + ").\nMaybe add a speed for it, or restrict the network to the classes "
                    + kmh.keySet() + ".");
        }
        return speed;
    }

    public double secondsToDrive(RoadSegment segment) {
        return segment.lengthMetres() * 3.6 / kmhOn(segment.roadClass());
    }

    /** Fails fast, before any search, when the network has a road class that this profile cannot drive. */
    void requireCovers(RoadNetwork network) {
        Set<RoadClass> missing = EnumSet.noneOf(RoadClass.class);
        for (RoadSegment segment : network.segments()) {
            if (!kmh.containsKey(segment.roadClass())) {
                missing.add(segment.roadClass());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The speed profile (" + id + ") has no speed for road classes " + missing
                    + ", which the road network uses.\nMaybe add speeds for them to the profile.");
        }
    }
}
