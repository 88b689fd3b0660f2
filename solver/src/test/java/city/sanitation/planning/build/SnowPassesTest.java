package city.sanitation.planning.build;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.PlanningHorizon;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.VehicleType;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadSegment;
import city.sanitation.testsupport.RepositoryFiles;
import city.sanitation.weather.DistrictWeather;
import city.sanitation.weather.Forecast;
import city.sanitation.weather.HourlyWeather;
import city.sanitation.weather.Precipitation;
import city.sanitation.weather.SnowEvent;
import city.sanitation.weather.SnowEvents;
import city.sanitation.weather.Snowfall;
import city.sanitation.weather.WeatherRules;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The snow work the small sample district gets from a snowfall: ploughing passes per lane and de-icing passes, with
 * windows and deadlines by road class. Its main roads have 4 lanes (2 a direction), its secondary roads 2 (1 a
 * direction), its alleys 1 lane and 3.5 to 4.5 m.
 */
class SnowPassesTest {

    private static LoadedDataset small;
    private static PlanningClock clock;

    @BeforeAll
    static void read() {
        small = new DatasetReader().read(RepositoryFiles.committedDataset("small.json"));
        PlanningHorizon horizon = small.dataset().horizon();
        clock = new PlanningClock(horizon.start(), horizon.end());
    }

    /** 1 cm of snow an hour, from 00:00 to 05:00 of the planning day: one 5 cm event. */
    private static Forecast fiveCentimetres(PlanningHorizon horizon) {
        LocalDateTime midnight = horizon.planningDay().atStartOfDay();
        return WeatherPassesTest.forecast(
                horizon,
                hour -> new HourlyWeather(
                        hour,
                        -10.0,
                        8.0,
                        !hour.isBefore(midnight) && hour.isBefore(midnight.plusHours(5))
                                ? Precipitation.snowCm(1.0)
                                : null,
                        null));
    }

    /** The passes for the small district in that weather, its washing trucks in their winter kit. */
    private static List<Task> snowPasses(DistrictWeather weather) {
        List<VehicleType> winter = small.dataset().vehicleTypes().stream()
                .map(type -> type.can(Capability.WASHING) ? type.withWinterKit(3000) : type)
                .toList();
        return snowPasses(small.dataset().toBuilder()
                .vehicleTypes(winter)
                .weather(weather)
                .build());
    }

    private static List<Task> snowPasses(SanitationDataset dataset) {
        return new SnowPasses(new LoadedDataset(dataset, small.placements()), clock).tasks();
    }

    private static LocalDateTime midnight() {
        return small.dataset().horizon().planningDay().atStartOfDay();
    }

    @Test
    void aFiveCentimetreSnowfallGetsAPloughingPassPerLaneAndADeIcingPassByRoadClass() {
        List<Task> passes =
                snowPasses(new DistrictWeather(fiveCentimetres(small.dataset().horizon()), WeatherRules.DEFAULTS));
        Map<String, Task> byId = passes.stream().collect(Collectors.toMap(Task::getId, Function.identity()));
        long snowEnd = clock.toClock(midnight().plusHours(5));

        for (RoadSegment segment : small.dataset().roadNetwork().segments()) {
            int lanes = segment.roadClass() == RoadClass.MAIN ? 2 : 1;
            for (int lane = 1; lane <= lanes; lane++) {
                Task plough = byId.get(segment.id() + "-plough" + lane);
                assertThat(plough).as(segment.id() + " lane " + lane).isNotNull();
                assertThat(plough.capability()).isEqualTo(Capability.PLOUGHING);
                assertThat(plough.allowedWindows())
                        .containsExactly(new TimeInterval(clock.toClock(midnight()), clock.end()));
            }
            assertThat(byId).doesNotContainKey(segment.id() + "-plough" + (lanes + 1));
            Task deIce = byId.get(segment.id() + "-deice");
            long hours = switch (segment.roadClass()) {
                case MAIN -> 4;
                case SECONDARY -> 8;
                case BRANCH, ALLEY -> 24;
            };
            assertThat(byId.get(segment.id() + "-plough1").getProblem().snow().deadline())
                    .isEqualTo(snowEnd + hours * 3600);
            if (segment.roadClass() == RoadClass.ALLEY) {
                assertThat(deIce).as(segment.id()).isNull();
            } else {
                assertThat(deIce.capability()).isEqualTo(Capability.DE_ICING);
                assertThat(deIce.allowedWindows()).containsExactly(new TimeInterval(snowEnd, clock.end()));
                assertThat(deIce.getProblem().snow().deadline()).isEqualTo(snowEnd + hours * 3600);
                assertThat(deIce.getProblem().saltKg())
                        .isCloseTo(
                                120.0 * lanes * segment.lengthMetres() / 1000.0,
                                org.assertj.core.data.Offset.offset(0.1));
                assertThat(deIce.getProblem().usesWater()).isFalse();
            }
        }
        // 36 main segments × 2 lanes, 24 secondary and 88 alley segments × 1; 36 + 24 de-iced.
        assertThat(passes)
                .filteredOn(task -> task.capability() == Capability.PLOUGHING)
                .hasSize(72 + 24 + 88);
        assertThat(passes)
                .filteredOn(task -> task.capability() == Capability.DE_ICING)
                .hasSize(60);
    }

