package city.sanitation.weather;

/** An alert in force during an hour of the forecast. */
public record WeatherAlert(AlertKind kind, AlertLevel level) {

    public WeatherAlert {
        if (kind == null || level == null) {
            throw new IllegalArgumentException("An alert needs its kind and its level.");
        }
    }
}
