package city.sanitation.dataset.json;

import city.sanitation.dataset.OsmSource;
import city.sanitation.dataset.PlanningHorizon;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.weather.DistrictWeather;
import city.sanitation.weather.Forecast;
import city.sanitation.weather.Snowfall;
import city.sanitation.weather.WeatherRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The whole dataset file as a GeoJSON FeatureCollection with foreign members for the planning horizon, the fleet and
 * the washing rules. Reading is tolerant: an element that cannot be read is reported and left out, and reading goes
 * on, so that one pass finds every problem.
 */
public final class DatasetJson {

    private DatasetJson() {}

    public static ObjectNode write(SanitationDataset dataset) {
        JsonNodeFactory factory = JsonNodeFactory.instance;
        ObjectNode root = factory.objectNode();
        root.put("type", "FeatureCollection");
        root.put("formatVersion", dataset.formatVersion());
        root.put("name", dataset.name());
        root.set("planning", write(dataset.horizon()));
        if (dataset.osmSource() != null) {
            root.set("roadNetworkSource", write(dataset.osmSource()));
        }
        if (!dataset.constraintWeights().isEmpty()) {
            ObjectNode weights = root.putObject("constraintWeights");
            dataset.constraintWeights().forEach(weights::put);
        }
        ObjectNode fleet = root.putObject("fleet");
        ArrayNode vehicleTypes = fleet.putArray("vehicleTypes");
        dataset.vehicleTypes().forEach(type -> vehicleTypes.add(FleetJson.write(type)));
        ArrayNode vehicles = fleet.putArray("vehicles");
        dataset.vehicles().forEach(vehicle -> vehicles.add(FleetJson.write(vehicle)));
        ObjectNode washing = root.putObject("washing");
        ArrayNode requirements = washing.putArray("requirements");
        dataset.washingRequirements().forEach(requirement -> requirements.add(WashingJson.write(requirement)));
        ArrayNode windowRules = washing.putArray("windowRules");
        dataset.washingWindowRules().forEach(rule -> windowRules.add(WashingJson.write(rule)));
        if (dataset.weather().isGiven()) {
            root.set("weather", WeatherJson.write(dataset.weather()));
        }
        ArrayNode features = root.putArray("features");
        dataset.territories().forEach(territory -> features.add(FeatureJson.write(territory)));
        if (dataset.osmSource() == null) {
            dataset.roadNetwork().segments().forEach(segment -> features.add(FeatureJson.write(segment)));
        }
        dataset.depots().forEach(depot -> features.add(FeatureJson.write(depot)));
        dataset.hydrants().forEach(hydrant -> features.add(FeatureJson.write(hydrant)));
        dataset.transferStations().forEach(station -> features.add(FeatureJson.write(station)));
        dataset.blindSpots().forEach(report -> features.add(FeatureJson.write(report)));
        dataset.toilets().forEach(toilet -> features.add(FeatureJson.write(toilet)));
        dataset.saltDepots().forEach(depot -> features.add(FeatureJson.write(depot)));
        return root;
    }

