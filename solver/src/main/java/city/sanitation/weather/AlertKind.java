package city.sanitation.weather;

/** What a weather or air-quality alert warns of. */
public enum AlertKind {
    /** Blowing dust or sand (沙尘). */
    DUST,
    /** High temperature (高温). */
    HEAT,
    /** Heavy air pollution (重污染天气). */
    AIR_QUALITY
}
