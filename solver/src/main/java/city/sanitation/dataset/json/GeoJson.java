package city.sanitation.dataset.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * GeoJSON (RFC 7946) geometries of a dataset: Point, LineString, Polygon and MultiPolygon in WGS84 longitude/latitude.
 * Written coordinates are rounded to 7 decimals (about 1 cm), which keeps files small and stable.
 */
public final class GeoJson {

    public static final int WGS84_SRID = 4326;
    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), WGS84_SRID);
    private static final double SCALE = 1e7;

    private GeoJson() {}

    public static double round(double degrees) {
        return Math.round(degrees * SCALE) / SCALE;
    }

    public static Point readPoint(TrackedNode geometry) {
        requireType(geometry, "Point");
        return WGS84.createPoint(position(geometry.field("coordinates")));
    }

    public static LineString readLineString(TrackedNode geometry) {
        requireType(geometry, "LineString");
        TrackedNode coordinates = geometry.field("coordinates");
        Coordinate[] positions = positions(coordinates);
        if (positions.length < 2) {
            throw new MappingProblem(coordinates.pointer(), "A LineString needs at least 2 positions.");
        }
        return WGS84.createLineString(positions);
    }

    public static Polygon readPolygon(TrackedNode geometry) {
        requireType(geometry, "Polygon");
        return polygon(geometry.field("coordinates"));
    }

    /** A Polygon or a MultiPolygon, as the geometry of an area such as a subdistrict. */
    public static Geometry readArea(TrackedNode geometry) {
        String type = geometry.requireObject().field("type").text();
        if (type.equals("Polygon")) {
            return polygon(geometry.field("coordinates"));
        }
        if (type.equals("MultiPolygon")) {
            List<TrackedNode> polygons = geometry.field("coordinates").elements();
            Polygon[] parts = new Polygon[polygons.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = polygon(polygons.get(i));
            }
            return WGS84.createMultiPolygon(parts);
        }
        throw new MappingProblem(
                geometry.field("type").pointer(), "The geometry type (" + type + ") must be Polygon or MultiPolygon.");
    }

    public static ObjectNode write(Geometry geometry) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("type", geometry.getGeometryType());
        if (geometry instanceof Point point) {
            json.set("coordinates", position(point.getCoordinate()));
        } else if (geometry instanceof LineString line && !(geometry instanceof LinearRing)) {
            json.set("coordinates", positions(line.getCoordinates()));
        } else if (geometry instanceof Polygon polygon) {
            json.set("coordinates", rings(polygon));
        } else if (geometry instanceof MultiPolygon multiPolygon) {
            ArrayNode polygons = json.putArray("coordinates");
            for (int i = 0; i < multiPolygon.getNumGeometries(); i++) {
                polygons.add(rings((Polygon) multiPolygon.getGeometryN(i)));
            }
        } else {
            throw new IllegalArgumentException("The geometry type (" + geometry.getGeometryType()
                    + ") is not one of Point, LineString, Polygon, MultiPolygon.");
        }
        return json;
    }

    private static void requireType(TrackedNode geometry, String expected) {
        String type = geometry.requireObject().field("type").text();
        if (!type.equals(expected)) {
            throw new MappingProblem(
                    geometry.field("type").pointer(), "The geometry type (" + type + ") must be " + expected + ".");
        }
    }

    private static Polygon polygon(TrackedNode coordinates) {
        List<TrackedNode> rings = coordinates.elements();
        if (rings.isEmpty()) {
            throw new MappingProblem(coordinates.pointer(), "A Polygon needs at least its outer ring.");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return WGS84.createPolygon(shell, holes);
    }

    private static LinearRing ring(TrackedNode ring) {
        Coordinate[] positions = positions(ring);
        if (positions.length < 4) {
            throw new MappingProblem(ring.pointer(), "A polygon ring needs at least 4 positions.");
        }
        if (!positions[0].equals2D(positions[positions.length - 1])) {
            throw new MappingProblem(ring.pointer(), "A polygon ring must end at the position where it starts.");
        }
        return WGS84.createLinearRing(positions);
    }

    private static Coordinate[] positions(TrackedNode array) {
        List<TrackedNode> elements = array.elements();
        if (!array.isPresent()) {
            throw new MappingProblem(array.pointer(), "The required field (coordinates) is missing.");
        }
        Coordinate[] positions = new Coordinate[elements.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = position(elements.get(i));
        }
        return positions;
    }

    private static Coordinate position(TrackedNode position) {
        List<TrackedNode> axes = position.elements();
        if (axes.size() < 2) {
            throw new MappingProblem(position.pointer(), "A position needs a longitude and a latitude.");
        }
        return new Coordinate(axes.get(0).number(), axes.get(1).number());
    }

    private static ArrayNode rings(Polygon polygon) {
        ArrayNode rings = JsonNodeFactory.instance.arrayNode();
        rings.add(positions(polygon.getExteriorRing().getCoordinates()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
    }

    private static ArrayNode positions(Coordinate[] coordinates) {
        ArrayNode positions = JsonNodeFactory.instance.arrayNode(coordinates.length);
        for (Coordinate coordinate : coordinates) {
            positions.add(position(coordinate));
        }
        return positions;
    }

    private static ArrayNode position(Coordinate coordinate) {
        return JsonNodeFactory.instance.arrayNode(2).add(round(coordinate.x)).add(round(coordinate.y));
    }
}
