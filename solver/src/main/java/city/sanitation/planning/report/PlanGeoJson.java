package city.sanitation.planning.report;

import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Stop;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import city.sanitation.road.routing.PlacePath;
import city.sanitation.road.routing.SpeedProfile;
import city.sanitation.road.snap.SegmentPoints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * The routes of a solved plan as GeoJSON along the real streets: per route one feature for the streets washed and
 * one for the driving in between (deadheading), and a numbered point per stop. Opens in QGIS and in the web map.
 */
public final class PlanGeoJson {

    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectNode toGeoJson(SanitationProblem problem, SanitationPlan plan) {
        RoadNetwork network = problem.router().network();
        ObjectNode collection = mapper.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        int colour = 0;
        for (Route route : plan.getRoutes()) {
            if (!route.isUsed()) {
                continue;
            }
            SpeedProfile profile = problem.profileByVehicleId().get(route.getId());
            List<List<Coordinate>> washed = new ArrayList<>();
            List<List<Coordinate>> deadhead = new ArrayList<>();
            int at = route.getCrew().depotLocation();
            int sequence = 0;
            for (Task task : route.getTasks()) {
                Stop stop = task.getStop();
                var problemFacts = task.getProblem();
                int from = stop.reversed() ? problemFacts.endLocation() : problemFacts.startLocation();
                int to = stop.reversed() ? problemFacts.startLocation() : problemFacts.endLocation();
                if (stop.detour() != null) {
                    deadhead.add(
                            path(problem, network, at, stop.detour().facility().location(), profile));
                    at = stop.detour().facility().location();
                }
                int depot = route.getCrew().depotLocation();
                if (stop.depotWait() != null && at != depot) {
                    deadhead.add(path(problem, network, at, depot, profile));
                    at = depot;
                }
                deadhead.add(path(problem, network, at, from, profile));
                if (task.getKind() == TaskKind.STREET_PASS) {
                    washed.add(segmentBetween(network, from, to));
                }
                features.add(stopFeature(problem.places().lonLat(from), route.getId(), ++sequence, task));
                at = to;
            }
            var end = route.end();
            if (end.detour() != null) {
                deadhead.add(path(problem, network, at, end.detour().facility().location(), profile));
                at = end.detour().facility().location();
            }
            deadhead.add(path(problem, network, at, route.getCrew().depotLocation(), profile));
            features.add(lineFeature(route.getId(), "washed", colour, washed));
            features.add(lineFeature(route.getId(), "deadhead", colour, deadhead));
            colour++;
        }
        return collection;
    }

    public void write(SanitationProblem problem, SanitationPlan plan, Path file) {
        try {
            mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), toGeoJson(problem, plan));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the plan's GeoJSON to (" + file + ").", e);
        }
    }

    /** The fastest way between two locations, from and to the very points where things are served. */
    private static List<Coordinate> path(
            SanitationProblem problem, RoadNetwork network, int fromLocation, int toLocation, SpeedProfile profile) {
        List<Coordinate> coordinates = new ArrayList<>();
        if (fromLocation == toLocation) {
            return coordinates;
        }
        PlacePath path = problem.router()
                .fastestPath(
                        problem.places().place(fromLocation), problem.places().place(toLocation), profile);
        for (PlacePath.Stretch stretch : path.stretches()) {
            RoadSegment segment = network.segment(stretch.segmentIndex());
            boolean whole = stretch.fromMetres() <= 0 && stretch.toMetres() >= segment.lengthMetres();
            appendLine(
                    coordinates,
                    whole
                            ? segment.geometry().getCoordinates()
                            : SegmentPoints.between(
                                    segment,
                                    stretch.fromMetres() / segment.lengthMetres(),
                                    stretch.toMetres() / segment.lengthMetres()));
        }
        return coordinates;
    }

    private static List<Coordinate> segmentBetween(RoadNetwork network, int fromNode, int toNode) {
        List<Coordinate> coordinates = new ArrayList<>();
        for (int segmentIndex : network.outgoing(fromNode)) {
            RoadSegment segment = network.segment(segmentIndex);
            if (network.nodeIndex(segment.toNode()) == toNode) {
                appendLine(coordinates, segment.geometry().getCoordinates());
                return coordinates;
            }
        }
        coordinates.add(network.node(fromNode).coordinate());
        coordinates.add(network.node(toNode).coordinate());
        return coordinates;
    }

    private static void appendLine(List<Coordinate> line, Coordinate[] more) {
        for (Coordinate coordinate : more) {
            if (line.isEmpty() || !line.get(line.size() - 1).equals2D(coordinate)) {
                line.add(coordinate);
            }
        }
    }

    private ObjectNode lineFeature(String vehicleId, String kind, int colour, List<List<Coordinate>> lines) {
        ObjectNode feature = mapper.createObjectNode().put("type", "Feature");
        ObjectNode geometry = feature.putObject("geometry").put("type", "MultiLineString");
        ArrayNode parts = geometry.putArray("coordinates");
        for (List<Coordinate> line : lines) {
            if (line.size() < 2) {
                continue;
            }
            ArrayNode part = parts.addArray();
            for (Coordinate coordinate : line) {
                part.addArray().add(round(coordinate.x)).add(round(coordinate.y));
            }
        }
        feature.putObject("properties")
                .put("kind", kind)
                .put("vehicleId", vehicleId)
                .put("colourIndex", colour);
        return feature;
    }

    private ObjectNode stopFeature(double[] lonLat, String vehicleId, int sequence, Task task) {
        ObjectNode feature = mapper.createObjectNode().put("type", "Feature");
        feature.putObject("geometry")
                .put("type", "Point")
                .putArray("coordinates")
                .add(round(lonLat[0]))
                .add(round(lonLat[1]));
        feature.putObject("properties")
                .put("kind", "stop")
                .put("vehicleId", vehicleId)
                .put("sequence", sequence)
                .put("taskId", task.getId())
                .put("taskKind", task.getKind().name())
                .put("label", task.getProblem().label());
        return feature;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
