package city.sanitation.app.weather;

import city.sanitation.weather.Forecast;
import city.sanitation.weather.HourlyWeather;
import city.sanitation.weather.Precipitation;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A forecast changed the way a dispatcher's report or a manager's what-if says: snow or rain over some hours, or every
 * hour colder. Every other value of every hour stays as it was.
 */
public final class ForecastChanges {

    /**
     * Snow needs frost to lie: an hour of snow is made no warmer than this, since a snow hour at +5 °C would be
     * accepted by every check and still plan nothing a crew would meet (the rules ban water in snow hours anyway).
     */
    public static final double SNOW_WARMEST_C = 0;

    private ForecastChanges() {}

    /** Whether the forecast has every hour from {@code start} to {@code end}. */
    public static boolean covers(Forecast forecast, LocalDateTime start, LocalDateTime end) {
        return !forecast.isEmpty()
                && !forecast.hours().get(0).hour().isAfter(start)
                && !lastEnd(forecast).isBefore(end);
    }

    /** The end of the forecast's last hour. */
    public static LocalDateTime lastEnd(Forecast forecast) {
        return forecast.hours().get(forecast.hours().size() - 1).hour().plusHours(1);
    }

    /**
     * Snow from {@code start} to {@code end}, {@code depthCm} in all, each hour's share by the minutes of it that fall
     * in the span; those hours become snow hours (any rain they had is replaced) no warmer than {@link #SNOW_WARMEST_C}.
     */
    public static Forecast snow(Forecast forecast, LocalDateTime start, LocalDateTime end, double depthCm) {
        long[] overlaps = forecast.hours().stream()
                .mapToLong(hour -> Math.max(0, overlapMinutes(hour, start, end)))
                .toArray();
        long[] hundredths = shares(Math.round(depthCm * 100), overlaps);
        List<HourlyWeather> hours = new ArrayList<>();
        for (int i = 0; i < overlaps.length; i++) {
            HourlyWeather hour = forecast.hours().get(i);
            hours.add(
                    overlaps[i] == 0
                            ? hour
                            : new HourlyWeather(
                                    hour.hour(),
                                    Math.min(hour.temperatureC(), SNOW_WARMEST_C),
                                    hour.windKmh(),
                                    Precipitation.snowCm(hundredths[i] / 100.0),
                                    hour.alert()));
        }
        return new Forecast(forecast.source(), forecast.issuedAt(), hours);
    }

    /**
     * {@code total} shared in proportion to {@code weights} in whole units, the units rounding leaves over going to the
     * largest remainders, so that the shares add up to the total (the depth reported, to the hundredth of a cm).
     */
    static long[] shares(long total, long[] weights) {
        long sum = java.util.Arrays.stream(weights).sum();
        long[] shares = new long[weights.length];
        if (sum == 0) {
            return shares;
        }
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            shares[i] = total * weights[i] / sum;
            given += shares[i];
        }
        Integer[] byRemainder = new Integer[weights.length];
        for (int i = 0; i < weights.length; i++) {
            byRemainder[i] = i;
        }
        java.util.Arrays.sort(byRemainder, (a, b) -> Long.compare(total * weights[b] % sum, total * weights[a] % sum));
        for (int k = 0; given < total; k++, given++) {
            shares[byRemainder[k]]++;
        }
        return shares;
    }

    /** Rain of {@code mmPerHour} in every hour from {@code start} to {@code end} (any snow they had is replaced). */
    public static Forecast rain(Forecast forecast, LocalDateTime start, LocalDateTime end, double mmPerHour) {
        List<HourlyWeather> hours = new ArrayList<>();
        for (HourlyWeather hour : forecast.hours()) {
            hours.add(
                    overlapMinutes(hour, start, end) <= 0
                            ? hour
                            : new HourlyWeather(
                                    hour.hour(),
                                    hour.temperatureC(),
                                    hour.windKmh(),
                                    Precipitation.rainMm(mmPerHour),
                                    hour.alert()));
        }
        return new Forecast(forecast.source(), forecast.issuedAt(), hours);
    }

    /** Every hour {@code degreesC} colder. */
    public static Forecast colder(Forecast forecast, double degreesC) {
        List<HourlyWeather> hours = forecast.hours().stream()
                .map(hour -> new HourlyWeather(
                        hour.hour(),
                        Math.round((hour.temperatureC() - degreesC) * 10) / 10.0,
                        hour.windKmh(),
                        hour.precipitation(),
                        hour.alert()))
                .toList();
        return new Forecast(forecast.source(), forecast.issuedAt(), hours);
    }

    /** The same hours under another source, e.g. to say a what-if changed them. */
    public static Forecast from(Forecast forecast, String source) {
        return new Forecast(source, forecast.issuedAt(), forecast.hours());
    }

    private static long overlapMinutes(HourlyWeather hour, LocalDateTime start, LocalDateTime end) {
        LocalDateTime from = hour.hour().isAfter(start) ? hour.hour() : start;
        LocalDateTime to = hour.hour().plusHours(1).isBefore(end) ? hour.hour().plusHours(1) : end;
        return Duration.between(from, to).toMinutes();
    }
}
