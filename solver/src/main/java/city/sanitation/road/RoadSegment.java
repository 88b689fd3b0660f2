package city.sanitation.road;

import java.util.Objects;
import org.locationtech.jts.geom.LineString;

/**
 * One directed, drivable stretch of street between two junctions: the unit of washing work. A two-way street is
 * two segments, one per direction; {@code oneWay} says that the reverse direction may not be driven.
 *
 * @param geometry WGS84 line from the {@code fromNode} to the {@code toNode}, in driving order
 * @param widthMetres carriageway width; 0 when unknown
 */
public record RoadSegment(
        String id,
        long fromNode,
        long toNode,
        LineString geometry,
        double lengthMetres,
        RoadClass roadClass,
        String name,
        boolean oneWay,
        int lanes,
        double widthMetres) {

    public RoadSegment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(roadClass, "roadClass");
        if (!(lengthMetres > 0)) {
            throw new IllegalArgumentException(
                    "The length (" + lengthMetres + ") of segment (" + id + ") must be positive.");
        }
        name = name == null ? "" : name;
    }
}
