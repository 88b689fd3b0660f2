package city.sanitation.road.snap;

import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.linearref.LinearLocation;
import org.locationtech.jts.linearref.LocationIndexedLine;

/**
 * Finds the street segment nearest to a WGS84 location, with an STRtree over the segments in a local metric
 * projection. A two-way street is two segments on the same line; of two equally near segments the one that has the
 * location on its right-hand side wins, because in China a vehicle serves the kerb on its right.
 */
public final class SegmentSnapper {

    /** Segments nearer to each other than this (in metres) count as equally near. */
    private static final double TIE_METRES = 0.01;

    private static final int CANDIDATES = 4;

    private final RoadNetwork network;
    private final LocalMetricProjection projection;
    private final LineString[] projected;
    private final STRtree tree = new STRtree();
    private final GeometryFactory factory = new GeometryFactory();

    public SegmentSnapper(RoadNetwork network) {
        this.network = network;
        Envelope extent = new Envelope();
        for (RoadSegment segment : network.segments()) {
            extent.expandToInclude(segment.geometry().getEnvelopeInternal());
        }
        this.projection = LocalMetricProjection.around(extent);
        this.projected = new LineString[network.segmentCount()];
        for (int i = 0; i < projected.length; i++) {
            projected[i] = projection.project(network.segment(i).geometry());
            tree.insert(projected[i].getEnvelopeInternal(), i);
        }
        tree.build();
    }

    public Optional<SegmentSnap> snap(Point wgs84) {
        return snap(wgs84.getX(), wgs84.getY());
    }

    /** The nearest segment to a location; empty only when the network has no segments. */
    public Optional<SegmentSnap> snap(double lon, double lat) {
        if (projected.length == 0) {
            return Optional.empty();
        }
        Point query = factory.createPoint(projection.project(lon, lat));
        Object[] nearest = tree.nearestNeighbour(
                query.getEnvelopeInternal(), query, (a, b) -> geometry(a).distance(geometry(b)), CANDIDATES);
        Candidate best = Arrays.stream(nearest)
                .map(item -> candidate((Integer) item, query.getCoordinate()))
                .min(Comparator.comparingDouble(Candidate::distance))
                .orElseThrow();
        Candidate chosen = Arrays.stream(nearest)
                .map(item -> candidate((Integer) item, query.getCoordinate()))
                .filter(candidate -> candidate.distance() - best.distance() <= TIE_METRES)
                .min(Comparator.comparing((Candidate candidate) -> !candidate.onRightSide())
                        .thenComparingInt(Candidate::segmentIndex))
                .orElseThrow();
        return Optional.of(toSnap(chosen, lon, lat));
    }

    private Geometry geometry(ItemBoundable boundable) {
        Object item = boundable.getItem();
        return item instanceof Integer index ? projected[index] : (Geometry) item;
    }

    private record Candidate(int segmentIndex, double distance, double index, boolean onRightSide) {}

    private Candidate candidate(int segmentIndex, Coordinate query) {
        LineString line = projected[segmentIndex];
        LinearLocation location = new LocationIndexedLine(line).project(query);
        Coordinate nearestPoint = location.getCoordinate(line);
        LineSegment piece = location.getSegment(line);
        boolean onRight = piece.orientationIndex(query) < 0;
        double index = new LengthIndexedLine(line).indexOf(nearestPoint);
        return new Candidate(segmentIndex, nearestPoint.distance(query), index, onRight);
    }

    private SegmentSnap toSnap(Candidate candidate, double lon, double lat) {
        LineString line = projected[candidate.segmentIndex()];
        double length = line.getLength();
        double fraction = length > 0 ? Math.min(1.0, Math.max(0.0, candidate.index() / length)) : 0.0;
        Coordinate snapped = projection.unproject(new LengthIndexedLine(line).extractPoint(candidate.index()));
        RoadSegment segment = network.segment(candidate.segmentIndex());
        long nearestNode = fraction <= 0.5 ? segment.fromNode() : segment.toNode();
        return new SegmentSnap(
                candidate.segmentIndex(),
                segment,
                fraction,
                network.nodeIndex(nearestNode),
                snapped,
                GeoDistance.metres(lon, lat, snapped.x, snapped.y));
    }
}
