package city.sanitation.dataset.json;

import city.sanitation.dataset.OsmSource;
import city.sanitation.dataset.PlanningHorizon;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.Depot;
import city.sanitation.fleet.Hydrant;
import city.sanitation.fleet.SaltDepot;
import city.sanitation.fleet.TransferStation;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.WashingRequirement;
import city.sanitation.task.WashingWindowRule;
import city.sanitation.territory.Territory;
import city.sanitation.weather.DistrictWeather;
import city.sanitation.weather.HourlyWeather;
import city.sanitation.weather.Snowfall;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What could be read from a dataset file, each value with its place in the file. Elements that could not be read
 * are left out; their ids are kept in {@link #unreadableIds()} so that references to them are not reported again.
 */
public final class ParsedDataset {

    String name;
    Located<PlanningHorizon> horizon;
    Located<OsmSource> osmSource;
    final List<Located<RoadSegment>> segments = new ArrayList<>();
    final List<Located<Territory>> territories = new ArrayList<>();
    final List<Located<Depot>> depots = new ArrayList<>();
    final List<Located<Hydrant>> hydrants = new ArrayList<>();
    final List<Located<TransferStation>> transferStations = new ArrayList<>();
    final List<Located<SaltDepot>> saltDepots = new ArrayList<>();
    final List<Located<BlindSpotReport>> blindSpots = new ArrayList<>();
    final List<Located<FlagshipToilet>> toilets = new ArrayList<>();
    final List<Located<VehicleType>> vehicleTypes = new ArrayList<>();
    final List<Located<Vehicle>> vehicles = new ArrayList<>();
    final List<Located<WashingRequirement>> washingRequirements = new ArrayList<>();
    final List<Located<WashingWindowRule>> washingWindowRules = new ArrayList<>();
    final java.util.Map<String, Integer> constraintWeights = new java.util.LinkedHashMap<>();
    Located<DistrictWeather> weather;
    final List<Located<HourlyWeather>> forecastHours = new ArrayList<>();
    final List<Located<Snowfall>> snowfalls = new ArrayList<>();
    final Set<String> unreadableIds = new HashSet<>();
    final Set<FeatureKind> kindsWithUnreadableFeatures = EnumSet.noneOf(FeatureKind.class);
    boolean complete = true;

    ParsedDataset() {}

    /**
     * A dataset held as objects, as if read from the file the dataset writer makes of it, so that the reader's checks
     * can run on it without the text. The pointers follow the writer's layout.
     */
    public static ParsedDataset of(SanitationDataset dataset) {
        ParsedDataset parsed = new ParsedDataset();
        parsed.name = dataset.name();
        parsed.horizon = new Located<>(dataset.horizon(), "/planning");
        if (dataset.osmSource() != null) {
            parsed.osmSource = new Located<>(dataset.osmSource(), "/roadNetworkSource");
        }
        parsed.constraintWeights.putAll(dataset.constraintWeights());
        if (dataset.weather().isGiven()) {
            parsed.weather = new Located<>(dataset.weather(), "/weather");
            locate(dataset.weather().forecast().hours(), "/weather/forecast/hours/", parsed.forecastHours);
            locate(dataset.weather().snowfalls(), "/weather/snowfalls/", parsed.snowfalls);
        }
        locate(dataset.vehicleTypes(), "/fleet/vehicleTypes/", parsed.vehicleTypes);
        locate(dataset.vehicles(), "/fleet/vehicles/", parsed.vehicles);
        locate(dataset.washingRequirements(), "/washing/requirements/", parsed.washingRequirements);
        locate(dataset.washingWindowRules(), "/washing/windowRules/", parsed.washingWindowRules);
        int feature = 0;
        feature = locateFeatures(dataset.territories(), feature, parsed.territories);
        if (dataset.osmSource() == null) {
            feature = locateFeatures(dataset.roadNetwork().segments(), feature, parsed.segments);
        }
        feature = locateFeatures(dataset.depots(), feature, parsed.depots);
        feature = locateFeatures(dataset.hydrants(), feature, parsed.hydrants);
        feature = locateFeatures(dataset.transferStations(), feature, parsed.transferStations);
        feature = locateFeatures(dataset.blindSpots(), feature, parsed.blindSpots);
        feature = locateFeatures(dataset.toilets(), feature, parsed.toilets);
        locateFeatures(dataset.saltDepots(), feature, parsed.saltDepots);
        return parsed;
    }

    private static <T> void locate(List<T> values, String array, List<Located<T>> into) {
        for (int i = 0; i < values.size(); i++) {
            into.add(new Located<>(values.get(i), array + i));
        }
    }

    private static <T> int locateFeatures(List<T> values, int firstIndex, List<Located<T>> into) {
        int index = firstIndex;
        for (T value : values) {
            into.add(new Located<>(value, "/features/" + index++));
        }
        return index;
    }

    /** Multipliers of the plan rules' default weights, by rule name. */
    public java.util.Map<String, Integer> constraintWeights() {
        return constraintWeights;
    }

    /** The district's forecast and weather rules; null when the dataset has none or they could not be read. */
    public Located<DistrictWeather> weather() {
        return weather;
    }

    /** The snowfalls dispatchers reported, each with its place in the file. */
    public List<Located<Snowfall>> snowfalls() {
        return snowfalls;
    }

    /** The forecast's hours, each with its place in the file. */
    public List<Located<HourlyWeather>> forecastHours() {
        return forecastHours;
    }

    /** The dataset's name, or null when it could not be read. */
    public String name() {
        return name;
    }

    /** The planning horizon, or null when it could not be read. */
    public Located<PlanningHorizon> horizon() {
        return horizon;
    }

    /** Where the road network comes from when it is not inline; null when it is inline. */
    public Located<OsmSource> osmSource() {
        return osmSource;
    }

    public List<Located<RoadSegment>> segments() {
        return segments;
    }

    public List<Located<Territory>> territories() {
        return territories;
    }

    public List<Located<Depot>> depots() {
        return depots;
    }

    public List<Located<Hydrant>> hydrants() {
        return hydrants;
    }

    public List<Located<TransferStation>> transferStations() {
        return transferStations;
    }

    /** Where spreaders reload salt; empty in a dataset without any. */
    public List<Located<SaltDepot>> saltDepots() {
        return saltDepots;
    }

    public List<Located<BlindSpotReport>> blindSpots() {
        return blindSpots;
    }

    public List<Located<FlagshipToilet>> toilets() {
        return toilets;
    }

    public List<Located<VehicleType>> vehicleTypes() {
        return vehicleTypes;
    }

    public List<Located<Vehicle>> vehicles() {
        return vehicles;
    }

    public List<Located<WashingRequirement>> washingRequirements() {
        return washingRequirements;
    }

    public List<Located<WashingWindowRule>> washingWindowRules() {
        return washingWindowRules;
    }

    /** Ids of elements that were left out because they could not be read. */
    public Set<String> unreadableIds() {
        return unreadableIds;
    }

    public boolean hasUnreadable(FeatureKind kind) {
        return kindsWithUnreadableFeatures.contains(kind);
    }

    /** Whether every element of the file could be read. */
    public boolean isComplete() {
        return complete;
    }
}
