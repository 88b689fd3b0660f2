package city.sanitation.planning.domain;

import city.sanitation.fleet.Capability;
import java.util.Set;

/**
 * The fixed facts of a vehicle and its crew, its clock, loads, rates and places grouped in records of their own.
 * Times are seconds since the horizon start.
 */
public record Crew(
        String vehicleId,
        String name,
        String vehicleTypeId,
        Set<Capability> capabilities,
        Set<String> skills,
        int depotLocation,
        CrewShift shift,
        CrewCapacities capacities,
        CrewRates rates,
        TravelTimes travel,
        CrewFacilities facilities,
        HomeTerritories homeTerritories) {

    public Crew {
        if (shift.latestStart() < shift.start()) {
            throw new IllegalArgumentException("The latest shift start (" + shift.latestStart() + ") of vehicle ("
                    + vehicleId + ") is before its shift start (" + shift.start() + ").");
        }
        capabilities = Set.copyOf(capabilities);
        skills = Set.copyOf(skills);
    }

    /** A crew that carries nothing, uses no facilities and works anywhere until its other components are set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this crew, so that a copy with one component changed keeps all the others. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether a task in this subdistrict and grid lies in the crew's home territories (anywhere, if it has none). */
    public boolean isAtHome(TaskProblem task) {
        return homeTerritories.contains(task);
    }

    public boolean carriesWater() {
        return capacities.tankLitres() > 0;
    }

    public boolean carriesSalt() {
        return capacities.saltKg() > 0;
    }

    public boolean carriesGarbage() {
        return capacities.bodyM3() > 0;
    }

    /** Builds a crew through its canonical constructor, whose checks and copies still apply. */
    public static final class Builder {
        private String vehicleId;
        private String name;
        private String vehicleTypeId;
        private Set<Capability> capabilities = Set.of();
        private Set<String> skills = Set.of();
        private int depotLocation;
        private CrewShift shift;
        private CrewCapacities capacities = new CrewCapacities(0.0, 0.0, 0.0);
        private CrewRates rates;
        private TravelTimes travel;
        private CrewFacilities facilities = CrewFacilities.NONE;
        private HomeTerritories homeTerritories = HomeTerritories.ANYWHERE;

        private Builder() {}

        private Builder(Crew crew) {
            this.vehicleId = crew.vehicleId;
            this.name = crew.name;
            this.vehicleTypeId = crew.vehicleTypeId;
            this.capabilities = crew.capabilities;
            this.skills = crew.skills;
            this.depotLocation = crew.depotLocation;
            this.shift = crew.shift;
            this.capacities = crew.capacities;
            this.rates = crew.rates;
            this.travel = crew.travel;
            this.facilities = crew.facilities;
            this.homeTerritories = crew.homeTerritories;
        }

        public Builder vehicleId(String vehicleId) {
            this.vehicleId = vehicleId;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder vehicleTypeId(String vehicleTypeId) {
            this.vehicleTypeId = vehicleTypeId;
            return this;
        }

        public Builder capabilities(Set<Capability> capabilities) {
            this.capabilities = capabilities;
            return this;
        }

        public Builder skills(Set<String> skills) {
            this.skills = skills;
            return this;
        }

        public Builder depotLocation(int depotLocation) {
            this.depotLocation = depotLocation;
            return this;
        }

        public Builder shift(CrewShift shift) {
            this.shift = shift;
            return this;
        }

        public Builder capacities(CrewCapacities capacities) {
            this.capacities = capacities;
            return this;
        }

        public Builder rates(CrewRates rates) {
            this.rates = rates;
            return this;
        }

        public Builder travel(TravelTimes travel) {
            this.travel = travel;
            return this;
        }

        public Builder facilities(CrewFacilities facilities) {
            this.facilities = facilities;
            return this;
        }

        public Builder homeTerritories(HomeTerritories homeTerritories) {
            this.homeTerritories = homeTerritories;
            return this;
        }

        public Crew build() {
            return new Crew(
                    vehicleId,
                    name,
                    vehicleTypeId,
                    capabilities,
                    skills,
                    depotLocation,
                    shift,
                    capacities,
                    rates,
                    travel,
                    facilities,
                    homeTerritories);
        }
    }
}
