package city.sanitation.district;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.cli.SanitationCli;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.VehicleType;
import city.sanitation.weather.AlertKind;
import city.sanitation.weather.HourlyWeather;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample district's forecast follows Datong's seasons, and a file generated with it reads back valid. */
class SeasonalWeatherTest {

    @TempDir
    Path folder;

    private SanitationDataset generated(String day) {
        Path file = folder.resolve(day + ".json");
        int exitCode = SanitationCli.commandLine()
                .setOut(new PrintWriter(new StringWriter()))
                .execute("generate", "--size", "small", "--day", day, "--weather", "--out", file.toString());
        assertThat(exitCode).isZero();
        return new DatasetReader().readDataset(file);
    }

    @Test
    void aDecemberNightIsFreezingWithSnowAndTheSweepersCarryAHopper() {
        SanitationDataset december = generated("2026-12-04");

        List<HourlyWeather> hours = december.weather().forecast().hours();
        assertThat(hours.get(0).hour()).isEqualTo(december.horizon().start());
        assertThat(hours.get(hours.size() - 1).hour().plusHours(1))
                .isEqualTo(december.horizon().end());
        List<HourlyWeather> night = hours.stream()
                .filter(hour -> hour.hour().getHour() >= 23 || hour.hour().getHour() <= 5)
                .toList();
        assertThat(night)
                .isNotEmpty()
                .allSatisfy(hour -> assertThat(hour.temperatureC()).isBetween(-16.0, -9.0));
        assertThat(night.stream().mapToDouble(HourlyWeather::temperatureC).min().orElseThrow())
                .isLessThan(-12.0);
        assertThat(hours).anySatisfy(hour -> assertThat(hour.snows()).isTrue());
        assertThat(hours).allSatisfy(hour -> assertThat(hour.alert()).isNull());
        assertThat(december.vehicleTypes())
                .filteredOn(type -> type.can(Capability.SWEEPING))
                .isNotEmpty()
                .extracting(VehicleType::hopperCapacityM3)
                .containsOnly(SeasonalWeather.WINTER_HOPPER_M3);
    }

    @Test
    void aJulyDayIsHotAndDryWithAHeatAlert() {
        SanitationDataset july = generated("2026-07-15");

        List<HourlyWeather> hours = july.weather().forecast().hours();
        assertThat(hours.stream().mapToDouble(HourlyWeather::temperatureC).max().orElseThrow())
                .isGreaterThanOrEqualTo(35.0);
        assertThat(hours).allSatisfy(hour -> assertThat(hour.temperatureC()).isGreaterThan(15.0));
        assertThat(hours).noneSatisfy(hour -> assertThat(hour.precipitation()).isNotNull());
        assertThat(hours)
                .filteredOn(hour -> hour.alert() != null && hour.alert().kind() == AlertKind.HEAT)
                .isNotEmpty()
                .allSatisfy(hour -> assertThat(hour.temperatureC()).isGreaterThanOrEqualTo(35.0));
    }

    @Test
    void withoutTheOptionTheDistrictKnowsNoWeather() {
        assertThat(SampleDistrictGenerator.generate(DistrictSize.SMALL, 42, java.time.LocalDate.of(2026, 12, 4))
                        .weather()
                        .isGiven())
                .isFalse();
    }
}
