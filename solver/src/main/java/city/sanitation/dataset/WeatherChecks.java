package city.sanitation.dataset;

import city.sanitation.dataset.json.Located;
import city.sanitation.dataset.json.ParsedDataset;
import city.sanitation.weather.HourlyWeather;
import city.sanitation.weather.PrecipitationKind;
import city.sanitation.weather.SnowRules;
import city.sanitation.weather.Snowfall;
import city.sanitation.weather.WeatherRules;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A forecast the plan can trust: hour after hour with no gap (the plan must know every hour of the night whether water
 * may go on the street), covering the planning horizon, with values in sane ranges and units; and weather rules that
 * make sense.
 */
public final class WeatherChecks {

    static final double COLDEST_C = -60;
    static final double HOTTEST_C = 60;
    static final double MAX_WIND_KMH = 250;
    static final double MAX_RAIN_MM_PER_HOUR = 300;
    static final double MAX_SNOW_CM_PER_HOUR = 100;
    static final int MAX_EXTRA_PASSES = 4;
    static final double MIN_SNOWFALL_CM = 0.1;
    static final double MAX_SNOWFALL_CM = 200;
    static final int MAX_CLEAR_WITHIN_HOURS = 7 * 24;
    static final double MAX_SALT_KG_PER_KM = 1000;

    private final ProblemCollector problems;

    private WeatherChecks(ProblemCollector problems) {
        this.problems = problems;
    }

    static void check(ParsedDataset parsed, ProblemCollector problems) {
        if (parsed.weather() == null) {
            return;
        }
        WeatherChecks checks = new WeatherChecks(problems);
        checks.rules(parsed.weather().value().rules(), parsed.weather().at("/rules"));
        checks.snowRules(
                parsed.weather().value().rules().snow(), parsed.weather().at("/rules/snow"));
        parsed.snowfalls().forEach(checks::snowfall);
        List<Located<HourlyWeather>> hours = parsed.forecastHours();
        checkHours(hours, problems);
        if (parsed.horizon() != null && !hours.isEmpty() && parsed.isComplete()) {
            checks.coverage(hours, parsed.horizon().value(), parsed.weather().at("/forecast/hours"));
        }
    }

    /** Each hour's values and their sequence, without a horizon to cover: a forecast read on its own. */
    static void checkHours(List<Located<HourlyWeather>> hours, ProblemCollector problems) {
        WeatherChecks checks = new WeatherChecks(problems);
        hours.forEach(checks::hour);
        checks.sequence(hours);
    }

    private void rules(WeatherRules rules, String pointer) {
        if (rules.washingMinTemperatureC() < -30 || rules.washingMinTemperatureC() > 30) {
            problems.add(
                    pointer + "/washingMinTemperatureC",
                    "The washing temperature (" + ValueChecks.format(rules.washingMinTemperatureC())
                            + " °C) must be between -30 and 30 °C.\nMaybe it is in Fahrenheit; the usual rule is 3 °C.");
        }
        if (!(rules.rainStopsWashingMm() > 0) || rules.rainStopsWashingMm() > 100) {
            problems.add(
                    pointer + "/rainStopsWashingMm",
                    "The rain that stops washing (" + ValueChecks.format(rules.rainStopsWashingMm())
                            + " mm per hour) must be more than 0 and at most 100 mm.\n"
                            + "Maybe 0.5: a drizzle already wets the street.");
        }
        if (rules.alertSprinklingPasses() < 0 || rules.alertSprinklingPasses() > MAX_EXTRA_PASSES) {
            problems.add(
                    pointer + "/alertSprinkling/extraPasses",
                    "The extra sprinkling passes (" + rules.alertSprinklingPasses() + ") on an alert day must be from 0"
                            + " to " + MAX_EXTRA_PASSES + ".\nMaybe 0 to switch alert sprinkling off.");
        }
        if (!(rules.sweptDustM3PerKm() >= 0) || rules.sweptDustM3PerKm() > 5) {
            problems.add(
                    pointer + "/sweptDustM3PerKm",
                    "The dust swept per km (" + ValueChecks.format(rules.sweptDustM3PerKm())
                            + " m3) must be from 0 to 5 m3.\nMaybe 0.15, a winter street's grit and litter.");
        }
    }