    private static ObjectNode write(PlanningHorizon horizon) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("day", horizon.planningDay().toString());
        json.put("timeZone", horizon.timeZone().getId());
        json.put("horizonStart", horizon.start().toString());
        json.put("horizonEnd", horizon.end().toString());
        return json;
    }

    private static ObjectNode write(OsmSource source) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("osmFile", source.osmFile());
        if (source.boundary() != null) {
            json.set("boundary", GeoJson.write(source.boundary()));
        }
        return json;
    }

    /**
     * Reads every element that can be read; each one that cannot is passed to {@code unreadable} with the pointer
     * of the element and the problem found in it.
     */
    public static ParsedDataset read(JsonNode rootNode, BiConsumer<String, MappingProblem> unreadable) {
        ParsedDataset parsed = new ParsedDataset();
        TrackedNode root = TrackedNode.root(rootNode);
        BiConsumer<String, MappingProblem> reporting = (pointer, problem) -> {
            parsed.complete = false;
            unreadable.accept(pointer, problem);
        };
        guarded(root.field("name"), reporting, name -> parsed.name = name.text());
        guarded(root.field("planning"), reporting, planning -> parsed.horizon = readHorizon(planning));
        TrackedNode source = root.field("roadNetworkSource");
        if (source.isPresent()) {
            guarded(source, reporting, json -> parsed.osmSource = new Located<>(readOsmSource(json), json.pointer()));
        }
        TrackedNode weights = root.field("constraintWeights");
        if (weights.isPresent()) {
            guarded(weights, reporting, json -> {
                json.requireObject();
                json.node().fieldNames().forEachRemaining(name -> {
                    TrackedNode weight = json.field(name);
                    guarded(weight, reporting, value -> {
                        int multiplier = value.integer();
                        if (multiplier < 0) {
                            throw new MappingProblem(
                                    value.pointer(),
                                    "The weight (" + multiplier + ") of the rule (" + name + ") must not be negative."
                                            + "\nMaybe use 0 to switch the rule off.");
                        }
                        parsed.constraintWeights.put(name, multiplier);
                    });
                });
            });
        }
        TrackedNode fleet = root.field("fleet");
        readList(fleet.field("vehicleTypes"), FleetJson::readVehicleType, parsed.vehicleTypes, parsed, reporting);
        readList(fleet.field("vehicles"), FleetJson::readVehicle, parsed.vehicles, parsed, reporting);
        TrackedNode washing = root.field("washing");
        readList(
                washing.field("requirements"),
                WashingJson::readRequirement,
                parsed.washingRequirements,
                parsed,
                reporting);
        readList(
                washing.field("windowRules"),
                WashingJson::readWindowRule,
                parsed.washingWindowRules,
                parsed,
                reporting);
        TrackedNode weather = root.field("weather");
        if (weather.isPresent()) {
            guarded(weather, reporting, json -> readWeather(json, parsed, reporting));
        }
        guarded(root.field("features"), reporting, features -> {
            for (TrackedNode feature : features.elements()) {
                readFeature(feature, parsed, reporting);
            }
        });
        return parsed;
    }

    private static void readWeather(
            TrackedNode json, ParsedDataset parsed, BiConsumer<String, MappingProblem> unreadable) {
        json.requireObject();
        WeatherRules rules = WeatherRules.DEFAULTS;
        try {
            rules = WeatherJson.readRules(json.field("rules"));
        } catch (MappingProblem problem) {
            unreadable.accept(json.field("rules").pointer(), problem);
        }
        Forecast forecast = Forecast.NONE;
        TrackedNode forecastNode = json.field("forecast");
        if (forecastNode.isPresent()) {
            WeatherJson.ReadForecast read = WeatherJson.readForecast(forecastNode, unreadable);
            forecast = read.forecast();
            parsed.forecastHours.addAll(read.hours());
        }
        List<Snowfall> snowfalls = new ArrayList<>();
        for (TrackedNode snowfall : json.field("snowfalls").elements()) {
            try {
                Snowfall read = WeatherJson.readSnowfall(snowfall);
                snowfalls.add(read);
                parsed.snowfalls.add(new Located<>(read, snowfall.pointer()));
            } catch (MappingProblem problem) {
                unreadable.accept(snowfall.pointer(), problem);
            }
        }
        parsed.weather = new Located<>(new DistrictWeather(forecast, rules, snowfalls), json.pointer());
    }

    private static Located<PlanningHorizon> readHorizon(TrackedNode planning) {
        planning.requireObject();
        PlanningHorizon horizon = new PlanningHorizon(
                planning.field("day").localDate(),
                planning.field("timeZone").zoneId(),
                planning.field("horizonStart").localDateTime(),
                planning.field("horizonEnd").localDateTime());
        return new Located<>(horizon, planning.pointer());
    }

    private static OsmSource readOsmSource(TrackedNode source) {
        source.requireObject();
        TrackedNode boundary = source.field("boundary");
        return new OsmSource(
                source.field("osmFile").text(), boundary.isPresent() ? GeoJson.readPolygon(boundary) : null);
    }

    private static void readFeature(
            TrackedNode feature, ParsedDataset parsed, BiConsumer<String, MappingProblem> unreadable) {
        FeatureKind kind = null;
        try {
            kind = FeatureJson.kindOf(feature);
            switch (kind) {
                case SEGMENT -> add(parsed.segments, FeatureJson.readSegment(feature), feature);
                case SUBDISTRICT, GRID -> add(parsed.territories, FeatureJson.readTerritory(feature, kind), feature);
                case DEPOT -> add(parsed.depots, FeatureJson.readDepot(feature), feature);
                case HYDRANT -> add(parsed.hydrants, FeatureJson.readHydrant(feature), feature);
                case TRANSFER_STATION ->
                    add(parsed.transferStations, FeatureJson.readTransferStation(feature), feature);
                case BLIND_SPOT -> add(parsed.blindSpots, FeatureJson.readBlindSpot(feature), feature);
                case TOILET -> add(parsed.toilets, FeatureJson.readToilet(feature), feature);
                case SALT_DEPOT -> add(parsed.saltDepots, FeatureJson.readSaltDepot(feature), feature);
            }
        } catch (MappingProblem problem) {
            featureUnreadable(feature, kind, problem, parsed, unreadable);
        } catch (IllegalArgumentException e) {
            featureUnreadable(feature, kind, new MappingProblem(feature.pointer(), e.getMessage()), parsed, unreadable);
        }
    }

    private static void featureUnreadable(
            TrackedNode feature,
            FeatureKind kind,
            MappingProblem problem,
            ParsedDataset parsed,
            BiConsumer<String, MappingProblem> unreadable) {
        markUnreadable(feature.node().path("properties"), parsed);
        // A feature of unknown kind might have been a segment, so the network can no longer be trusted either.
        parsed.kindsWithUnreadableFeatures.add(kind == null ? FeatureKind.SEGMENT : kind);
        unreadable.accept(feature.pointer(), problem);
    }

    private static <T> void add(List<Located<T>> list, T value, TrackedNode element) {
        list.add(new Located<>(value, element.pointer()));
    }

    private static <T> void readList(
            TrackedNode array,
            Function<TrackedNode, T> reader,
            List<Located<T>> into,
            ParsedDataset parsed,
            BiConsumer<String, MappingProblem> unreadable) {
        guarded(array, unreadable, elements -> {
            for (TrackedNode element : elements.elements()) {
                try {
                    into.add(new Located<>(reader.apply(element), element.pointer()));
                } catch (MappingProblem problem) {
                    markUnreadable(element.node(), parsed);
                    unreadable.accept(element.pointer(), problem);
                } catch (IllegalArgumentException e) {
                    markUnreadable(element.node(), parsed);
                    unreadable.accept(element.pointer(), new MappingProblem(element.pointer(), e.getMessage()));
                }
            }
        });
    }

    private static void markUnreadable(JsonNode element, ParsedDataset parsed) {
        JsonNode id = element.path("id");
        if (id.isTextual()) {
            parsed.unreadableIds.add(id.textValue());
        }
    }

    private static void guarded(
            TrackedNode node, BiConsumer<String, MappingProblem> unreadable, Consumer<TrackedNode> reader) {
        try {
            reader.accept(node);
        } catch (MappingProblem problem) {
            unreadable.accept(node.pointer(), problem);
        }
    }
}
