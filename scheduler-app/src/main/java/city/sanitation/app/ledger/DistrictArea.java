package city.sanitation.app.ledger;

import city.sanitation.app.infra.BadRequestException.FieldProblem;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.Vehicle;
import city.sanitation.planning.build.StreetPasses;
import city.sanitation.road.RoadSegment;
import city.sanitation.road.snap.SegmentSnap;
import city.sanitation.road.snap.SegmentSnapper;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.WashingRequirement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;

/**
 * Where a district's reports may lie and what they may name, from one version of its data: inside its streets' area
 * and within the snapping distance of a street segment, as the plan build places them (a report farther away would
 * make every later plan of the district fail), with equipment its vehicles carry, and with an id no street, facility
 * or task of the data uses (the plan's task ids share one namespace).
 */
final class DistrictArea {

    private static final double METRES_PER_DEGREE = 111_320;

    private final String districtId;
    private final Envelope bounds;
    private final SegmentSnapper snapper;
    private final double maxSnappingMetres;
    private final Set<String> equipment;
    private final Set<String> takenIds;

    DistrictArea(String districtId, SanitationDataset dataset, double maxSnappingMetres, double marginMetres) {
        this.districtId = districtId;
        Envelope streets = new Envelope();
        for (RoadSegment segment : dataset.roadNetwork().segments()) {
            streets.expandToInclude(segment.geometry().getEnvelopeInternal());
        }
        if (!streets.isNull()) {
            double latMargin = marginMetres / METRES_PER_DEGREE;
            double lonMargin = marginMetres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(streets.centre().y)));
            streets.expandBy(lonMargin, latMargin);
        }
        this.bounds = streets;
        this.snapper = new SegmentSnapper(dataset.roadNetwork());
        this.maxSnappingMetres = maxSnappingMetres;
        this.equipment = dataset.vehicles().stream()
                .flatMap((Vehicle vehicle) -> vehicle.skills().stream())
                .collect(Collectors.toUnmodifiableSet());
        this.takenIds = takenIds(dataset);
    }

    Set<String> equipment() {
        return equipment;
    }

    boolean isTaken(String id) {
        return takenIds.contains(id);
    }

    /** Why a report cannot lie at this place, once for lon and once for lat, or nothing when it can. */
    List<FieldProblem> checkPlace(double lon, double lat) {
        String place = String.format(Locale.ROOT, "(%.6f, %.6f)", lon, lat);
        if (!bounds.contains(lon, lat)) {
            String reason = String.format(
                    Locale.ROOT,
                    "The place %s is outside the area of district (%s): its streets lie within lon %.4f to %.4f and"
                            + " lat %.4f to %.4f.\nMaybe lon and lat are swapped, or the report is another district's.",
                    place,
                    districtId,
                    bounds.getMinX(),
                    bounds.getMaxX(),
                    bounds.getMinY(),
                    bounds.getMaxY());
            return both(reason);
        }
        Optional<SegmentSnap> nearest = snap(lon, lat);
        if (nearest.isPresent() && nearest.get().distanceMetres() > maxSnappingMetres) {
            String reason = String.format(
                    Locale.ROOT,
                    "The place %s is %.0f m from the nearest street segment (%s), farther than the maximum snapping"
                            + " distance (%.0f m): no crew could reach it.\nMaybe the coordinates are wrong or its"
                            + " street is missing from the district's data.",
                    place,
                    nearest.get().distanceMetres(),
                    nearest.get().segment().id(),
                    maxSnappingMetres);
            return both(reason);
        }
        return List.of();
    }

    // The snapper's tree is built once; queries are serialised so that its lazy parts are never raced.
    private synchronized Optional<SegmentSnap> snap(double lon, double lat) {
        return snapper.snap(lon, lat);
    }

    private static List<FieldProblem> both(String reason) {
        return List.of(new FieldProblem("lon", reason), new FieldProblem("lat", reason));
    }

    private static Set<String> takenIds(SanitationDataset dataset) {
        Set<String> ids = new HashSet<>();
        dataset.roadNetwork().segments().forEach(segment -> ids.add(segment.id()));
        dataset.territories().forEach(territory -> ids.add(territory.id()));
        dataset.depots().forEach(depot -> ids.add(depot.id()));
        dataset.hydrants().forEach(hydrant -> ids.add(hydrant.id()));
        dataset.transferStations().forEach(station -> ids.add(station.id()));
        for (FlagshipToilet toilet : dataset.toilets()) {
            ids.add(toilet.id());
            for (int round = 1; round <= toilet.roundsPerDay(); round++) {
                ids.add(toilet.id() + "-round-" + round);
            }
        }
        for (WashingRequirement requirement : dataset.washingRequirements()) {
            ids.add(requirement.id());
            ids.addAll(StreetPasses.taskIds(requirement, dataset.roadNetwork()));
        }
        return Set.copyOf(ids);
    }
}
