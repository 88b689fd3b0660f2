package city.sanitation.weather;

/**
 * A district's forecast, the snowfalls its dispatchers reported, and the rules its work follows in that weather.
 *
 * @param snowfalls snow observed on the district's streets, entered by dispatchers; empty when none was reported
 */
public record DistrictWeather(Forecast forecast, WeatherRules rules, java.util.List<Snowfall> snowfalls) {

    /** No forecast, default rules: the plan ignores the weather. */
    public static final DistrictWeather NONE = new DistrictWeather(Forecast.NONE, WeatherRules.DEFAULTS);

    public DistrictWeather {
        forecast = forecast == null ? Forecast.NONE : forecast;
        rules = rules == null ? WeatherRules.DEFAULTS : rules;
        snowfalls = snowfalls == null ? java.util.List.of() : java.util.List.copyOf(snowfalls);
    }

    /** A forecast and rules, no snowfall reported. */
    public DistrictWeather(Forecast forecast, WeatherRules rules) {
        this(forecast, rules, java.util.List.of());
    }

    /** Whether there is anything to write: a forecast, a reported snowfall or rules of the district's own. */
    public boolean isGiven() {
        return !forecast.isEmpty() || !snowfalls.isEmpty() || !rules.equals(WeatherRules.DEFAULTS);
    }

    /** The district's rules with the part of its forecast over {@code start} to {@code end}, if it covers that span. */
    public DistrictWeather forPeriod(java.time.LocalDateTime start, java.time.LocalDateTime end) {
        return new DistrictWeather(forecast.covering(start, end), rules, snowfalls);
    }

    public DistrictWeather withForecast(Forecast newForecast) {
        return new DistrictWeather(newForecast, rules, snowfalls);
    }

    public DistrictWeather withSnowfalls(java.util.List<Snowfall> newSnowfalls) {
        return new DistrictWeather(forecast, rules, newSnowfalls);
    }
}
