package city.sanitation.dataset;

import static city.sanitation.dataset.DatasetFiles.json;
import static city.sanitation.dataset.DatasetFiles.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import city.sanitation.fleet.VehicleType;
import city.sanitation.road.RoadClass;
import city.sanitation.weather.AlertKind;
import city.sanitation.weather.AlertLevel;
import city.sanitation.weather.DistrictWeather;
import city.sanitation.weather.Forecast;
import city.sanitation.weather.HourlyWeather;
import city.sanitation.weather.Precipitation;
import city.sanitation.weather.WeatherAlert;
import city.sanitation.weather.WeatherRules;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forecast and weather rules of a dataset: written, read back, and every problem of one reported at once. */
class WeatherFormatTest {

    @TempDir
    Path folder;

    private final DatasetWriter writer = new DatasetWriter();
    private final DatasetReader reader = new DatasetReader();

    /** A forecast over the test district's whole horizon: a cold night with snow, a dusty afternoon. */
    static Forecast forecast(PlanningHorizon horizon) {
        List<HourlyWeather> hours = new ArrayList<>();
        for (LocalDateTime hour = horizon.start(); hour.isBefore(horizon.end()); hour = hour.plusHours(1)) {
            int hourOfDay = hour.getHour();
            hours.add(new HourlyWeather(
                    hour,
                    hourOfDay >= 20 || hourOfDay < 8 ? -12.5 : 4.0,
                    hourOfDay == 14 ? 31.5 : 10.0,
                    hourOfDay == 2 ? Precipitation.snowCm(2.5) : hourOfDay == 17 ? Precipitation.rainMm(1.2) : null,
                    hourOfDay == 14 ? new WeatherAlert(AlertKind.DUST, AlertLevel.ORANGE) : null));
        }
        return new Forecast("test", horizon.start().minusHours(2), hours);
    }

    private static SanitationDataset withWeather(WeatherRules rules) {
        TestDatasets.Builder builder = TestDatasets.builder();
        builder.weather = new DistrictWeather(forecast(builder.horizon), rules);
        return builder.build();
    }

    @Test
    void forecastAndRulesReadBackEqual() throws IOException {
        WeatherRules rules =
                new WeatherRules(2.0, 1.0, AlertLevel.ORANGE, EnumSet.of(RoadClass.MAIN, RoadClass.SECONDARY), 2, 0.2);
        SanitationDataset original = withWeather(rules);
        Path file = folder.resolve("weather.json");

        writer.write(original, file);
        SanitationDataset read = reader.readDataset(file);

        DatasetRoundTripTest.assertSameDataset(read, original);
        assertThat(read.weather().forecast().hours()).hasSize(24);
        assertThat(Files.readString(file))
                .contains("\"precipitation\": { \"kind\": \"snow\", \"depthCm\": 2.5 }")
                .contains("\"precipitation\": { \"kind\": \"rain\", \"amountMm\": 1.2 }");
    }

    @Test
    void defaultRulesAreLeftOutAndReadBackAsDefaults() throws IOException {
        SanitationDataset original = withWeather(WeatherRules.DEFAULTS);
        Path file = folder.resolve("weather.json");

        writer.write(original, file);

        assertThat(Files.readString(file)).doesNotContain("washingMinTemperatureC");
        assertThat(reader.readDataset(file).weather()).isEqualTo(original.weather());
    }

    @Test
    void datasetWithoutWeatherHasNoForecastAndIsWrittenWithoutIt() {
        SanitationDataset dataset = TestDatasets.district();

        assertThat(dataset.weather()).isEqualTo(DistrictWeather.NONE);
        assertThat(writer.writeToString(dataset)).doesNotContain("\"weather\"");
    }

    @Test
    void hopperOfASweeperReadsBackAndIsRefusedOnATypeThatCannotSweep() throws IOException {
        TestDatasets.Builder builder = TestDatasets.builder();
        VehicleType garbage = builder.vehicleTypes.get(1);
        builder.vehicleTypes.set(1, garbage.toBuilder().hopperCapacityM3(4.0).build());
        ObjectNode json = json(builder.build());

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(tuple(
                        "/fleet/vehicleTypes/1/hopperCapacityM3",
                        "The hopper capacity (4 m3) of vehicle type (garbage) is for swept dust, but the type cannot"
                                + " sweep.\nMaybe add sweeping to its capabilities or leave hopperCapacityM3 out."));
    }

