package city.sanitation.road.snap;

import city.sanitation.road.RoadSegment;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;

/** Points along a segment's geometry, measured in metres as {@link SegmentSnapper} measures its fractions. */
public final class SegmentPoints {

    private SegmentPoints() {}

    /** The WGS84 point at {@code fraction} (0 at the start, 1 at the end) of the way along the segment. */
    public static Coordinate at(RoadSegment segment, double fraction) {
        LocalMetricProjection projection =
                LocalMetricProjection.around(segment.geometry().getEnvelopeInternal());
        LineString line = projection.project(segment.geometry());
        return projection.unproject(new LengthIndexedLine(line).extractPoint(fraction * line.getLength()));
    }

    /** The part of the segment's geometry between two fractions of the way along it, in driving order. */
    public static Coordinate[] between(RoadSegment segment, double fromFraction, double toFraction) {
        LocalMetricProjection projection =
                LocalMetricProjection.around(segment.geometry().getEnvelopeInternal());
        LineString line = projection.project(segment.geometry());
        double length = line.getLength();
        Coordinate[] part = new LengthIndexedLine(line)
                .extractLine(fromFraction * length, toFraction * length)
                .getCoordinates();
        Coordinate[] lonLat = new Coordinate[part.length];
        for (int i = 0; i < part.length; i++) {
            lonLat[i] = projection.unproject(part[i]);
        }
        return lonLat;
    }
}
