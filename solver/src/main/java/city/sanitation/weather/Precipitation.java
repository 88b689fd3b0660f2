package city.sanitation.weather;

/**
 * Rain or snow in one hour: rain in millimetres, snow in centimetres of fresh depth, as forecasts give them.
 *
 * @param amount millimetres of rain or centimetres of snow
 */
public record Precipitation(PrecipitationKind kind, double amount) {

    public Precipitation {
        if (kind == null) {
            throw new IllegalArgumentException("The precipitation kind must be given.");
        }
    }

    public static Precipitation rainMm(double millimetres) {
        return new Precipitation(PrecipitationKind.RAIN, millimetres);
    }

    public static Precipitation snowCm(double centimetres) {
        return new Precipitation(PrecipitationKind.SNOW, centimetres);
    }
}
