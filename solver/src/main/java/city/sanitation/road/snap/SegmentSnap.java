package city.sanitation.road.snap;

import city.sanitation.road.RoadSegment;
import org.locationtech.jts.geom.Coordinate;

/**
 * Where a location meets the street network.
 *
 * @param segmentIndex index of {@code segment} in the road network
 * @param fraction how far along the segment the snapped point lies, 0 at its start and 1 at its end
 * @param nearestNodeIndex network index of the segment's end nearer (along the segment) to the snapped point
 * @param snappedPoint the point on the segment nearest to the location, WGS84 longitude/latitude
 * @param distanceMetres from the location to {@code snappedPoint}
 */
public record SegmentSnap(
        int segmentIndex,
        RoadSegment segment,
        double fraction,
        int nearestNodeIndex,
        Coordinate snappedPoint,
        double distanceMetres) {}
