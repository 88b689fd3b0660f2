package city.sanitation.dataset;

import static city.sanitation.dataset.DatasetFiles.json;
import static city.sanitation.dataset.DatasetFiles.problemsOf;
import static city.sanitation.dataset.TestDatasets.at;
import static city.sanitation.dataset.TestDatasets.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import city.sanitation.fleet.SaltDepot;
import city.sanitation.fleet.VehicleType;
import city.sanitation.road.RoadClass;
import city.sanitation.weather.AlertLevel;
import city.sanitation.weather.DistrictWeather;
import city.sanitation.weather.Forecast;
import city.sanitation.weather.SnowRules;
import city.sanitation.weather.Snowfall;
import city.sanitation.weather.WeatherRules;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snow in a dataset: reported snowfalls, snow rules, spreaders and salt depots, written, read back and checked. */
class SnowFormatTest {

    @TempDir
    Path folder;

    private final DatasetWriter writer = new DatasetWriter();
    private final DatasetReader reader = new DatasetReader();

    /** The test district with a winter washer (plough and a 3 t spreader), a salt depot and a reported snowfall. */
    private static SanitationDataset winter(WeatherRules rules) {
        TestDatasets.Builder builder = TestDatasets.builder();
        builder.vehicleTypes.set(0, builder.vehicleTypes.get(0).withWinterKit(3000));
        builder.saltDepots.add(new SaltDepot("salt-1", "West yard salt store", point(0.2, 0), Duration.ofMinutes(15)));
        Forecast forecast = WeatherFormatTest.forecast(builder.horizon);
        List<Snowfall> snowfalls = List.of(
                new Snowfall(at(0, 14, 0), at(0, 17, 0), 5.0, "dispatcher-1"),
                new Snowfall(at(0, 20, 0), at(0, 21, 30), 0.8, ""));
        builder.weather = new DistrictWeather(forecast, rules, snowfalls);
        return builder.build();
    }

    private static WeatherRules snowRules(SnowRules snow) {
        WeatherRules defaults = WeatherRules.DEFAULTS;
        return new WeatherRules(
                defaults.washingMinTemperatureC(),
                defaults.rainStopsWashingMm(),
                AlertLevel.YELLOW,
                defaults.alertSprinklingRoadClasses(),
                defaults.alertSprinklingPasses(),
                defaults.sweptDustM3PerKm(),
                snow);
    }

    @Test
    void snowfallsSnowRulesSpreadersAndSaltDepotsReadBackEqual() throws IOException {
        SnowRules snow =
                new SnowRules(2.0, Map.of(RoadClass.MAIN, 3, RoadClass.SECONDARY, 6), EnumSet.of(RoadClass.MAIN), 90.0);
        SanitationDataset original = winter(snowRules(snow));
        Path file = folder.resolve("winter.json");

        writer.write(original, file);
        SanitationDataset read = reader.readDataset(file);

        DatasetRoundTripTest.assertSameDataset(read, original);
        assertThat(read.weather().snowfalls()).hasSize(2);
        assertThat(read.weather().rules().snow()).isEqualTo(snow);
        assertThat(read.saltDepots()).extracting(SaltDepot::id).containsExactly("salt-1");
        assertThat(read.vehicleTypes().get(0).saltCapacityKg()).isEqualTo(3000);
        assertThat(Files.readString(file))
                .contains("\"kind\": \"salt_depot\"")
                .contains("\"reportedBy\": \"dispatcher-1\"")
                .contains("\"saltKgPerKm\": 90.0");
    }

    @Test
    void defaultSnowRulesAreLeftOutAndReadBackAsDefaults() throws IOException {
        SanitationDataset original = winter(WeatherRules.DEFAULTS);
        Path file = folder.resolve("winter.json");

        writer.write(original, file);

        assertThat(Files.readString(file)).doesNotContain("clearWithinHours");
        assertThat(reader.readDataset(file).weather()).isEqualTo(original.weather());
    }

