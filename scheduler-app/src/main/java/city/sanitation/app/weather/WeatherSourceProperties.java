package city.sanitation.app.weather;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the app reads districts' forecasts (prefix {@code sanitation.weather}).
 *
 * @param source none (forecasts come only by the API or inside datasets), file or url
 * @param location a path or an http(s) address, {@code {district}} standing for the district's id
 * @param pollInterval how often every district's forecast is read; the nightly job also reads it right before it plans
 * @param maxDocument the largest forecast document read from the source
 */
@ConfigurationProperties("sanitation.weather")
record WeatherSourceProperties(
        @DefaultValue("none") Kind source,
        @DefaultValue("") String location,
        @DefaultValue("30m") Duration pollInterval,
        @DefaultValue("1MB") DataSize maxDocument) {

    enum Kind {
        NONE,
        FILE,
        URL
    }

    WeatherSourceProperties {
        if (source != Kind.NONE && location.isBlank()) {
            throw new IllegalArgumentException(
                    "The weather source (" + source.name().toLowerCase()
                            + ") needs a location (sanitation.weather.location).\nMaybe /var/lib/sanitation/weather/{district}.json"
                            + " or https://weather.example/forecast/{district}; or sanitation.weather.source=none.");
        }
        if (source == Kind.URL && !location.matches("(?i)https?://.+")) {
            throw new IllegalArgumentException("The weather source location (" + location
                    + ") must be an http or https address.\nMaybe sanitation.weather.source=file for a path.");
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException(
                    "The weather poll interval (" + pollInterval + ") must be positive.\nMaybe 30m.");
        }
    }

    String locationOf(String districtId) {
        return location.replace("{district}", districtId);
    }
}
