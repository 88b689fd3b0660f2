package city.sanitation.road.osm;

import org.locationtech.jts.geom.Coordinate;

/** Distances on the earth's surface between WGS84 positions, by the haversine formula on a spherical earth. */
final class GreatCircle {

    /** The mean earth radius of IUGG, which keeps the spherical error within about 0.5 % anywhere. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private GreatCircle() {}

    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinHalfDeltaPhi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDeltaLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double h = sinHalfDeltaPhi * sinHalfDeltaPhi
                + Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The length of a polyline whose coordinates are (x = longitude, y = latitude). */
    static double metres(Coordinate[] polyline) {
        double sum = 0;
        for (int i = 1; i < polyline.length; i++) {
            sum += metres(polyline[i - 1].y, polyline[i - 1].x, polyline[i].y, polyline[i].x);
        }
        return sum;
    }
}
