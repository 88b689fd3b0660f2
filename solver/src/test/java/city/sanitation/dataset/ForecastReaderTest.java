package city.sanitation.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import city.sanitation.dataset.json.WeatherJson;
import city.sanitation.weather.AlertKind;
import city.sanitation.weather.AlertLevel;
import city.sanitation.weather.Forecast;
import city.sanitation.weather.HourlyWeather;
import city.sanitation.weather.Precipitation;
import city.sanitation.weather.WeatherAlert;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastReaderTest {

    private static final LocalDateTime SIX_PM = LocalDateTime.parse("2026-12-03T18:00");

    @Test
    void aForecastWrittenIsReadBackTheSame() {
        Forecast forecast = new Forecast(
                "Datong weather service",
                SIX_PM.minusHours(1),
                List.of(
                        new HourlyWeather(SIX_PM, -6.5, 12, null, null),
                        new HourlyWeather(SIX_PM.plusHours(1), -8, 10, Precipitation.snowCm(0.5), null),
                        new HourlyWeather(
                                SIX_PM.plusHours(2),
                                1.5,
                                30,
                                Precipitation.rainMm(1.2),
                                new WeatherAlert(AlertKind.DUST, AlertLevel.YELLOW))));

        Forecast read = new ForecastReader().read(WeatherJson.write(forecast).toString(), "forecast");

        assertThat(read).isEqualTo(forecast);
    }

    @Test
    void everyProblemIsNamedByItsFieldAtOnce() {
        String document = """
                { "source": "x", "hours": [
                  { "hour": "2026-12-03T18:00", "temperatureC": 250, "windKmh": 12 },
                  { "hour": "2026-12-03T19:00", "temperatureC": -3, "windKmh": -1 },
                  { "hour": "2026-12-03T22:00", "temperatureC": -3, "windKmh": 1,
                    "precipitation": { "kind": "rain", "depthCm": 2 } } ] }""";

        InvalidDatasetException e = catchThrowableOfType(
                InvalidDatasetException.class, () -> new ForecastReader().read(document, "forecast"));

        assertThat(e.problems())
                .extracting(DatasetProblem::path)
                .containsExactlyInAnyOrder(
                        "/hours/0/temperatureC", "/hours/1/windKmh", "/hours/2/precipitation/depthCm");
    }

    @Test
    void aGapBetweenHoursAndAForecastWithoutHoursAreRefused() {
        String gap = """
                { "hours": [ { "hour": "2026-12-03T18:00", "temperatureC": 1, "windKmh": 1 },
                             { "hour": "2026-12-03T21:00", "temperatureC": 1, "windKmh": 1 } ] }""";
        assertThat(catchThrowableOfType(InvalidDatasetException.class, () -> new ForecastReader().read(gap, "forecast"))
                        .problems())
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("/hours/1/hour");
                    assertThat(problem.reason()).contains("gap of 120 minutes");
                });

        assertThat(catchThrowableOfType(
                                InvalidDatasetException.class,
                                () -> new ForecastReader().read("{\"source\":\"x\"}", "forecast"))
                        .problems())
                .extracting(DatasetProblem::path)
                .containsExactly("/hours");
        assertThat(catchThrowableOfType(
                                InvalidDatasetException.class, () -> new ForecastReader().read("[1]", "forecast"))
                        .problems())
                .hasSize(1);
    }
}