    private void snowRules(SnowRules snow, String pointer) {
        if (!(snow.minDepthCm() >= 0) || snow.minDepthCm() > MAX_SNOWFALL_CM) {
            problems.add(
                    pointer + "/minDepthCm",
                    "The least snow depth that calls for clearing (" + ValueChecks.format(snow.minDepthCm())
                            + " cm) must be from 0 to " + (int) MAX_SNOWFALL_CM
                            + " cm.\nMaybe 1 cm, the usual threshold.");
        }
        snow.clearWithinHours().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    if (entry.getValue() < 1 || entry.getValue() > MAX_CLEAR_WITHIN_HOURS) {
                        problems.add(
                                pointer + "/clearWithinHours/" + entry.getKey().jsonName(),
                                "The hours to clear " + entry.getKey().jsonName() + " streets after the snow stops ("
                                        + entry.getValue() + ") must be from 1 to " + MAX_CLEAR_WITHIN_HOURS
                                        + ".\nMaybe leave the class out to give its streets no snow work.");
                    }
                });
        new TreeSet<>(snow.deIceRoadClasses())
                .stream()
                        .filter(roadClass -> !snow.clears(roadClass))
                        .forEach(roadClass -> problems.add(
                                pointer + "/deIceRoadClasses",
                                "The de-iced road class (" + roadClass.jsonName() + ") has no hours to clear it in.\n"
                                        + "Maybe add it to clearWithinHours, or leave it out of deIceRoadClasses."));
        if (!(snow.saltKgPerLaneKm() > 0) || snow.saltKgPerLaneKm() > MAX_SALT_KG_PER_KM) {
            problems.add(
                    pointer + "/saltKgPerKm",
                    "The salt spread per lane-km (" + ValueChecks.format(snow.saltKgPerLaneKm())
                            + " kg) must be more than 0 and at most " + (int) MAX_SALT_KG_PER_KM
                            + " kg.\nMaybe it is per km of both directions; the default is "
                            + (int) SnowRules.DEFAULT_SALT_KG_PER_LANE_KM + " kg per lane-km.");
        }
    }

    private void snowfall(Located<Snowfall> located) {
        Snowfall snowfall = located.value();
        if (!snowfall.end().isAfter(snowfall.start())) {
            problems.add(
                    located.at("/end"),
                    "The snowfall's end (" + snowfall.end() + ") must come after its start (" + snowfall.start()
                            + ").\nMaybe the two are swapped, or the end is on the next day.");
        }
        if (!(snowfall.depthCm() >= MIN_SNOWFALL_CM && snowfall.depthCm() <= MAX_SNOWFALL_CM)) {
            problems.add(
                    located.at("/depthCm"),
                    "The snowfall's depth (" + ValueChecks.format(snowfall.depthCm()) + " cm) from ("
                            + snowfall.start() + ") must be from " + MIN_SNOWFALL_CM + " to " + (int) MAX_SNOWFALL_CM
                            + " cm.\nMaybe it is in millimetres or metres; give the fresh snow's depth in cm.");
        }
    }

    private void hour(Located<HourlyWeather> located) {
        HourlyWeather hour = located.value();
        if (!isFullHour(hour.hour())) {
            problems.add(
                    located.at("/hour"),
                    "The forecast hour (" + hour.hour() + ") must start on the full hour.\nMaybe "
                            + hour.hour().truncatedTo(ChronoUnit.HOURS) + ".");
        }
        if (!(hour.temperatureC() >= COLDEST_C && hour.temperatureC() <= HOTTEST_C)) {
            problems.add(
                    located.at("/temperatureC"),
                    "The temperature (" + ValueChecks.format(hour.temperatureC()) + " °C) at (" + hour.hour()
                            + ") must be between " + (int) COLDEST_C + " and " + (int) HOTTEST_C
                            + " °C.\nMaybe it is in Fahrenheit or Kelvin.");
        }
        if (!(hour.windKmh() >= 0 && hour.windKmh() <= MAX_WIND_KMH)) {
            problems.add(
                    located.at("/windKmh"),
                    "The wind (" + ValueChecks.format(hour.windKmh()) + " km/h) at (" + hour.hour()
                            + ") must be from 0 to " + (int) MAX_WIND_KMH + " km/h.\nMaybe it is in m/s: 1 m/s is"
                            + " 3.6 km/h.");
        }
        if (hour.precipitation() != null) {
            boolean rain = hour.precipitation().kind() == PrecipitationKind.RAIN;
            double most = rain ? MAX_RAIN_MM_PER_HOUR : MAX_SNOW_CM_PER_HOUR;
            double amount = hour.precipitation().amount();
            if (!(amount >= 0 && amount <= most)) {
                problems.add(
                        located.at(rain ? "/precipitation/amountMm" : "/precipitation/depthCm"),
                        (rain
                                        ? "The rain (" + ValueChecks.format(amount) + " mm"
                                        : "The snow (" + ValueChecks.format(amount) + " cm")
                                + ") in the hour from (" + hour.hour() + ") must be from 0 to " + (int) most
                                + (rain
                                        ? " mm.\nMaybe it is the day's total; give each hour its own."
                                        : " cm.\n"
                                                + "Maybe it is the snow on the ground; give the fresh depth of each hour."));
            }
        }
    }

    private void sequence(List<Located<HourlyWeather>> hours) {
        for (int i = 1; i < hours.size(); i++) {
            LocalDateTime previous = hours.get(i - 1).value().hour();
            LocalDateTime hour = hours.get(i).value().hour();
            // An hour off the full hour or one left unread between them has its own problem already.
            if (!isFullHour(previous) || !isFullHour(hour) || index(hours.get(i)) != index(hours.get(i - 1)) + 1) {
                continue;
            }
            long minutes = Duration.between(previous, hour).toMinutes();
            if (minutes <= 0) {
                problems.add(
                        hours.get(i).at("/hour"),
                        "The forecast hour (" + hour + ") must come after the one before it (" + previous + ").\n"
                                + "Maybe the hours are out of order or one is listed twice.");
            } else if (minutes > 60) {
                problems.add(
                        hours.get(i).at("/hour"),
                        "The forecast has a gap of " + (minutes - 60) + " minutes between (" + previous + ") and ("
                                + hour + "): every hour is needed to know whether water may go on the street.\n"
                                + "Maybe add the missing hours.");
            }
        }
    }

    private static boolean isFullHour(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.HOURS).equals(time);
    }

    /** The hour's index in the file's list. */
    private static int index(Located<HourlyWeather> hour) {
        String pointer = hour.pointer();
        return Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    private void coverage(List<Located<HourlyWeather>> hours, PlanningHorizon horizon, String pointer) {
        LocalDateTime first = hours.get(0).value().hour();
        LocalDateTime end = hours.get(hours.size() - 1).value().hour().plusHours(1);
        if (first.isAfter(horizon.start())) {
            problems.add(
                    pointer + "/0/hour",
                    "The forecast begins at (" + first + "), after the planning horizon's start (" + horizon.start()
                            + ").\nMaybe add the hours from " + horizon.start().truncatedTo(ChronoUnit.HOURS) + ".");
        }
        if (end.isBefore(horizon.end())) {
            problems.add(
                    pointer,
                    "The forecast ends at (" + end + "), before the planning horizon's end (" + horizon.end()
                            + ").\nMaybe add the hours up to " + horizon.end() + ".");
        }
    }
}
