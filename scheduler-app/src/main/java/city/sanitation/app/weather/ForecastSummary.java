package city.sanitation.app.weather;

import city.sanitation.weather.Forecast;
import city.sanitation.weather.HourlyWeather;
import city.sanitation.weather.PrecipitationKind;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What a forecast says in one line, for the version lists and comparisons to tell which forecast a plan was made with
 * without reading the document.
 *
 * @param digest the stored document's key ({@code GET /api/plans/{id}/versions/{v}/forecast} answers it)
 * @param minTemperatureC the coldest hour
 * @param snowTotalCm the fresh snow of every hour together
 * @param rainTotalMm the rain of every hour together
 * @param alerts each alert kind and level in force at some hour, as {@code kind:level} (e.g. {@code heat:yellow})
 */
public record ForecastSummary(
        String digest,
        String source,
        LocalDateTime issuedAt,
        LocalDateTime firstHour,
        LocalDateTime endHour,
        double minTemperatureC,
        double snowTotalCm,
        double rainTotalMm,
        List<String> alerts) {

    public ForecastSummary {
        alerts = List.copyOf(alerts);
    }

    static ForecastSummary of(String digest, Forecast forecast) {
        List<HourlyWeather> hours = forecast.hours();
        return new ForecastSummary(
                digest,
                forecast.source(),
                forecast.issuedAt(),
                hours.get(0).hour(),
                hours.get(hours.size() - 1).hour().plusHours(1),
                hours.stream().mapToDouble(HourlyWeather::temperatureC).min().orElse(0),
                total(hours, PrecipitationKind.SNOW),
                total(hours, PrecipitationKind.RAIN),
                hours.stream()
                        .filter(hour -> hour.alert() != null)
                        .map(hour -> hour.alert().kind().name().toLowerCase(Locale.ROOT) + ":"
                                + hour.alert().level().name().toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList());
    }

    private static double total(List<HourlyWeather> hours, PrecipitationKind kind) {
        double sum = hours.stream()
                .filter(hour ->
                        hour.precipitation() != null && hour.precipitation().kind() == kind)
                .mapToDouble(hour -> hour.precipitation().amount())
                .sum();
        return Math.round(sum * 100) / 100.0;
    }
}
