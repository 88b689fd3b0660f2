package city.sanitation.road.snap;

/** Great-circle distances between WGS84 positions. */
public final class GeoDistance {

    /** Mean Earth radius (IUGG), in metres. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private GeoDistance() {}

    /** Haversine distance in metres between two longitude/latitude positions in degrees. */
    public static double metres(double lon1, double lat1, double lon2, double lat2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinHalfDeltaPhi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDeltaLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double a = sinHalfDeltaPhi * sinHalfDeltaPhi
                + Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
