package city.sanitation.app.weather;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.weather.Forecast;
import city.sanitation.weather.HourlyWeather;
import city.sanitation.weather.Precipitation;
import city.sanitation.weather.PrecipitationKind;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A forecast changed by a reported snowfall or a what-if: the hours it covers, the amounts, the rest untouched. */
class ForecastChangesTest {

    private static final LocalDateTime FIRST = LocalDateTime.of(2026, 12, 4, 18, 0);

    @Test
    void snowIsSpreadByTheMinutesOfEachHourAndAddsUpToTheDepthReported() {
        Forecast mild = forecast(30, 4.0);

        Forecast snowed = ForecastChanges.snow(mild, FIRST.plusMinutes(30), FIRST.plusHours(30), 5);

        assertThat(snowed.hours().get(0).precipitation().amount())
                .isLessThan(snowed.hours().get(1).precipitation().amount());
        double total = snowed.hours().stream()
                .mapToDouble(hour -> hour.precipitation().amount())
                .sum();
        assertThat(total).isCloseTo(5.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(snowed.hours()).allSatisfy(hour -> {
            assertThat(hour.precipitation().kind()).isEqualTo(PrecipitationKind.SNOW);
            assertThat(hour.temperatureC()).as("snow lies no warmer than 0 °C").isEqualTo(0.0);
        });
    }

    @Test
    void onlyTheHoursOfTheSnowfallChangeAndAColdHourStaysCold() {
        Forecast cold = forecast(6, -7.5);

        Forecast snowed = ForecastChanges.snow(cold, FIRST.plusHours(2), FIRST.plusHours(4), 3);

        assertThat(snowed.hours().get(1)).isEqualTo(cold.hours().get(1));
        assertThat(snowed.hours().get(4)).isEqualTo(cold.hours().get(4));
        assertThat(snowed.hours().get(2).precipitation()).isEqualTo(Precipitation.snowCm(1.5));
        assertThat(snowed.hours().get(3).temperatureC()).isEqualTo(-7.5);
    }

    @Test
    void rainReplacesTheHoursItCoversAndColderShiftsEveryHour() {
        Forecast base = forecast(4, 2.0);

        Forecast rained = ForecastChanges.rain(base, FIRST.plusHours(1), FIRST.plusHours(2), 4);
        Forecast colder = ForecastChanges.colder(base, 5);

        assertThat(rained.hours().stream().map(HourlyWeather::precipitation).toList())
                .containsExactly(null, Precipitation.rainMm(4), null, null);
        assertThat(colder.hours()).extracting(HourlyWeather::temperatureC).containsOnly(-3.0);
        assertThat(ForecastChanges.covers(base, FIRST, FIRST.plusHours(4))).isTrue();
        assertThat(ForecastChanges.covers(base, FIRST, FIRST.plusHours(5))).isFalse();
    }

    @Test
    void sharesAddUpToTheTotal() {
        assertThat(ForecastChanges.shares(500, new long[] {30, 60, 60, 0})).containsExactly(100, 200, 200, 0);
        long[] thirds = ForecastChanges.shares(100, new long[] {60, 60, 60});
        assertThat(thirds[0] + thirds[1] + thirds[2]).isEqualTo(100);
    }

    private static Forecast forecast(int hours, double temperatureC) {
        List<HourlyWeather> list = new ArrayList<>();
        for (int i = 0; i < hours; i++) {
            list.add(new HourlyWeather(FIRST.plusHours(i), temperatureC, 8, null, null));
        }
        return new Forecast("test", FIRST.minusHours(2), list);
    }
}
