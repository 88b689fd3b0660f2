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

    /** A lane's width, for a segment that gives its width but not its lanes. */
    public static final double LANE_WIDTH_METRES = 3.5;

    /**
     * The lanes of this segment's direction: {@code lanes} counts the whole carriageway, so a two-way segment's
     * direction has half of it (rounded up); without lanes, its width in 3.5 m lanes; without either, 2 on main and
     * secondary roads and 1 on branch roads and alleys.
     */
    public int lanesPerDirection() {
        int directions = oneWay ? 1 : 2;
        if (lanes > 1) {
            return Math.max(1, (lanes + directions - 1) / directions);
        }
        if (widthMetres > 0) {
            return Math.max(1, (int) Math.floor(widthMetres / directions / LANE_WIDTH_METRES));
        }
        return switch (roadClass) {
            case MAIN, SECONDARY -> 2;
            case BRANCH, ALLEY -> 1;
        };
    }
}
