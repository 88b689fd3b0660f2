package city.sanitation.weather;

/** A district's forecast and the rules its work follows in that weather. */
public record DistrictWeather(Forecast forecast, WeatherRules rules) {

    /** No forecast, default rules: the plan ignores the weather. */
    public static final DistrictWeather NONE = new DistrictWeather(Forecast.NONE, WeatherRules.DEFAULTS);

    public DistrictWeather {
        forecast = forecast == null ? Forecast.NONE : forecast;
        rules = rules == null ? WeatherRules.DEFAULTS : rules;
    }

    /** Whether there is anything to write: a forecast or rules of the district's own. */
    public boolean isGiven() {
        return !forecast.isEmpty() || !rules.equals(WeatherRules.DEFAULTS);
    }

    /** The district's rules with the part of its forecast over {@code start} to {@code end}, if it covers that span. */
    public DistrictWeather forPeriod(java.time.LocalDateTime start, java.time.LocalDateTime end) {
        return new DistrictWeather(forecast.covering(start, end), rules);
    }

    public DistrictWeather withForecast(Forecast newForecast) {
        return new DistrictWeather(newForecast, rules);
    }
}