    @Test
    void everyProblemOfSnowfallsSnowRulesAndSpreadersIsReportedAtOnceNamingItsField() {
        ObjectNode json = json(winter(WeatherRules.DEFAULTS));
        ArrayNode snowfalls = (ArrayNode) json.at("/weather/snowfalls");
        ((ObjectNode) snowfalls.get(0)).put("end", "2026-11-28T13:00");
        ((ObjectNode) snowfalls.get(1)).put("depthCm", 250.0);
        ((ObjectNode) json.at("/weather"))
                .putObject("rules")
                .putObject("snow")
                .put("saltKgPerKm", 0.0)
                .set("clearWithinHours", json.objectNode().put("main", 0));
        ((ObjectNode) json.at("/fleet/vehicleTypes/0")).remove("saltCapacityKg");

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(
                        tuple(
                                "/fleet/vehicleTypes/0/saltCapacityKg",
                                "The salt capacity (0 kg) of vehicle type (washer) must be positive because the type"
                                        + " can de-ice.\nMaybe set saltCapacityKg (a truck's spreader holds about"
                                        + " 3,000 to 8,000 kg) or remove de_icing from its capabilities."),
                        tuple(
                                "/weather/rules/snow/clearWithinHours/main",
                                "The hours to clear main streets after the snow stops (0) must be from 1 to 168.\n"
                                        + "Maybe leave the class out to give its streets no snow work."),
                        tuple(
                                "/weather/rules/snow/deIceRoadClasses",
                                "The de-iced road class (secondary) has no hours to clear it in.\nMaybe add it to"
                                        + " clearWithinHours, or leave it out of deIceRoadClasses."),
                        tuple(
                                "/weather/rules/snow/saltKgPerKm",
                                "The salt spread per lane-km (0 kg) must be more than 0 and at most 1000 kg.\n"
                                        + "Maybe it is per km of both directions; the default is 120 kg per lane-km."),
                        tuple(
                                "/weather/snowfalls/0/end",
                                "The snowfall's end (2026-11-28T13:00) must come after its start (2026-11-28T14:00).\n"
                                        + "Maybe the two are swapped, or the end is on the next day."),
                        tuple(
                                "/weather/snowfalls/1/depthCm",
                                "The snowfall's depth (250 cm) from (2026-11-28T20:00) must be from 0.1 to 200 cm.\n"
                                        + "Maybe it is in millimetres or metres; give the fresh snow's depth in cm."));
    }

    @Test
    void aTypeThatCannotDeIceMayCarryNoSaltAndASaltDepotNeedsItsReloadTime() {
        TestDatasets.Builder builder = TestDatasets.builder();
        VehicleType garbage = builder.vehicleTypes.get(1);
        builder.vehicleTypes.set(
                1,
                VehicleType.builder()
                        .id(garbage.id())
                        .name(garbage.name())
                        .capabilities(garbage.capabilities())
                        .tankCapacityM3(garbage.tankCapacityM3())
                        .bodyCapacityM3(garbage.bodyCapacityM3())
                        .washingSpeedKmh(garbage.washingSpeedKmh())
                        .drivingSpeedKmh(garbage.drivingSpeedKmh())
                        .waterUseLitresPerMetre(garbage.waterUseLitresPerMetre())
                        .costPerKm(garbage.costPerKm())
                        .costPerHour(garbage.costPerHour())
                        .saltCapacityKg(-5)
                        .build());
        builder.saltDepots.add(new SaltDepot("salt-1", "Salt store", point(0.2, 0), Duration.ofMinutes(-3)));
        ObjectNode json = json(builder.build());

        assertThat(problemsOf(folder, json))
                .extracting(DatasetProblem::path, DatasetProblem::reason)
                .containsExactly(
                        tuple(
                                "/fleet/vehicleTypes/1/saltCapacityKg",
                                "The salt capacity (-5 kg) of vehicle type (garbage) must not be negative."),
                        tuple(
                                "/features/" + (json.at("/features").size() - 1) + "/properties/reloadMinutes",
                                "The reload time (-3 minutes) of salt depot (salt-1) must not be negative."));
    }
}
