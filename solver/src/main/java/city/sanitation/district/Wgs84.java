package city.sanitation.district;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/** The geometry factory for generated WGS84 geometries (SRID 4326, x = longitude, y = latitude). */
final class Wgs84 {

    static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    private Wgs84() {}

    static Point point(Coordinate lonLat) {
        return GEOMETRY.createPoint(lonLat);
    }
}
