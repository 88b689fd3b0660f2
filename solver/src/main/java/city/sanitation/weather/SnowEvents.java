package city.sanitation.weather;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The snow events of a district's weather: each run of snowy forecast hours, and each snowfall a dispatcher reported. */
public final class SnowEvents {

    private SnowEvents() {}

    /** Every event, forecast runs and reported snowfalls alike, by start; shallow ones included. */
    public static List<SnowEvent> of(DistrictWeather weather) {
        List<SnowEvent> events = new ArrayList<>(forecastRuns(weather.forecast()));
        for (Snowfall snowfall : weather.snowfalls()) {
            String source = snowfall.reportedBy().isBlank() ? "reported" : snowfall.reportedBy();
            events.add(new SnowEvent(snowfall.start(), snowfall.end(), snowfall.depthCm(), source));
        }
        events.sort(Comparator.comparing(SnowEvent::start).thenComparing(SnowEvent::end));
        return events;
    }

    /** Each maximal run of consecutive snowy hours, ending at the end of its last snowy hour, its depth their sum. */
    static List<SnowEvent> forecastRuns(Forecast forecast) {
        List<SnowEvent> runs = new ArrayList<>();
        HourlyWeather first = null;
        HourlyWeather last = null;
        double depth = 0;
        for (HourlyWeather hour : forecast.hours()) {
            boolean continues = last != null && hour.hour().equals(last.hour().plusHours(1));
            if (hour.snows() && (first == null || continues)) {
                first = first == null ? hour : first;
                last = hour;
                depth += hour.precipitation().amount();
                continue;
            }
            if (first != null) {
                runs.add(run(first, last, depth));
            }
            first = hour.snows() ? hour : null;
            last = hour.snows() ? hour : null;
            depth = hour.snows() ? hour.precipitation().amount() : 0;
        }
        if (first != null) {
            runs.add(run(first, last, depth));
        }
        return runs;
    }

    private static SnowEvent run(HourlyWeather first, HourlyWeather last, double depth) {
        return new SnowEvent(first.hour(), last.hour().plusHours(1), Math.round(depth * 10) / 10.0, "forecast");
    }
}