    @Test
    void aFleetWithoutPloughsOrSpreadersGetsNoSnowWork() {
        DistrictWeather fiveCentimetres =
                new DistrictWeather(fiveCentimetres(small.dataset().horizon()), WeatherRules.DEFAULTS);

        assertThat(snowPasses(
                        small.dataset().toBuilder().weather(fiveCentimetres).build()))
                .isEmpty();
    }

    @Test
    void snowShallowerThanTheThresholdCreatesNoWork() {
        Snowfall dusting = new Snowfall(midnight(), midnight().plusHours(2), 0.5, "dispatcher-1");

        assertThat(snowPasses(new DistrictWeather(Forecast.NONE, WeatherRules.DEFAULTS, List.of(dusting))))
                .isEmpty();
    }

    @Test
    void aReportedSnowfallBeforeTheHorizonIsDueFromItsOwnEnd() {
        LocalDateTime start = small.dataset().horizon().start().minusHours(4);
        Snowfall yesterday = new Snowfall(start, start.plusHours(3), 6.0, "dispatcher-1");

        List<Task> passes = snowPasses(new DistrictWeather(Forecast.NONE, WeatherRules.DEFAULTS, List.of(yesterday)));

        Task mainPlough = passes.stream()
                .filter(task -> task.getProblem().snow().roadClass() == RoadClass.MAIN)
                .findFirst()
                .orElseThrow();
        assertThat(mainPlough.allowedWindows()).containsExactly(new TimeInterval(0, clock.end()));
        assertThat(mainPlough.getProblem().snow().deadline()).isEqualTo(-3600 + 4 * 3600);
    }

    @Test
    void aSnowEventIsARunOfSnowyHoursOrAReportedSnowfall() {
        LocalDateTime midnight = midnight();
        Forecast forecast = WeatherPassesTest.forecast(
                small.dataset().horizon(),
                hour -> new HourlyWeather(
                        hour,
                        -5.0,
                        5.0,
                        hour.equals(midnight) || hour.equals(midnight.plusHours(1))
                                ? Precipitation.snowCm(1.5)
                                : hour.equals(midnight.plusHours(3)) ? Precipitation.snowCm(0.5) : null,
                        null));
        Snowfall reported = new Snowfall(midnight.plusHours(10), midnight.plusHours(12), 4.0, "dispatcher-1");

        assertThat(SnowEvents.of(new DistrictWeather(forecast, WeatherRules.DEFAULTS, List.of(reported))))
                .containsExactly(
                        new SnowEvent(midnight, midnight.plusHours(2), 3.0, "forecast"),
                        new SnowEvent(midnight.plusHours(3), midnight.plusHours(4), 0.5, "forecast"),
                        new SnowEvent(midnight.plusHours(10), midnight.plusHours(12), 4.0, "dispatcher-1"));
    }
}
