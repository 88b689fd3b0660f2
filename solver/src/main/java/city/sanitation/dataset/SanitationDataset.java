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

    /** A dataset without salt depots. */
    public SanitationDataset(
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
            DistrictWeather weather) {
        this(
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
                List.of());
    }

    /** A dataset that knows no weather: no forecast, the default weather rules. */
    public SanitationDataset(
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
            Map<String, Integer> constraintWeights) {
        this(
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
                DistrictWeather.NONE);
    }

    /** The same dataset under another forecast and weather rules. */
    public SanitationDataset withWeather(DistrictWeather newWeather) {
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
                newWeather,
                saltDepots);
    }

    /** The same dataset with other vehicle types (a winter kit: sweepers with their dust hoppers). */
    public SanitationDataset withVehicleTypes(List<VehicleType> newTypes) {
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
                newTypes,
                vehicles,
                washingRequirements,
                washingWindowRules,
                blindSpots,
                toilets,
                constraintWeights,
                weather,
                saltDepots);
    }

    /** The same dataset with other vehicles (a snow night's call-out shifts). */
    public SanitationDataset withVehicles(List<Vehicle> newVehicles) {
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
                newVehicles,
                washingRequirements,
                washingWindowRules,
                blindSpots,
                toilets,
                constraintWeights,
                weather,
                saltDepots);
    }

    /** The same dataset with other salt depots (a winter's stores of de-icer). */
    public SanitationDataset withSaltDepots(List<SaltDepot> newSaltDepots) {
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
                newSaltDepots);
    }

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
}
