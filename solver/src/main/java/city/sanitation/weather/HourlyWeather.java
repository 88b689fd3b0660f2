package city.sanitation.weather;

import java.time.LocalDateTime;

/**
 * The forecast for one hour, from {@code hour} to an hour later, in the district's local time.
 *
 * @param precipitation rain or snow in the hour; null when it is dry
 * @param alert the alert in force; null when there is none
 */
public record HourlyWeather(
        LocalDateTime hour, double temperatureC, double windKmh, Precipitation precipitation, WeatherAlert alert) {

    public boolean rainsAtLeast(double millimetres) {
        return precipitation != null
                && precipitation.kind() == PrecipitationKind.RAIN
                && precipitation.amount() >= millimetres;
    }

    public boolean snows() {
        return precipitation != null && precipitation.kind() == PrecipitationKind.SNOW && precipitation.amount() > 0;
    }
}
