package city.sanitation.dataset;

import city.sanitation.fleet.Depot;
import city.sanitation.fleet.Hydrant;
import city.sanitation.fleet.SaltDepot;
import city.sanitation.fleet.TransferStation;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import city.sanitation.road.RoadNetwork;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.WashingRequirement;
import city.sanitation.task.WashingWindowRule;
import city.sanitation.territory.Territory;
import city.sanitation.weather.DistrictWeather;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One planning problem of a district as stored in a dataset file: its streets, territories, facilities, fleet and
 * work. It is plain data; the solver builds its planning model from it.
 *
 * @param osmSource where the road network was read from, or null when it is stored inline
 * @param constraintWeights multipliers of the plan rules' default weights, by rule name; rules not named keep theirs
 * @param weather the district's forecast and weather rules; {@link DistrictWeather#NONE} when no forecast is known
 * @param saltDepots where spreaders reload salt or de-icer; empty in a district that has none (or no winter)
 */
public record SanitationDataset(
        String formatVersion,
        String name,
        PlanningHorizon horizon,
        RoadNetwork roadNetwork,
        OsmSource osmSource,
        List<Territory> territories,
        List<Depot> depots,
        List<Hydrant> hydrants,
        List<TransferStation> transferStations,
        List<VehicleType> vehicleTypes,
        List<Vehicle> vehicles,
        List<WashingRequirement> washingRequirements,
        List<WashingWindowRule> washingWindowRules,
        List<BlindSpotReport> blindSpots,
        List<FlagshipToilet> toilets,
        Map<String, Integer> constraintWeights,
        DistrictWeather weather,
        List<SaltDepot> saltDepots) {

    public static final String CURRENT_FORMAT_VERSION = "1.0";

    public SanitationDataset {
        territories = List.copyOf(territories);
        depots = List.copyOf(depots);
        hydrants = List.copyOf(hydrants);
        transferStations = List.copyOf(transferStations);
        vehicleTypes = List.copyOf(vehicleTypes);
        vehicles = List.copyOf(vehicles);
        washingRequirements = List.copyOf(washingRequirements);
        washingWindowRules = List.copyOf(washingWindowRules);
        blindSpots = List.copyOf(blindSpots);
        toilets = List.copyOf(toilets);
        constraintWeights =
                constraintWeights == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(constraintWeights));
        weather = weather == null ? DistrictWeather.NONE : weather;
        saltDepots = saltDepots == null ? List.of() : List.copyOf(saltDepots);
    }

    /** A dataset of the current format with nothing in it yet; every list empty, no weather. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this dataset, so that a copy with one component changed keeps all the others. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a dataset through its canonical constructor, whose checks and copies still apply. */
    public static final class Builder {
        private String formatVersion = CURRENT_FORMAT_VERSION;
        private String name;
        private PlanningHorizon horizon;
        private RoadNetwork roadNetwork;
        private OsmSource osmSource;
        private List<Territory> territories = List.of();
        private List<Depot> depots = List.of();
        private List<Hydrant> hydrants = List.of();
        private List<TransferStation> transferStations = List.of();
        private List<VehicleType> vehicleTypes = List.of();
        private List<Vehicle> vehicles = List.of();
        private List<WashingRequirement> washingRequirements = List.of();
        private List<WashingWindowRule> washingWindowRules = List.of();
        private List<BlindSpotReport> blindSpots = List.of();
        private List<FlagshipToilet> toilets = List.of();
        private Map<String, Integer> constraintWeights = Map.of();
        private DistrictWeather weather = DistrictWeather.NONE;
        private List<SaltDepot> saltDepots = List.of();

        private Builder() {}

        private Builder(SanitationDataset dataset) {
            this.formatVersion = dataset.formatVersion;
            this.name = dataset.name;
            this.horizon = dataset.horizon;
            this.roadNetwork = dataset.roadNetwork;
            this.osmSource = dataset.osmSource;
            this.territories = dataset.territories;
            this.depots = dataset.depots;
            this.hydrants = dataset.hydrants;
            this.transferStations = dataset.transferStations;
            this.vehicleTypes = dataset.vehicleTypes;
            this.vehicles = dataset.vehicles;
            this.washingRequirements = dataset.washingRequirements;
            this.washingWindowRules = dataset.washingWindowRules;
            this.blindSpots = dataset.blindSpots;
            this.toilets = dataset.toilets;
            this.constraintWeights = dataset.constraintWeights;
            this.weather = dataset.weather;
            this.saltDepots = dataset.saltDepots;
        }

        public Builder formatVersion(String formatVersion) {
            this.formatVersion = formatVersion;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder horizon(PlanningHorizon horizon) {
            this.horizon = horizon;
            return this;
        }

        public Builder roadNetwork(RoadNetwork roadNetwork) {
            this.roadNetwork = roadNetwork;
            return this;
        }

        public Builder osmSource(OsmSource osmSource) {
            this.osmSource = osmSource;
            return this;
        }

        public Builder territories(List<Territory> territories) {
            this.territories = territories;
            return this;
        }

        public Builder depots(List<Depot> depots) {
            this.depots = depots;
            return this;
        }

        public Builder hydrants(List<Hydrant> hydrants) {
            this.hydrants = hydrants;
            return this;
        }

        public Builder transferStations(List<TransferStation> transferStations) {
            this.transferStations = transferStations;
            return this;
        }

        public Builder vehicleTypes(List<VehicleType> vehicleTypes) {
            this.vehicleTypes = vehicleTypes;
            return this;
        }

        public Builder vehicles(List<Vehicle> vehicles) {
            this.vehicles = vehicles;
            return this;
        }

        public Builder washingRequirements(List<WashingRequirement> washingRequirements) {
            this.washingRequirements = washingRequirements;
            return this;
        }

        public Builder washingWindowRules(List<WashingWindowRule> washingWindowRules) {
            this.washingWindowRules = washingWindowRules;
            return this;
        }

        public Builder blindSpots(List<BlindSpotReport> blindSpots) {
            this.blindSpots = blindSpots;
            return this;
        }

        public Builder toilets(List<FlagshipToilet> toilets) {
            this.toilets = toilets;
            return this;
        }

        public Builder constraintWeights(Map<String, Integer> constraintWeights) {
            this.constraintWeights = constraintWeights;
            return this;
        }

        public Builder weather(DistrictWeather weather) {
            this.weather = weather;
            return this;
        }

        public Builder saltDepots(List<SaltDepot> saltDepots) {
            this.saltDepots = saltDepots;
            return this;
        }

        public SanitationDataset build() {
            return new SanitationDataset(
                    formatVersion,
                    name,
                    horizon,
                    roadNetwork,
                    osmSource,
                    territories,
                    depots,
                    hydrants,
                    transferStations,
                    vehicleTypes,
                    vehicles,
                    washingRequirements,
                    washingWindowRules,
                    blindSpots,
                    toilets,
                    constraintWeights,
                    weather,
                    saltDepots);
        }
    }
}
