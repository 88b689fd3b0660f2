package city.sanitation.road.osm;

import city.sanitation.road.RoadSegment;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Cuts drivable ways into directed segments between junctions. A way is cut at every node that it shares with another
 * drivable way (or passes twice), so no segment runs through a junction; each part becomes one segment per allowed
 * direction, with the id {@code w<wayId>-<partIndex>-f} in node order and {@code -r} against it. Part indexes count
 * from 0 along the way and do not depend on the boundary, so an id names the same piece of street in every import
 * of the same file.
 */
final class WaySplitter {

    private final UsedNodes nodes;
    private final GeometryFactory geometryFactory;
    private int partsWithMissingNodes;
    private int partsOfZeroLength;

    WaySplitter(UsedNodes nodes, GeometryFactory geometryFactory) {
        this.nodes = nodes;
        this.geometryFactory = geometryFactory;
    }

    List<RoadSegment> split(DrivableWay way) {
        long[] ids = way.nodeIds();
        List<RoadSegment> segments = new ArrayList<>();
        int partIndex = 0;
        int start = 0;
        for (int i = 1; i < ids.length; i++) {
            if (i == ids.length - 1 || nodes.isJunction(ids[i])) {
                addPart(way, start, i, partIndex++, segments);
                start = i;
            }
        }
        return segments;
    }

    /** Parts that were left out because the file lacks one of their nodes, as extracts cut at a border do. */
    int partsWithMissingNodes() {
        return partsWithMissingNodes;
    }

    /** Parts left out because all their nodes lie on the same spot, which no truck can wash. */
    int partsOfZeroLength() {
        return partsOfZeroLength;
    }

    private void addPart(DrivableWay way, int start, int end, int partIndex, List<RoadSegment> segments) {
        long[] ids = way.nodeIds();
        Coordinate[] forward = new Coordinate[end - start + 1];
        for (int i = start; i <= end; i++) {
            if (!nodes.isLocated(ids[i])) {
                partsWithMissingNodes++;
                return;
            }
            forward[i - start] = new Coordinate(nodes.lon(ids[i]), nodes.lat(ids[i]));
        }
        double length = GreatCircle.metres(forward);
        if (!(length > 0)) {
            partsOfZeroLength++;
            return;
        }
        String idPrefix = "w" + way.wayId() + "-" + partIndex;
        boolean oneWay = way.direction().isOneWay();
        if (way.direction().allowsForward()) {
            segments.add(segment(way, idPrefix + "-f", ids[start], ids[end], forward, length, oneWay));
        }
        if (way.direction().allowsBackward()) {
            Coordinate[] backward = new Coordinate[forward.length];
            for (int i = 0; i < forward.length; i++) {
                backward[i] = forward[forward.length - 1 - i].copy();
            }
            segments.add(segment(way, idPrefix + "-r", ids[end], ids[start], backward, length, oneWay));
        }
    }

    private RoadSegment segment(
            DrivableWay way, String id, long from, long to, Coordinate[] polyline, double length, boolean oneWay) {
        LineString geometry = geometryFactory.createLineString(polyline);
        return new RoadSegment(
                id, from, to, geometry, length, way.roadClass(), way.name(), oneWay, way.lanes(), way.widthMetres());
    }
}