    @Test
    void everyProblemOfAForecastIsReportedAtOnceNamingItsField() {
        ObjectNode json = json(withWeather(WeatherRules.DEFAULTS));
        ArrayNode hours = (ArrayNode) json.at("/weather/forecast/hours");
        ((ObjectNode) hours.get(1)).put("temperatureC", 75.0);
        ((ObjectNode) hours.get(2)).put("windKmh", -3.0);
        ((ObjectNode) hours.get(3)).put("hour", "2026-11-28T21:30");
        hours.remove(6); // a gap between 23:00 and 01:00
        ObjectNode snowInMillimetres = (ObjectNode) hours.get(7).path("precipitation");
        snowInMillimetres.remove("depthCm");
        snowInMillimetres.put("amountMm", 3.0);
        ((ObjectNode) hours.get(10)).put("temperaturC", 1.0);
        ((ObjectNode) json.at("/weather")).putObject("rules").put("washingMinTemperatureC", 37.4);

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(
                        tuple(
                                "/weather/forecast/hours/10/temperaturC",
                                "The field (temperaturC) is not part of the format.\nMaybe it is misspelt."),
                        tuple(
                                "/weather/forecast/hours/7/precipitation/amountMm",
                                "Snow is measured in centimetres of fresh depth, not in millimetres (amountMm).\n"
                                        + "Maybe write it as depthCm (1 mm of water is about 1 cm of fresh snow)."),
                        tuple(
                                "/weather/rules/washingMinTemperatureC",
                                "The washing temperature (37.4 °C) must be between -30 and 30 °C.\n"
                                        + "Maybe it is in Fahrenheit; the usual rule is 3 °C."),
                        tuple(
                                "/weather/forecast/hours/1/temperatureC",
                                "The temperature (75 °C) at (2026-11-28T19:00) must be between -60 and 60 °C.\n"
                                        + "Maybe it is in Fahrenheit or Kelvin."),
                        tuple(
                                "/weather/forecast/hours/2/windKmh",
                                "The wind (-3 km/h) at (2026-11-28T20:00) must be from 0 to 250 km/h.\n"
                                        + "Maybe it is in m/s: 1 m/s is 3.6 km/h."),
                        tuple(
                                "/weather/forecast/hours/3/hour",
                                "The forecast hour (2026-11-28T21:30) must start on the full hour.\n"
                                        + "Maybe 2026-11-28T21:00."),
                        tuple(
                                "/weather/forecast/hours/6/hour",
                                "The forecast has a gap of 60 minutes between (2026-11-28T23:00) and"
                                        + " (2026-11-29T01:00): every hour is needed to know whether water may go on"
                                        + " the street.\nMaybe add the missing hours."));
    }

    @Test
    void hoursOutOfOrderAndAForecastShortOfTheHorizonAreReported() {
        ObjectNode json = json(withWeather(WeatherRules.DEFAULTS));
        ArrayNode hours = (ArrayNode) json.at("/weather/forecast/hours");
        hours.remove(hours.size() - 1);
        hours.insert(3, hours.get(1).deepCopy());

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(
                        tuple(
                                "/weather/forecast/hours/3/hour",
                                "The forecast hour (2026-11-28T19:00) must come after the one before it"
                                        + " (2026-11-28T20:00).\nMaybe the hours are out of order or one is listed"
                                        + " twice."),
                        tuple(
                                "/weather/forecast/hours/4/hour",
                                "The forecast has a gap of 60 minutes between (2026-11-28T19:00) and"
                                        + " (2026-11-28T21:00): every hour is needed to know whether water may go on"
                                        + " the street.\nMaybe add the missing hours."),
                        tuple(
                                "/weather/forecast/hours",
                                "The forecast ends at (2026-11-29T17:00), before the planning horizon's end"
                                        + " (2026-11-29T18:00).\nMaybe add the hours up to 2026-11-29T18:00."));
    }
}
