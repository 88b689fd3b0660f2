package city.sanitation.weather;

import city.sanitation.road.RoadClass;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a district's work follows the weather; each value has a default a district may change.
 *
 * @param washingMinTemperatureC no washing or sprinkling in an hour colder than this: water freezes on the road
 * @param rainStopsWashingMm no washing or sprinkling in an hour with at least this much rain: it would be wasted
 * @param alertSprinklingLevel a dust, heat or air-quality alert at this level or above calls for extra sprinkling
 * @param alertSprinklingRoadClasses the streets that get the extra sprinkling passes
 * @param alertSprinklingPasses how many extra passes each such street gets on an alert day
 * @param sweptDustM3PerKm what a dry sweeping pass puts into the sweeper's dust hopper per km
 * @param snow how the district clears snow
 */
public record WeatherRules(
        double washingMinTemperatureC,
        double rainStopsWashingMm,
        AlertLevel alertSprinklingLevel,
        Set<RoadClass> alertSprinklingRoadClasses,
        int alertSprinklingPasses,
        double sweptDustM3PerKm,
        SnowRules snow) {

    public static final double DEFAULT_WASHING_MIN_TEMPERATURE_C = 3.0;
    public static final double DEFAULT_RAIN_STOPS_WASHING_MM = 0.5;
    public static final AlertLevel DEFAULT_ALERT_SPRINKLING_LEVEL = AlertLevel.YELLOW;
    public static final int DEFAULT_ALERT_SPRINKLING_PASSES = 1;
    public static final double DEFAULT_SWEPT_DUST_M3_PER_KM = 0.15;

    public static final WeatherRules DEFAULTS = new WeatherRules(
            DEFAULT_WASHING_MIN_TEMPERATURE_C,
            DEFAULT_RAIN_STOPS_WASHING_MM,
            DEFAULT_ALERT_SPRINKLING_LEVEL,
            EnumSet.of(RoadClass.MAIN),
            DEFAULT_ALERT_SPRINKLING_PASSES,
            DEFAULT_SWEPT_DUST_M3_PER_KM,
            SnowRules.DEFAULTS);

    /** Rules with the default snow clearing. */
    public WeatherRules(
            double washingMinTemperatureC,
            double rainStopsWashingMm,
            AlertLevel alertSprinklingLevel,
            Set<RoadClass> alertSprinklingRoadClasses,
            int alertSprinklingPasses,
            double sweptDustM3PerKm) {
        this(
                washingMinTemperatureC,
                rainStopsWashingMm,
                alertSprinklingLevel,
                alertSprinklingRoadClasses,
                alertSprinklingPasses,
                sweptDustM3PerKm,
                SnowRules.DEFAULTS);
    }

    public WeatherRules {
        snow = snow == null ? SnowRules.DEFAULTS : snow;
        alertSprinklingRoadClasses = alertSprinklingRoadClasses.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(alertSprinklingRoadClasses));
    }

    /** Why water may not go on the street in this hour, or null when it may. */
    public WetWorkBan banOf(HourlyWeather weather) {
        if (weather.temperatureC() < washingMinTemperatureC) {
            return new WetWorkBan(WetWorkBan.Cause.TOO_COLD, weather);
        }
        if (weather.rainsAtLeast(rainStopsWashingMm)) {
            return new WetWorkBan(WetWorkBan.Cause.RAIN, weather);
        }
        if (weather.snows()) {
            return new WetWorkBan(WetWorkBan.Cause.SNOW, weather);
        }
        return null;
    }

    /** Whether the alert calls for extra sprinkling. */
    public boolean callsForSprinkling(WeatherAlert alert) {
        return alert != null && alertSprinklingPasses > 0 && alert.level().atLeast(alertSprinklingLevel);
    }
}
