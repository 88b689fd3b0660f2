package city.sanitation.planning.build;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.PlanningHorizon;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.Capability;
import city.sanitation.planning.domain.PassWeather;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.road.RoadClass;
import city.sanitation.task.WashingRequirement;
import city.sanitation.testsupport.RepositoryFiles;
import city.sanitation.weather.AlertKind;
import city.sanitation.weather.AlertLevel;
import city.sanitation.weather.DistrictWeather;
import city.sanitation.weather.Forecast;
import city.sanitation.weather.HourlyWeather;
import city.sanitation.weather.Precipitation;
import city.sanitation.weather.WeatherAlert;
import city.sanitation.weather.WeatherRules;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The small sample district under several forecasts: what the weather makes of its street passes. */
class WeatherPassesTest {

    private static LoadedDataset small;

    @BeforeAll
    static void read() {
        small = new DatasetReader().read(RepositoryFiles.committedDataset("small.json"));
    }

    /** A forecast over the whole horizon, each hour as {@code weather} makes it. */
    static Forecast forecast(PlanningHorizon horizon, Function<LocalDateTime, HourlyWeather> weather) {
        List<HourlyWeather> hours = new ArrayList<>();
        for (LocalDateTime hour = horizon.start(); hour.isBefore(horizon.end()); hour = hour.plusHours(1)) {
            hours.add(weather.apply(hour));
        }
        return new Forecast("test", null, hours);
    }

    static LoadedDataset under(LoadedDataset loaded, Forecast forecast, WeatherRules rules) {
        return new LoadedDataset(
                loaded.dataset().toBuilder()
                        .weather(new DistrictWeather(forecast, rules))
                        .build(),
                loaded.placements());
    }

    static LoadedDataset frozen(LoadedDataset loaded) {
        return under(
                loaded,
                forecast(loaded.dataset().horizon(), hour -> new HourlyWeather(hour, -8.0, 10.0, null, null)),
                WeatherRules.DEFAULTS);
    }

    private static List<Task> passes(LoadedDataset loaded) {
        return new ProblemBuilder()
                .build(loaded).plan().getTasks().stream()
                        .filter(task -> task.getKind() == TaskKind.STREET_PASS)
                        .toList();
    }

    private static Map<String, Capability> capabilityByRequirement() {
        return small.dataset().washingRequirements().stream()
                .collect(Collectors.toMap(WashingRequirement::id, WashingRequirement::capability));
    }

    @Test
    void withoutAForecastNoPassIsShaped() {
        assertThat(passes(small)).isNotEmpty().allSatisfy(task -> {
            assertThat(task.getProblem().weather()).isNull();
            assertThat(task.getProblem().usesWater()).isTrue();
        });
    }

    @Test
    void aFreezingDaySweepsEveryStreetDryAndPutsItsDustInTheHopper() {
        List<Task> passes = passes(frozen(small));
        Map<String, Capability> asked = capabilityByRequirement();

        assertThat(passes).hasSize(passes(small).size()).allSatisfy(task -> {
            assertThat(task.capability()).isEqualTo(Capability.SWEEPING);
            assertThat(task.getProblem().usesWater()).isFalse();
            assertThat(task.getProblem().volumeM3())
                    .isCloseTo(
                            task.getProblem().lengthMetres() / 1000 * 0.15, org.assertj.core.data.Offset.offset(1e-9));
            PassWeather weather = task.getProblem().weather();
            assertThat(weather.mode()).isEqualTo(PassWeather.Mode.DRY);
            assertThat(weather.code())
                    .isEqualTo(
                            asked.get(task.getProblem().groupId()) == Capability.SWEEPING
                                    ? "WEATHER_SWEPT_DRY_TOO_COLD"
                                    : "WEATHER_SWEPT_INSTEAD_TOO_COLD");
            assertThat(weather.params()).containsEntry("cause", "TOO_COLD").containsEntry("temperatureC", "-8");
        });
        assertThat(passes)
                .filteredOn(task -> task.getProblem().weather().code().equals("WEATHER_SWEPT_INSTEAD_TOO_COLD"))
                .isNotEmpty()
                .first()
                .satisfies(task -> assertThat(task.getProblem().weather().text())
                        .matches(
                                "too cold to wash at \\d\\d:00 \\(\u22128 °C, washing needs ≥ 3 °C\\); swept instead"));
    }

    @Test
    void withoutAVehicleThatCanSweepTheFrozenStreetsWaitForTheirNextDueDay() {
        SanitationDataset dataset = small.dataset();
        Set<String> sweepers = dataset.vehicleTypes().stream()
                .filter(type -> type.can(Capability.SWEEPING))
                .map(type -> type.id())
                .collect(Collectors.toSet());
        LoadedDataset noSweepers = frozen(new LoadedDataset(withoutVehiclesOf(dataset, sweepers), small.placements()));

        SanitationProblem problem = new ProblemBuilder().build(noSweepers);
        List<Task> washing = problem.plan().getTasks().stream()
                .filter(task -> task.getKind() == TaskKind.STREET_PASS
                        && capabilityByRequirement().get(task.getProblem().groupId()) != Capability.SWEEPING)
                .toList();

        assertThat(washing).isNotEmpty().allSatisfy(task -> {
            assertThat(task.getProblem().deferredByWeather()).isTrue();
            assertThat(task.getProblem().weather().code()).isEqualTo("WEATHER_DEFERRED_TOO_COLD");
            assertThat(task.getProblem().weather().params()).containsEntry("deferredTo", "2026-11-29");
            assertThat(task.getProblem().weather().text()).endsWith("; deferred to 2026-11-29");
            for (Route route : problem.plan().getRoutes()) {
                assertThat(route.mayWorkAt(task)).isFalse();
            }
        });
    }

