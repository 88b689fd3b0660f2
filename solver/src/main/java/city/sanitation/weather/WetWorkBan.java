package city.sanitation.weather;

/** Why an hour of the forecast keeps water off the streets, with the hour that says so. */
public record WetWorkBan(Cause cause, HourlyWeather weather) {

    public enum Cause {
        /** Colder than the washing temperature: the water would freeze. */
        TOO_COLD,
        /** Raining: washing would be wasted and spray the traffic. */
        RAIN,
        /** Snowing: the streets get ploughed, not washed. */
        SNOW
    }
}
