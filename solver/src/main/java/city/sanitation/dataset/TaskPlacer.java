package city.sanitation.dataset;

import city.sanitation.dataset.json.Located;
import city.sanitation.dataset.json.ParsedDataset;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import city.sanitation.road.snap.SegmentSnap;
import city.sanitation.road.snap.SegmentSnapper;
import city.sanitation.task.WashingRequirement;
import city.sanitation.territory.Territory;
import city.sanitation.territory.TerritoryIndex;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Puts every facility and task on the street network (its nearest segment) and in its territories, and reports those
 * too far from any street, and depots next to a street that is not in the connected network.
 */
final class TaskPlacer {

    private final RoadNetwork network;
    private final Set<String> connectedSegmentIds;
    private final double maxSnappingMetres;
    private final ProblemCollector problems;
    private final SegmentSnapper snapper;
    private final TerritoryIndex territories;

    TaskPlacer(
            RoadNetwork network,
            Set<String> connectedSegmentIds,
            List<Territory> territories,
            double maxSnappingMetres,
            ProblemCollector problems) {
        this(network, connectedSegmentIds, territories, maxSnappingMetres, problems, new SegmentSnapper(network));
    }

    /** With a snapper built before: its index of the network's segments is the costly part of placing. */
    TaskPlacer(
            RoadNetwork network,
            Set<String> connectedSegmentIds,
            List<Territory> territories,
            double maxSnappingMetres,
            ProblemCollector problems,
            SegmentSnapper snapper) {
        this.network = network;
        this.connectedSegmentIds = connectedSegmentIds;
        this.maxSnappingMetres = maxSnappingMetres;
        this.problems = problems;
        this.snapper = snapper;
        this.territories = new TerritoryIndex(territories);
    }

    Map<PlacedKind, Map<String, TaskPlacement>> place(ParsedDataset parsed) {
        Map<PlacedKind, Map<String, TaskPlacement>> placements = new EnumMap<>(PlacedKind.class);
        placements.put(PlacedKind.DEPOT, snapAll(parsed.depots(), d -> d.id(), d -> d.location(), "depot", true));
        placements.put(
                PlacedKind.HYDRANT, snapAll(parsed.hydrants(), h -> h.id(), h -> h.location(), "hydrant", false));
        placements.put(
                PlacedKind.TRANSFER_STATION,
                snapAll(parsed.transferStations(), t -> t.id(), t -> t.location(), "transfer station", false));
        placements.put(
                PlacedKind.BLIND_SPOT,
                snapAll(parsed.blindSpots(), b -> b.id(), b -> b.location(), "blind spot", false));
        placements.put(PlacedKind.TOILET, snapAll(parsed.toilets(), t -> t.id(), t -> t.location(), "toilet", false));
        placements.put(
                PlacedKind.SALT_DEPOT,
                snapAll(parsed.saltDepots(), s -> s.id(), s -> s.location(), "salt depot", false));
        Map<String, TaskPlacement> washing = new LinkedHashMap<>();
        for (Located<WashingRequirement> located : parsed.washingRequirements()) {
            WashingRequirement requirement = located.value();
            network.findSegment(requirement.segmentId())
                    .ifPresent(segment -> washing.put(requirement.id(), atMiddle(segment)));
        }
        placements.put(PlacedKind.WASHING_REQUIREMENT, washing);
        return placements;
    }

    private <T> Map<String, TaskPlacement> snapAll(
            List<Located<T>> elements,
            Function<T, String> id,
            Function<T, Point> location,
            String kind,
            boolean mustBeConnected) {
        Map<String, TaskPlacement> placements = new LinkedHashMap<>();
        for (Located<T> located : elements) {
            String elementId = id.apply(located.value());
            Point point = location.apply(located.value());
            Optional<SegmentSnap> snap = snapper.snap(point);
            if (snap.isEmpty()) {
                continue;
            }
            SegmentSnap nearest = snap.get();
            if (problems.hasProblemWithin(located.pointer())) {
                // Already reported (e.g. coordinates out of range); a snapping complaint would only repeat it.
            } else if (nearest.distanceMetres() > maxSnappingMetres) {
                problems.add(
                        located.at("/geometry"),
                        String.format(
                                Locale.ROOT,
                                "The %s (%s) is %s from the nearest street segment (%s), farther than the maximum"
                                        + " snapping distance (%.0f m).\n"
                                        + "Maybe its coordinates are wrong or its street is missing from the network.",
                                kind,
                                elementId,
                                distance(nearest.distanceMetres()),
                                nearest.segment().id(),
                                maxSnappingMetres),
                        "FAR_FROM_STREETS",
                        ProblemCollector.params(
                                "item", elementId,
                                "metres", Math.round(nearest.distanceMetres()),
                                "segment", nearest.segment().id(),
                                "maxMetres", Math.round(maxSnappingMetres)));
            } else if (mustBeConnected
                    && !connectedSegmentIds.contains(nearest.segment().id())) {
                problems.add(
                        located.at("/geometry"),
                        "The " + kind + " (" + elementId + ") is next to the street segment ("
                                + nearest.segment().id()
                                + "), which is outside the largest strongly connected part of the road network.\n"
                                + "Maybe connect that street to the rest of the network or move the " + kind + ".",
                        "STREET_NOT_CONNECTED",
                        ProblemCollector.params(
                                "item", elementId, "segment", nearest.segment().id()));
            }
            placements.put(
                    elementId,
                    placement(
                            nearest.segment(),
                            nearest.segmentIndex(),
                            nearest.fraction(),
                            nearest.nearestNodeIndex(),
                            point,
                            nearest.distanceMetres()));
        }
        return placements;
    }

    /** Metres up to 10 km, beyond that km: "11,966 km" reads at a glance, "11966167 m" does not. */
    private static String distance(double metres) {
        return metres < 10_000
                ? String.format(Locale.ROOT, "%.0f m", metres)
                : String.format(Locale.ROOT, "%,.0f km", metres / 1000);
    }

    private TaskPlacement atMiddle(RoadSegment segment) {
        LengthIndexedLine line = new LengthIndexedLine(segment.geometry());
        Coordinate middle = line.extractPoint(segment.geometry().getLength() / 2);
        Point point = segment.geometry().getFactory().createPoint(middle);
        int segmentIndex = network.segmentIndex(segment.id());
        return placement(segment, segmentIndex, 0.5, network.nodeIndex(segment.fromNode()), point, 0.0);
    }

    private TaskPlacement placement(
            RoadSegment segment, int segmentIndex, double fraction, int nodeIndex, Point location, double metres) {
        return new TaskPlacement(
                segment,
                segmentIndex,
                fraction,
                nodeIndex,
                territories.subdistrictAt(location).map(Territory::id).orElse(null),
                territories.gridAt(location).map(Territory::id).orElse(null),
                metres);
    }
}