    @Test
    void rainyHoursAreKeptOutOfTheWashingWindows() {
        LocalDateTime rainFrom = LocalDateTime.of(2026, 11, 27, 22, 0);
        LocalDateTime rainUntil = LocalDateTime.of(2026, 11, 28, 1, 0);
        LoadedDataset rainy = under(
                small,
                forecast(
                        small.dataset().horizon(),
                        hour -> new HourlyWeather(
                                hour,
                                10.0,
                                12.0,
                                !hour.isBefore(rainFrom) && hour.isBefore(rainUntil) ? Precipitation.rainMm(2.0) : null,
                                null)),
                WeatherRules.DEFAULTS);
        PlanningClock clock = new PlanningClock(
                small.dataset().horizon().start(), small.dataset().horizon().end());
        TimeInterval rain = new TimeInterval(clock.toClock(rainFrom), clock.toClock(rainUntil));

        List<Task> shaped = passes(rainy).stream()
                .filter(task -> task.getProblem().weather() != null)
                .toList();

        assertThat(shaped).isNotEmpty().allSatisfy(task -> {
            PassWeather weather = task.getProblem().weather();
            if (weather.mode() == PassWeather.Mode.WET) {
                assertThat(task.getProblem().allowedWindows())
                        .isNotEmpty()
                        .allSatisfy(window -> assertThat(window.end() <= rain.start() || window.start() >= rain.end())
                                .isTrue());
                assertThat(weather.wetBans()).containsExactly(rain);
                assertThat(weather.params()).containsEntry("cause", "RAIN").containsEntry("rainMm", "2");
            } else {
                assertThat(weather.code()).isEqualTo("WEATHER_SWEPT_DRY_RAIN");
            }
        });
        assertThat(shaped)
                .anySatisfy(
                        task -> assertThat(task.getProblem().weather().mode()).isEqualTo(PassWeather.Mode.WET));
    }

    @Test
    void aHeatAlertAddsSprinklingPassesOnMainRoadsWhileItLasts() {
        LocalDateTime alertFrom = LocalDateTime.of(2026, 11, 28, 12, 0);
        LocalDateTime alertUntil = LocalDateTime.of(2026, 11, 28, 16, 0);
        Forecast hot = forecast(
                small.dataset().horizon(),
                hour -> new HourlyWeather(
                        hour,
                        30.0,
                        8.0,
                        null,
                        !hour.isBefore(alertFrom) && hour.isBefore(alertUntil)
                                ? new WeatherAlert(AlertKind.HEAT, AlertLevel.YELLOW)
                                : null));
        PlanningClock clock = new PlanningClock(
                small.dataset().horizon().start(), small.dataset().horizon().end());

        List<Task> extra = passes(under(small, hot, WeatherRules.DEFAULTS)).stream()
                .filter(task -> task.getId().contains("-alert"))
                .toList();

        long mainRoadRequirements = small.dataset().washingRequirements().stream()
                .filter(requirement -> small.dataset()
                                .roadNetwork()
                                .findSegment(requirement.segmentId())
                                .orElseThrow()
                                .roadClass()
                        == RoadClass.MAIN)
                .count();
        assertThat(mainRoadRequirements).isPositive();
        assertThat(extra)
                .hasSizeGreaterThanOrEqualTo((int) mainRoadRequirements)
                .allSatisfy(task -> {
                    assertThat(task.capability()).isEqualTo(Capability.SPRINKLING);
                    assertThat(task.getProblem().weather().code()).isEqualTo("ALERT_SPRINKLING");
                    assertThat(task.getProblem().weather().params())
                            .containsEntry("alert", "HEAT")
                            .containsEntry("level", "YELLOW");
                    assertThat(task.getProblem().allowedWindows())
                            .containsExactly(new TimeInterval(clock.toClock(alertFrom), clock.toClock(alertUntil)));
                });
        WeatherRules noExtra = new WeatherRules(3.0, 0.5, AlertLevel.YELLOW, Set.of(RoadClass.MAIN), 0, 0.15);
        assertThat(passes(under(small, hot, noExtra)))
                .noneMatch(task -> task.getId().contains("-alert"));
        WeatherRules onlyOrange = new WeatherRules(3.0, 0.5, AlertLevel.ORANGE, Set.of(RoadClass.MAIN), 1, 0.15);
        assertThat(passes(under(small, hot, onlyOrange)))
                .noneMatch(task -> task.getId().contains("-alert"));
    }

    static SanitationDataset withoutVehiclesOf(SanitationDataset dataset, Set<String> typeIds) {
        return dataset.toBuilder()
                .vehicles(dataset.vehicles().stream()
                        .filter(vehicle -> !typeIds.contains(vehicle.typeId()))
                        .toList())
                .build();
    }
}
