package city.sanitation.planning.build;

import city.sanitation.dataset.TaskPlacement;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.routing.RoadPlace;
import city.sanitation.road.snap.SegmentPoints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;

/**
 * The plan's locations and where they are: a location below the network's node count is that node, one above is a
 * point part-way along a segment where something is served (a blind spot, a toilet, a depot, a hydrant, a transfer
 * station), numbered in the order first asked for. Things snapped to the very same point share its location.
 */
public final class ServedPlaces {

    private final RoadNetwork network;
    private final List<RoadPlace.OnSegment> points = new ArrayList<>();
    private final Map<RoadPlace.OnSegment, Integer> locationOfPoint = new HashMap<>();

    public ServedPlaces(RoadNetwork network) {
        this.network = network;
    }

    /** The location where a placed thing is served: its snapped point on its segment, or a node at a segment's end. */
    public int locationOf(TaskPlacement placement) {
        RoadPlace place = RoadPlace.along(network, placement.segmentIndex(), placement.fraction());
        if (place instanceof RoadPlace.AtNode atNode) {
            return atNode.nodeIndex();
        }
        RoadPlace.OnSegment point = (RoadPlace.OnSegment) place;
        return locationOfPoint.computeIfAbsent(point, added -> {
            points.add(added);
            return network.nodeCount() + points.size() - 1;
        });
    }

    /** How many locations there are, nodes and points. */
    public int locationCount() {
        return network.nodeCount() + points.size();
    }

    public RoadPlace place(int location) {
        Objects.checkIndex(location, locationCount());
        return location < network.nodeCount() ? RoadPlace.node(location) : points.get(location - network.nodeCount());
    }

    /** WGS84 longitude and latitude of a location. */
    public double[] lonLat(int location) {
        RoadPlace place = place(location);
        if (place instanceof RoadPlace.AtNode atNode) {
            RoadNode node = network.node(atNode.nodeIndex());
            return new double[] {node.lon(), node.lat()};
        }
        RoadPlace.OnSegment point = (RoadPlace.OnSegment) place;
        var segment = network.segment(point.segmentIndex());
        Coordinate coordinate = SegmentPoints.at(segment, point.offsetMetres() / segment.lengthMetres());
        return new double[] {coordinate.x, coordinate.y};
    }
}
