package city.sanitation.weather;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stored forecast used for the day it covers, and for no other. */
class ForecastTest {

    private static final LocalDateTime SIX_PM = LocalDateTime.of(2026, 12, 3, 18, 0);

    private static Forecast hours(LocalDateTime first, int count) {
        List<HourlyWeather> hours = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            hours.add(new HourlyWeather(first.plusHours(i), -5.0 - i % 7, 10.0, null, null));
        }
        return new Forecast("service", first.minusHours(1), hours);
    }

    @Test
    void aForecastCoveringTheSpanGivesItsHoursWithinIt() {
        Forecast twoDays = hours(SIX_PM.minusHours(6), 48);

        Forecast night = twoDays.covering(SIX_PM, SIX_PM.plusHours(12));

        assertThat(night.hours()).hasSize(12);
        assertThat(night.hours().get(0).hour()).isEqualTo(SIX_PM);
        assertThat(night.hours().get(11).hour()).isEqualTo(SIX_PM.plusHours(11));
        assertThat(night.source()).isEqualTo("service");
        assertThat(night.at(SIX_PM.plusMinutes(90))).contains(twoDays.hours().get(7));
    }

    @Test
    void aForecastEndingBeforeTheSpanEndsOrBeginningAfterItStartsIsNotUsed() {
        Forecast day = hours(SIX_PM, 24);

        assertThat(day.covering(SIX_PM, SIX_PM.plusHours(25))).isEqualTo(Forecast.NONE);
        assertThat(day.covering(SIX_PM.minusHours(1), SIX_PM.plusHours(3))).isEqualTo(Forecast.NONE);
        assertThat(day.covering(SIX_PM.plusDays(2), SIX_PM.plusDays(3))).isEqualTo(Forecast.NONE);
        assertThat(day.covering(SIX_PM, SIX_PM.plusHours(24)).hours()).hasSize(24);
    }

    @Test
    void theDistrictsRulesHoldWhateverTheForecastCovers() {
        WeatherRules own = new WeatherRules(1.0, 2.0, AlertLevel.RED, java.util.Set.of(), 0, 0.3);
        DistrictWeather weather = new DistrictWeather(hours(SIX_PM, 24), own);

        DistrictWeather laterDay = weather.forPeriod(SIX_PM.plusDays(1), SIX_PM.plusDays(2));

        assertThat(laterDay.forecast().isEmpty()).isTrue();
        assertThat(laterDay.rules()).isEqualTo(own);
        assertThat(laterDay.isGiven()).isTrue();
    }
}
