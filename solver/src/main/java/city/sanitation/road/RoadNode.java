package city.sanitation.road;

import org.locationtech.jts.geom.Coordinate;

/** A junction or the end of a street: where segments meet. Coordinates are WGS84 degrees. */
public record RoadNode(long id, double lat, double lon) {

    public Coordinate coordinate() {
        return new Coordinate(lon, lat);
    }
}
