package city.sanitation.app.district;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.dataset.SanitationDataset;
import city.sanitation.district.DistrictSize;
import city.sanitation.district.SampleDistrictGenerator;
import city.sanitation.district.SeasonalWeather;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Changing a district's vehicles stores a new version that keeps its forecast and weather rules. */
class DistrictDataWeatherTest {

    @Test
    void a_vehicle_change_keeps_the_weather() {
        SanitationDataset december = SeasonalWeather.apply(
                SampleDistrictGenerator.generate(DistrictSize.SMALL, 42, LocalDate.of(2026, 12, 4)), 42);

        SanitationDataset changed = DistrictData.withVehicles(
                december, december.vehicles().subList(1, december.vehicles().size()));

        assertThat(december.weather().forecast().hours()).isNotEmpty();
        assertThat(changed.weather()).isEqualTo(december.weather());
        assertThat(changed.vehicles()).hasSize(december.vehicles().size() - 1);
    }
}
