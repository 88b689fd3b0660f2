package city.sanitation.district;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;

/**
 * A flat map of a district around an origin: x east and y north in metres. Across a district of ten kilometres the
 * equirectangular error stays well under a metre, which is plenty for placing depots and drawing streets.
 */
public record LocalProjection(double originLat, double originLon) {

    public static final double EARTH_RADIUS_METRES = 6_371_008.8;
    static final double METRES_PER_DEGREE_LATITUDE = EARTH_RADIUS_METRES * Math.PI / 180.0;

    /** The projection around the middle of a WGS84 envelope (x = longitude, y = latitude). */
    public static LocalProjection around(Envelope wgs84) {
        return new LocalProjection(wgs84.centre().y, wgs84.centre().x);
    }

    private double metresPerDegreeLongitude() {
        return METRES_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(originLat));
    }

    /**
     * The WGS84 coordinate (x = longitude, y = latitude) of a local point, rounded to 1e-7 degrees (about a
     * centimetre) so that written datasets stay small and identical from run to run.
     */
    public Coordinate toWgs84(double xMetres, double yMetres) {
        double lat = originLat + yMetres / METRES_PER_DEGREE_LATITUDE;
        double lon = originLon + xMetres / metresPerDegreeLongitude();
        return new Coordinate(roundDegrees(lon), roundDegrees(lat));
    }

    /** The local point (x east, y north, metres) of a WGS84 coordinate (x = longitude, y = latitude). */
    public Coordinate toMetres(Coordinate wgs84) {
        return new Coordinate(
                (wgs84.x - originLon) * metresPerDegreeLongitude(), (wgs84.y - originLat) * METRES_PER_DEGREE_LATITUDE);
    }

    public Coordinate toMetres(double lat, double lon) {
        return toMetres(new Coordinate(lon, lat));
    }

    static double roundDegrees(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }

    public static double haversineMetres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    /** The length of a WGS84 line along the earth's surface. */
    public static double lengthMetres(LineString wgs84) {
        double length = 0;
        for (int i = 1; i < wgs84.getNumPoints(); i++) {
            Coordinate a = wgs84.getCoordinateN(i - 1);
            Coordinate b = wgs84.getCoordinateN(i);
            length += haversineMetres(a.y, a.x, b.y, b.x);
        }
        return length;
    }
}
