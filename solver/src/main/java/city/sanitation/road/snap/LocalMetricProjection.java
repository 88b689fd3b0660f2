package city.sanitation.road.snap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * An equirectangular projection around a reference point: x metres east, y metres north. Over a district (a few tens
 * of kilometres) its distortion stays well below a metre per kilometre, plenty for snapping, and it needs no
 * projection library.
 */
public final class LocalMetricProjection {

    private static final double METRES_PER_DEGREE = Math.toRadians(1) * GeoDistance.EARTH_RADIUS_METRES;

    private final double originLon;
    private final double originLat;
    private final double metresPerDegreeLon;
    private final GeometryFactory factory = new GeometryFactory();

    public LocalMetricProjection(double originLon, double originLat) {
        this.originLon = originLon;
        this.originLat = originLat;
        this.metresPerDegreeLon = METRES_PER_DEGREE * Math.cos(Math.toRadians(originLat));
    }

    /** A projection centred on the middle of a WGS84 envelope. */
    public static LocalMetricProjection around(Envelope wgs84) {
        return wgs84.isNull()
                ? new LocalMetricProjection(0, 0)
                : new LocalMetricProjection(wgs84.centre().x, wgs84.centre().y);
    }

    public Coordinate project(double lon, double lat) {
        return new Coordinate((lon - originLon) * metresPerDegreeLon, (lat - originLat) * METRES_PER_DEGREE);
    }

    public Coordinate project(Coordinate lonLat) {
        return project(lonLat.x, lonLat.y);
    }

    public Coordinate unproject(Coordinate metres) {
        return new Coordinate(originLon + metres.x / metresPerDegreeLon, originLat + metres.y / METRES_PER_DEGREE);
    }

    public LineString project(LineString wgs84) {
        Coordinate[] coordinates = wgs84.getCoordinates();
        Coordinate[] projected = new Coordinate[coordinates.length];
        for (int i = 0; i < coordinates.length; i++) {
            projected[i] = project(coordinates[i]);
        }
        return factory.createLineString(projected);
    }
}
