package city.sanitation.district;

import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A road network seen on a flat local map: its streets (one directed segment per street block, the other direction
 * of a two-way street left out), junction positions in metres, and a spatial index to find the nearest street.
 */
public final class StreetMap {

    private static final GeometryFactory METRIC = new GeometryFactory();

    private final RoadNetwork network;
    private final LocalProjection projection;
    private final List<RoadSegment> streets;
    private final List<LineString> streetLinesInMetres;
    private final Coordinate[] nodesInMetres;
    private final LocalRectangle extent;
    private final STRtree index = new STRtree();

    public StreetMap(RoadNetwork network, LocalProjection projection) {
        if (network.segmentCount() == 0) {
            throw new IllegalArgumentException("The road network has no segments.\nMaybe the OSM extract is empty.");
        }
        this.network = network;
        this.projection = projection;
        this.streets = oneSegmentPerStreetBlock(network);
        this.nodesInMetres = new Coordinate[network.nodeCount()];
        double west = Double.MAX_VALUE;
        double south = Double.MAX_VALUE;
        double east = -Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        for (int i = 0; i < network.nodeCount(); i++) {
            RoadNode node = network.node(i);
            Coordinate metres = projection.toMetres(node.lat(), node.lon());
            nodesInMetres[i] = metres;
            west = Math.min(west, metres.x);
            south = Math.min(south, metres.y);
            east = Math.max(east, metres.x);
            north = Math.max(north, metres.y);
        }
        this.extent = new LocalRectangle(west, south, Math.max(east, west + 1), Math.max(north, south + 1));
        this.streetLinesInMetres = new ArrayList<>(streets.size());
        for (int i = 0; i < streets.size(); i++) {
            LineString line = inMetres(streets.get(i).geometry());
            streetLinesInMetres.add(line);
            index.insert(line.getEnvelopeInternal(), i);
        }
        index.build();
    }

    /** The network's own projection: around the middle of its bounding box. */
    public static StreetMap of(RoadNetwork network) {
        Envelope envelope = new Envelope();
        for (RoadNode node : network.nodes()) {
            envelope.expandToInclude(node.lon(), node.lat());
        }
        return new StreetMap(network, LocalProjection.around(envelope));
    }

    private static List<RoadSegment> oneSegmentPerStreetBlock(RoadNetwork network) {
        List<RoadSegment> streets = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (RoadSegment segment : network.segments()) {
            if (covered.contains(segment.id())) {
                continue;
            }
            streets.add(segment);
            covered.add(segment.id());
            if (!segment.oneWay()) {
                network.reverseOf(segment).ifPresent(reverse -> covered.add(reverse.id()));
            }
        }
        return List.copyOf(streets);
    }

    public RoadNetwork network() {
        return network;
    }

    public LocalProjection projection() {
        return projection;
    }

    /** One directed segment per street block: the first of a two-way pair in network order. */
    public List<RoadSegment> streets() {
        return streets;
    }

    LineString streetInMetres(int streetIndex) {
        return streetLinesInMetres.get(streetIndex);
    }

    public LocalRectangle extent() {
        return extent;
    }

    Coordinate nodeInMetres(int nodeIndex) {
        return nodesInMetres[nodeIndex];
    }

    LineString inMetres(LineString wgs84) {
        Coordinate[] coordinates = wgs84.getCoordinates();
        Coordinate[] metres = new Coordinate[coordinates.length];
        for (int i = 0; i < coordinates.length; i++) {
            metres[i] = projection.toMetres(coordinates[i]);
        }
        return METRIC.createLineString(metres);
    }

    /** The point {@code offsetMetres} to the left (negative: right) of the street, at fraction {@code along}. */
    Point beside(int streetIndex, double along, double offsetMetres) {
        Coordinate metres = besideInMetres(streetIndex, along, offsetMetres);
        return Wgs84.point(projection.toWgs84(metres.x, metres.y));
    }

    Coordinate besideInMetres(int streetIndex, double along, double offsetMetres) {
        LineString line = streetLinesInMetres.get(streetIndex);
        double target = line.getLength() * along;
        double walked = 0;
        for (int i = 1; i < line.getNumPoints(); i++) {
            Coordinate a = line.getCoordinateN(i - 1);
            Coordinate b = line.getCoordinateN(i);
            double piece = a.distance(b);
            if (walked + piece >= target || i == line.getNumPoints() - 1) {
                double t = piece == 0 ? 0 : Math.min(1, (target - walked) / piece);
                double dx = piece == 0 ? 0 : (b.x - a.x) / piece;
                double dy = piece == 0 ? 0 : (b.y - a.y) / piece;
                return new Coordinate(
                        a.x + dx * piece * t - dy * offsetMetres, a.y + dy * piece * t + dx * offsetMetres);
            }
            walked += piece;
        }
        return line.getCoordinateN(0);
    }

    /** Which way the left side of the street faces: 北, 南, 东 or 西. */
    String leftSideName(int streetIndex) {
        LineString line = streetLinesInMetres.get(streetIndex);
        Coordinate a = line.getCoordinateN(0);
        Coordinate b = line.getCoordinateN(line.getNumPoints() - 1);
        double leftX = -(b.y - a.y);
        double leftY = b.x - a.x;
        if (Math.abs(leftX) > Math.abs(leftY)) {
            return leftX > 0 ? "东" : "西";
        }
        return leftY > 0 ? "北" : "南";
    }

    /** The distance in metres from a WGS84 point to the nearest street. */
    public double distanceToNearestStreet(Point wgs84) {
        Point point = METRIC.createPoint(projection.toMetres(wgs84.getCoordinate()));
        return streetLinesInMetres.get(nearestStreetIndex(point)).distance(point);
    }

    /** The street nearest to a WGS84 point. */
    public RoadSegment nearestStreet(Point wgs84) {
        return streets.get(nearestStreetIndex(METRIC.createPoint(projection.toMetres(wgs84.getCoordinate()))));
    }

    private int nearestStreetIndex(Point metres) {
        double radius = 100;
        while (true) {
            Envelope search = new Envelope(metres.getCoordinate());
            search.expandBy(radius);
            double best = Double.MAX_VALUE;
            int bestIndex = -1;
            for (Object found : index.query(search)) {
                int street = (Integer) found;
                double distance = streetLinesInMetres.get(street).distance(metres);
                if (distance < best || (distance == best && street < bestIndex)) {
                    best = distance;
                    bestIndex = street;
                }
            }
            // Lines farther than the radius may be missing from the query, so only a hit within it is final.
            if (best <= radius) {
                return bestIndex;
            }
            radius = best == Double.MAX_VALUE ? radius * 4 : best;
        }
    }

    /** Street indexes of a class. */
    List<Integer> streetsOf(Set<RoadClass> classes) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < streets.size(); i++) {
            if (classes.contains(streets.get(i).roadClass())) {
                found.add(i);
            }
        }
        return found;
    }
}
