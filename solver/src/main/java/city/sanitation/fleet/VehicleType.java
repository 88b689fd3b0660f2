package city.sanitation.fleet;

import city.sanitation.road.RoadClass;
import java.util.Map;
import java.util.Set;

/**
 * A kind of vehicle (or of crew on foot or on a small electric vehicle) and what it can do.
 *
 * @param tankCapacityM3 water tank; 0 for types that carry no water
 * @param bodyCapacityM3 garbage body; 0 for types that carry no garbage
 * @param washingSpeedKmh speed while washing a street
 * @param drivingSpeedKmh speed while deadheading, by road class
 * @param waterUseLitresPerMetre water used per metre of street washed
 * @param hopperCapacityM3 dust hopper of a sweeper, filled by dry sweeping and emptied at transfer stations; 0 when
 *     it has none (its sweeping is not limited by what it collects)
 * @param saltCapacityKg salt or de-icer a spreader carries, reloaded at salt depots; 0 when it carries none
 */
public record VehicleType(
        String id,
        String name,
        Set<Capability> capabilities,
        double tankCapacityM3,
        double bodyCapacityM3,
        double washingSpeedKmh,
        Map<RoadClass, Double> drivingSpeedKmh,
        double waterUseLitresPerMetre,
        double costPerKm,
        double costPerHour,
        double hopperCapacityM3,
        double saltCapacityKg) {

    /** A type without a salt spreader. */
    public VehicleType(
            String id,
            String name,
            Set<Capability> capabilities,
            double tankCapacityM3,
            double bodyCapacityM3,
            double washingSpeedKmh,
            Map<RoadClass, Double> drivingSpeedKmh,
            double waterUseLitresPerMetre,
            double costPerKm,
            double costPerHour,
            double hopperCapacityM3) {
        this(
                id,
                name,
                capabilities,
                tankCapacityM3,
                bodyCapacityM3,
                washingSpeedKmh,
                drivingSpeedKmh,
                waterUseLitresPerMetre,
                costPerKm,
                costPerHour,
                hopperCapacityM3,
                0.0);
    }

    /** A type without a dust hopper. */
    public VehicleType(
            String id,
            String name,
            Set<Capability> capabilities,
            double tankCapacityM3,
            double bodyCapacityM3,
            double washingSpeedKmh,
            Map<RoadClass, Double> drivingSpeedKmh,
            double waterUseLitresPerMetre,
            double costPerKm,
            double costPerHour) {
        this(
                id,
                name,
                capabilities,
                tankCapacityM3,
                bodyCapacityM3,
                washingSpeedKmh,
                drivingSpeedKmh,
                waterUseLitresPerMetre,
                costPerKm,
                costPerHour,
                0.0);
    }

    /** The same type with a dust hopper of {@code capacityM3}, emptied at transfer stations. */
    public VehicleType withHopper(double capacityM3) {
        return new VehicleType(
                id,
                name,
                capabilities,
                tankCapacityM3,
                bodyCapacityM3,
                washingSpeedKmh,
                drivingSpeedKmh,
                waterUseLitresPerMetre,
                costPerKm,
                costPerHour,
                capacityM3,
                saltCapacityKg);
    }

    /**
     * The same type in its winter kit: a plough blade and a spreader of {@code saltKg} (washing trucks carry both in
     * Chinese cities' winters).
     */
    public VehicleType withWinterKit(double saltKg) {
        Set<Capability> winter = new java.util.HashSet<>(capabilities);
        winter.add(Capability.PLOUGHING);
        winter.add(Capability.DE_ICING);
        return new VehicleType(
                id,
                name,
                winter,
                tankCapacityM3,
                bodyCapacityM3,
                washingSpeedKmh,
                drivingSpeedKmh,
                waterUseLitresPerMetre,
                costPerKm,
                costPerHour,
                hopperCapacityM3,
                saltKg);
    }

    public VehicleType {
        capabilities = Set.copyOf(capabilities);
        drivingSpeedKmh = Map.copyOf(drivingSpeedKmh);
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }
}
