package city.sanitation.weather;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An hourly forecast for a district, hour after hour without gaps.
 *
 * @param source where it comes from (a weather service, the sample generator), for the dispatcher to judge it
 * @param issuedAt when it was issued, local time; null when unknown
 */
public record Forecast(String source, LocalDateTime issuedAt, List<HourlyWeather> hours) {

    /** No forecast at all: no weather rule applies. */
    public static final Forecast NONE = new Forecast("", null, List.of());

    public Forecast {
        source = source == null ? "" : source;
        hours = List.copyOf(hours);
    }

    public boolean isEmpty() {
        return hours.isEmpty();
    }

    /**
     * The hours of this forecast from {@code start} to {@code end}, when it covers that whole span; no forecast at all
     * when it does not (a forecast for another day says nothing about this one).
     */
    public Forecast covering(LocalDateTime start, LocalDateTime end) {
        if (hours.isEmpty()
                || hours.get(0).hour().isAfter(start)
                || hours.get(hours.size() - 1).hour().plusHours(1).isBefore(end)) {
            return NONE;
        }
        List<HourlyWeather> span = hours.stream()
                .filter(hour ->
                        hour.hour().isBefore(end) && hour.hour().plusHours(1).isAfter(start))
                .toList();
        return new Forecast(source, issuedAt, span);
    }

    /** The hour that contains {@code time}, if the forecast covers it. */
    public Optional<HourlyWeather> at(LocalDateTime time) {
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime first = hours.get(0).hour();
        long index = java.time.Duration.between(first, time).toHours();
        if (time.isBefore(first) || index >= hours.size()) {
            return Optional.empty();
        }
        return Optional.of(hours.get((int) index));
    }
}
