package city.sanitation.dataset.json;

import city.sanitation.road.RoadClass;
import city.sanitation.weather.AlertKind;
import city.sanitation.weather.AlertLevel;
import city.sanitation.weather.DistrictWeather;
import city.sanitation.weather.Forecast;
import city.sanitation.weather.HourlyWeather;
import city.sanitation.weather.Precipitation;
import city.sanitation.weather.PrecipitationKind;
import city.sanitation.weather.SnowRules;
import city.sanitation.weather.Snowfall;
import city.sanitation.weather.WeatherAlert;
import city.sanitation.weather.WeatherRules;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The {@code weather} member of a dataset: the district's hourly forecast and its weather rules. Rain is written in
 * millimetres ({@code amountMm}), snow in centimetres of depth ({@code depthCm}), so that a value's unit is never
 * guessed.
 */
public final class WeatherJson {

    private WeatherJson() {}

    /** The forecast read so far, each hour with its place in the file. */
    public record ReadForecast(Forecast forecast, List<Located<HourlyWeather>> hours) {}

    public static ObjectNode write(DistrictWeather weather) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        if (!weather.rules().equals(WeatherRules.DEFAULTS)) {
            json.set("rules", write(weather.rules()));
        }
        json.set("forecast", write(weather.forecast()));
        if (!weather.snowfalls().isEmpty()) {
            ArrayNode snowfalls = json.putArray("snowfalls");
            weather.snowfalls().forEach(snowfall -> snowfalls.add(write(snowfall)));
        }
        return json;
    }

    public static ObjectNode write(Forecast forecast) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("source", forecast.source());
        if (forecast.issuedAt() != null) {
            json.put("issuedAt", forecast.issuedAt().toString());
        }
        ArrayNode hours = json.putArray("hours");
        forecast.hours().forEach(hour -> hours.add(write(hour)));
        return json;
    }

    private static ObjectNode write(HourlyWeather hour) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("hour", hour.hour().toString());
        json.put("temperatureC", hour.temperatureC());
        json.put("windKmh", hour.windKmh());
        if (hour.precipitation() != null) {
            ObjectNode precipitation = json.putObject("precipitation");
            precipitation.put("kind", JsonEnums.jsonName(hour.precipitation().kind()));
            precipitation.put(
                    hour.precipitation().kind() == PrecipitationKind.RAIN ? "amountMm" : "depthCm",
                    hour.precipitation().amount());
        }
        if (hour.alert() != null) {
            json.putObject("alert")
                    .put("kind", JsonEnums.jsonName(hour.alert().kind()))
                    .put("level", JsonEnums.jsonName(hour.alert().level()));
        }
        return json;
    }

    private static ObjectNode write(WeatherRules rules) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("washingMinTemperatureC", rules.washingMinTemperatureC());
        json.put("rainStopsWashingMm", rules.rainStopsWashingMm());
        ObjectNode sprinkling = json.putObject("alertSprinkling");
        sprinkling.put("minLevel", JsonEnums.jsonName(rules.alertSprinklingLevel()));
        ArrayNode classes = sprinkling.putArray("roadClasses");
        new TreeSet<>(rules.alertSprinklingRoadClasses()).forEach(roadClass -> classes.add(roadClass.jsonName()));
        sprinkling.put("extraPasses", rules.alertSprinklingPasses());
        json.put("sweptDustM3PerKm", rules.sweptDustM3PerKm());
        if (!rules.snow().equals(SnowRules.DEFAULTS)) {
            json.set("snow", write(rules.snow()));
        }
        return json;
    }

    private static ObjectNode write(SnowRules snow) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("minDepthCm", snow.minDepthCm());
        ObjectNode hours = json.putObject("clearWithinHours");
        new TreeSet<>(snow.clearWithinHours().keySet())
                .forEach(roadClass ->
                        hours.put(roadClass.jsonName(), snow.clearWithinHours().get(roadClass)));
        ArrayNode classes = json.putArray("deIceRoadClasses");
        new TreeSet<>(snow.deIceRoadClasses()).forEach(roadClass -> classes.add(roadClass.jsonName()));
        json.put("saltKgPerKm", snow.saltKgPerLaneKm());
        return json;
    }

    private static ObjectNode write(Snowfall snowfall) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("start", snowfall.start().toString());
        json.put("end", snowfall.end().toString());
        json.put("depthCm", snowfall.depthCm());
        if (!snowfall.reportedBy().isEmpty()) {
            json.put("reportedBy", snowfall.reportedBy());
        }
        return json;
    }

    /** A snowfall a dispatcher reported, as written in {@code weather.snowfalls[]}. */
    public static Snowfall readSnowfall(TrackedNode json) {
        json.requireObject();
        return new Snowfall(
                json.field("start").localDateTime(),
                json.field("end").localDateTime(),
                json.field("depthCm").number(),
                json.field("reportedBy").textOr(""));
    }

    /** The snow rules of {@code weather.rules.snow}; defaults for what it leaves out. */
    private static SnowRules readSnowRules(TrackedNode json) {
        if (!json.isPresent()) {
            return SnowRules.DEFAULTS;
        }
        json.requireObject();
        SnowRules defaults = SnowRules.DEFAULTS;
        Map<RoadClass, Integer> hours = defaults.clearWithinHours();
        TrackedNode hoursNode = json.field("clearWithinHours");
        if (hoursNode.isPresent()) {
            hoursNode.requireObject();
            hours = new EnumMap<>(RoadClass.class);
            for (Iterator<String> names = hoursNode.node().fieldNames(); names.hasNext(); ) {
                String name = names.next();
                TrackedNode value = hoursNode.field(name);
                RoadClass roadClass = JsonEnums.parseOrNull(RoadClass.class, name);
                if (roadClass == null) {
                    throw new MappingProblem(
                            value.pointer(),
                            "The road class (" + name + ") is not one of "
                                    + String.join(", ", JsonEnums.jsonNames(RoadClass.class)) + ".");
                }
                hours.put(roadClass, value.integer());
            }
        }
        TrackedNode classNode = json.field("deIceRoadClasses");
        return new SnowRules(
                numberOr(json.field("minDepthCm"), defaults.minDepthCm()),
                hours,
                classNode.isPresent() ? classNode.enumSet(RoadClass.class) : defaults.deIceRoadClasses(),
                numberOr(json.field("saltKgPerKm"), defaults.saltKgPerLaneKm()));
    }

    /** The rules of a {@code weather} member; defaults for what it leaves out. */
    public static WeatherRules readRules(TrackedNode json) {
        if (!json.isPresent()) {
            return WeatherRules.DEFAULTS;
        }
        json.requireObject();
        WeatherRules defaults = WeatherRules.DEFAULTS;
        TrackedNode sprinkling = json.field("alertSprinkling");
        AlertLevel level = defaults.alertSprinklingLevel();
        Set<RoadClass> classes = defaults.alertSprinklingRoadClasses();
        int passes = defaults.alertSprinklingPasses();
        if (sprinkling.isPresent()) {
            sprinkling.requireObject();
            TrackedNode levelNode = sprinkling.field("minLevel");
            level = levelNode.isPresent() ? levelNode.enumValue(AlertLevel.class) : level;
            TrackedNode classNode = sprinkling.field("roadClasses");
            classes = classNode.isPresent() ? classNode.enumSet(RoadClass.class) : classes;
            passes = sprinkling.field("extraPasses").integerOr(passes);
        }
        return new WeatherRules(
                numberOr(json.field("washingMinTemperatureC"), defaults.washingMinTemperatureC()),
                numberOr(json.field("rainStopsWashingMm"), defaults.rainStopsWashingMm()),
                level,
                classes,
                passes,
                numberOr(json.field("sweptDustM3PerKm"), defaults.sweptDustM3PerKm()),
                readSnowRules(json.field("snow")));
    }

    /**
     * The forecast of a {@code weather} member or of a forecast document: every hour that can be read; each one that
     * cannot is passed to {@code unreadable} and left out.
     */
    public static ReadForecast readForecast(TrackedNode json, BiConsumer<String, MappingProblem> unreadable) {
        json.requireObject();
        TrackedNode issued = json.field("issuedAt");
        LocalDateTime issuedAt = null;
        if (issued.isPresent()) {
            try {
                issuedAt = issued.localDateTime();
            } catch (MappingProblem problem) {
                unreadable.accept(issued.pointer(), problem);
            }
        }
        List<Located<HourlyWeather>> hours = new ArrayList<>();
        for (TrackedNode hour : json.field("hours").elements()) {
            try {
                hours.add(new Located<>(readHour(hour), hour.pointer()));
            } catch (MappingProblem problem) {
                unreadable.accept(hour.pointer(), problem);
            }
        }
        Forecast forecast = new Forecast(
                json.field("source").textOr(""),
                issuedAt,
                hours.stream().map(Located::value).toList());
        return new ReadForecast(forecast, hours);
    }

    private static HourlyWeather readHour(TrackedNode json) {
        json.requireObject();
        TrackedNode precipitation = json.field("precipitation");
        TrackedNode alert = json.field("alert");
        return new HourlyWeather(
                json.field("hour").localDateTime(),
                json.field("temperatureC").number(),
                json.field("windKmh").number(),
                precipitation.isPresent() ? readPrecipitation(precipitation) : null,
                alert.isPresent() ? readAlert(alert) : null);
    }

    private static Precipitation readPrecipitation(TrackedNode json) {
        json.requireObject();
        PrecipitationKind kind = json.field("kind").enumValue(PrecipitationKind.class);
        TrackedNode millimetres = json.field("amountMm");
        TrackedNode centimetres = json.field("depthCm");
        if (kind == PrecipitationKind.RAIN) {
            if (centimetres.isPresent()) {
                throw new MappingProblem(
                        centimetres.pointer(),
                        "Rain is measured in millimetres, not in centimetres of depth (depthCm).\n"
                                + "Maybe write it as amountMm, or the kind is snow.");
            }
            return Precipitation.rainMm(millimetres.number());
        }
        if (millimetres.isPresent()) {
            throw new MappingProblem(
                    millimetres.pointer(),
                    "Snow is measured in centimetres of fresh depth, not in millimetres (amountMm).\n"
                            + "Maybe write it as depthCm (1 mm of water is about 1 cm of fresh snow).");
        }
        return Precipitation.snowCm(centimetres.number());
    }

    private static WeatherAlert readAlert(TrackedNode json) {
        json.requireObject();
        return new WeatherAlert(
                json.field("kind").enumValue(AlertKind.class),
                json.field("level").enumValue(AlertLevel.class));
    }

    private static double numberOr(TrackedNode node, double absent) {
        return node.isPresent() ? node.number() : absent;
    }
}
