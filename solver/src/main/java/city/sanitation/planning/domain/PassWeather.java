package city.sanitation.planning.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the weather shapes a street pass, chosen when the day's problem is built from the forecast: a wet pass kept out of
 * the hours when water may not go on the street, a street swept dry instead of washed, a street deferred to its next
 * due day, or an extra sprinkling pass on an alert day. Its code and parameters say why, for the pages to word.
 *
 * @param wetBans the hours (seconds since the horizon start) when water may not go on the street; a wet pass must not
 *     overlap them. Empty for a dry pass.
 * @param code the outcome (WEATHER_WET_HOURS_LIMITED, WEATHER_SWEPT_INSTEAD, WEATHER_SWEPT_DRY, WEATHER_DEFERRED)
 *     and the cause (TOO_COLD, RAIN, SNOW) joined by an underscore, e.g. WEATHER_DEFERRED_TOO_COLD; or
 *     ALERT_SPRINKLING
 * @param params the cause (TOO_COLD, RAIN, SNOW or an alert's kind), the local time, temperature, threshold, rain,
 *     snow or alert level, and the day a deferred street is due again
 * @param text the same in English, for the command line
 */
public record PassWeather(Mode mode, List<TimeInterval> wetBans, String code, Map<String, String> params, String text) {

    public enum Mode {
        /** Washed or sprinkled with water, only outside the banned hours. */
        WET,
        /** Swept without water: no water used, its dust goes into the sweeper's hopper. */
        DRY,
        /** Not possible today: no hour fits and no sweeper can take it; it waits for its next due day. */
        DEFERRED
    }

    public PassWeather {
        wetBans = List.copyOf(wetBans);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public boolean isDry() {
        return mode == Mode.DRY;
    }

    public boolean isDeferred() {
        return mode == Mode.DEFERRED;
    }

    /** Whether water would go on the street in a banned hour while the pass runs from {@code start} to {@code end}. */
    public boolean wetDuringBan(long start, long end) {
        if (mode == Mode.DRY) {
            return false;
        }
        for (TimeInterval ban : wetBans) {
            if (start < ban.end() && end > ban.start()) {
                return true;
            }
        }
        return false;
    }
}
