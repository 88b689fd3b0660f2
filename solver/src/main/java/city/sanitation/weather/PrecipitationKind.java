package city.sanitation.weather;

/** What falls from the sky in an hour of the forecast; each kind has its own unit. */
public enum PrecipitationKind {
    /** Rain, in millimetres of water. */
    RAIN,
    /** Snow, in centimetres of fresh snow depth. */
    SNOW
}
