package city.sanitation.district;

/** Names of places after the street they stand on, as 大东街精品公厕 or, on a foreign map, Avenue X 精品公厕. */
final class PlaceNames {

    private PlaceNames() {}

    /** {@code street} followed by {@code kind}; null when the street has no name. */
    static String onStreet(String street, String kind) {
        if (street == null || street.isBlank()) {
            return null;
        }
        char last = street.charAt(street.length() - 1);
        boolean chinese = Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN;
        return chinese ? street + kind : street + " " + kind;
    }
}
