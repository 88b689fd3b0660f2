package city.sanitation.fleet;

import city.sanitation.road.RoadClass;
import java.util.HashSet;
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

    public VehicleType {
        capabilities = Set.copyOf(capabilities);
        drivingSpeedKmh = Map.copyOf(drivingSpeedKmh);
    }

    /**
     * The same type in its winter kit: a plough blade and a spreader of {@code saltKg} (washing trucks carry both in
     * Chinese cities' winters).
     */
    public VehicleType withWinterKit(double saltKg) {
        Set<Capability> winter = new HashSet<>(capabilities);
        winter.add(Capability.PLOUGHING);
        winter.add(Capability.DE_ICING);
        return toBuilder().capabilities(winter).saltCapacityKg(saltKg).build();
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }

    /** A type that can do nothing, carries nothing and costs nothing until its components are set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this type, so that a copy with one component changed keeps all the others. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a type through its canonical constructor, whose checks and copies still apply. */
    public static final class Builder {
        private String id;
        private String name;
        private Set<Capability> capabilities = Set.of();
        private double tankCapacityM3;
        private double bodyCapacityM3;
        private double washingSpeedKmh;
        private Map<RoadClass, Double> drivingSpeedKmh = Map.of();
        private double waterUseLitresPerMetre;
        private double costPerKm;
        private double costPerHour;
        private double hopperCapacityM3;
        private double saltCapacityKg;

        private Builder() {}

        private Builder(VehicleType type) {
            this.id = type.id;
            this.name = type.name;
            this.capabilities = type.capabilities;
            this.tankCapacityM3 = type.tankCapacityM3;
            this.bodyCapacityM3 = type.bodyCapacityM3;
            this.washingSpeedKmh = type.washingSpeedKmh;
            this.drivingSpeedKmh = type.drivingSpeedKmh;
            this.waterUseLitresPerMetre = type.waterUseLitresPerMetre;
            this.costPerKm = type.costPerKm;
            this.costPerHour = type.costPerHour;
            this.hopperCapacityM3 = type.hopperCapacityM3;
            this.saltCapacityKg = type.saltCapacityKg;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder capabilities(Set<Capability> capabilities) {
            this.capabilities = capabilities;
            return this;
        }

        public Builder tankCapacityM3(double tankCapacityM3) {
            this.tankCapacityM3 = tankCapacityM3;
            return this;
        }

        public Builder bodyCapacityM3(double bodyCapacityM3) {
            this.bodyCapacityM3 = bodyCapacityM3;
            return this;
        }

        public Builder washingSpeedKmh(double washingSpeedKmh) {
            this.washingSpeedKmh = washingSpeedKmh;
            return this;
        }

        public Builder drivingSpeedKmh(Map<RoadClass, Double> drivingSpeedKmh) {
            this.drivingSpeedKmh = drivingSpeedKmh;
            return this;
        }

        public Builder waterUseLitresPerMetre(double waterUseLitresPerMetre) {
            this.waterUseLitresPerMetre = waterUseLitresPerMetre;
            return this;
        }

        public Builder costPerKm(double costPerKm) {
            this.costPerKm = costPerKm;
            return this;
        }

        public Builder costPerHour(double costPerHour) {
            this.costPerHour = costPerHour;
            return this;
        }

        public Builder hopperCapacityM3(double hopperCapacityM3) {
            this.hopperCapacityM3 = hopperCapacityM3;
            return this;
        }

        public Builder saltCapacityKg(double saltCapacityKg) {
            this.saltCapacityKg = saltCapacityKg;
            return this;
        }

        public VehicleType build() {
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
                    hopperCapacityM3,
                    saltCapacityKg);
        }
    }
}
