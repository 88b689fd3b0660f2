package city.sanitation.planning.report;

import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.PlacedKind;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.dataset.TaskPlacement;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import city.sanitation.planning.build.StreetPasses;
import city.sanitation.planning.report.PlanReport.RouteReport;
import city.sanitation.planning.report.PlanReport.StopReport;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import city.sanitation.road.directions.DrivingDirections;
import city.sanitation.road.directions.DrivingStep;
import city.sanitation.road.routing.PlacePath;
import city.sanitation.road.routing.RoadPlace;
import city.sanitation.road.routing.Router;
import city.sanitation.road.routing.SpeedProfile;
import city.sanitation.road.snap.SegmentSnapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turn-by-turn directions along a reported route, on the data the plan was made on: from the depot to each stop that
 * is reached by driving, and back. The ways are the plan's own: the fastest path on the same road network, one-way
 * streets and speed profile, between the same places (a street pass is driven to its first end in the direction the
 * plan drives it).
 *
 * <p>Built once per version of the data (the router and the street passes' segments) and then safe to share.
 */
public final class RouteDirections {

    private static final Pattern TOILET_ROUND = Pattern.compile("-round-\\d+$");

    private final LoadedDataset loaded;
    private final RoadNetwork network;
    private final Router router;
    private final Map<String, RoadSegment> passSegments;
    private final Supplier<SegmentSnapper> snapper;

    /**
     * One stretch of driving, to a stop of the route.
     *
     * @param stopSequence the stop's sequence in the route
     * @param kind the stop's kind: TASK, REFILL, SALT_RELOAD, DUMP, DEPOT_WAIT or DEPOT
     * @param toTaskId the task of the stop; null for any other stop
     * @param facilityId the hydrant, salt depot or transfer station of a REFILL, SALT_RELOAD or DUMP; else null
     * @param toDepot whether the leg ends at the depot: the way home, or back for a long wait
     * @param metres driven along the steps
     */
    public record Leg(
            int stopSequence,
            String kind,
            String toTaskId,
            String facilityId,
            boolean toDepot,
            double metres,
            List<DrivingStep> steps) {}

    public RouteDirections(LoadedDataset loaded) {
        this.loaded = loaded;
        this.network = loaded.dataset().roadNetwork();
        this.router = new Router(network);
        SanitationDataset dataset = loaded.dataset();
        this.passSegments = StreetPasses.segmentsByTaskId(dataset.washingRequirements(), network);
        this.snapper = memoised(() -> new SegmentSnapper(network));
    }

    /** The legs of the route in its order; a stop where the previous one left the truck needs no leg. */
    public List<Leg> legs(RouteReport route) {
        SpeedProfile profile = profile(route);
        RoadPlace at = depot(route);
        List<Leg> legs = new ArrayList<>();
        for (StopReport stop : route.stops()) {
            Optional<Served> served = served(route, stop);
            if (served.isEmpty()) {
                continue;
            }
            RoadPlace to = served.get().arrive();
            if (!to.equals(at)) {
                // A route planned on this network only goes where the network reaches; were a stop cut off, its
                // crew would get no directions to it rather than none at all.
                Optional<PlacePath> path = router.findFastestPath(at, to, profile);
                if (path.isPresent() && path.get().metres() > 0) {
                    legs.add(new Leg(
                            stop.sequence(),
                            stop.kind(),
                            stop.taskId(),
                            stop.facilityId(),
                            isDepot(stop),
                            path.get().metres(),
                            DrivingDirections.steps(network, path.get())));
                }
            }
            at = served.get().leave();
        }
        return legs;
    }

    /** Where the truck arrives to serve a stop, and where it is when it leaves. */
    private record Served(RoadPlace arrive, RoadPlace leave) {
        static Served at(RoadPlace place) {
            return new Served(place, place);
        }
    }

    private Optional<Served> served(RouteReport route, StopReport stop) {
        if (isDepot(stop)) {
            return Optional.of(Served.at(depot(route)));
        }
        if ("STREET_PASS".equals(stop.taskKind()) && passSegments.containsKey(stop.taskId())) {
            RoadSegment segment = passSegments.get(stop.taskId());
            RoadPlace from = RoadPlace.node(network.nodeIndex(segment.fromNode()));
            RoadPlace to = RoadPlace.node(network.nodeIndex(segment.toNode()));
            return Optional.of("reverse".equals(stop.direction()) ? new Served(to, from) : new Served(from, to));
        }
        Optional<TaskPlacement> placement = placement(stop);
        if (placement.isPresent()) {
            return Optional.of(Served.at(place(placement.get())));
        }
        // A blind spot comes from the ledger, not the stored data: its served point is the one the report gives.
        if (stop.lon() == null || stop.lat() == null) {
            return Optional.empty();
        }
        return snapper.get()
                .snap(stop.lon(), stop.lat())
                .map(snap -> Served.at(RoadPlace.along(network, snap.segmentIndex(), snap.fraction())));
    }

    private Optional<TaskPlacement> placement(StopReport stop) {
        if ("REFILL".equals(stop.kind()) && stop.facilityId() != null) {
            return Optional.ofNullable(loaded.placements(PlacedKind.HYDRANT).get(stop.facilityId()));
        }
        if ("SALT_RELOAD".equals(stop.kind()) && stop.facilityId() != null) {
            return Optional.ofNullable(loaded.placements(PlacedKind.SALT_DEPOT).get(stop.facilityId()));
        }
        if ("DUMP".equals(stop.kind()) && stop.facilityId() != null) {
            return Optional.ofNullable(
                    loaded.placements(PlacedKind.TRANSFER_STATION).get(stop.facilityId()));
        }
        if ("TOILET_ROUND".equals(stop.taskKind()) && stop.taskId() != null) {
            String toiletId = TOILET_ROUND.matcher(stop.taskId()).replaceFirst("");
            return Optional.ofNullable(loaded.placements(PlacedKind.TOILET).get(toiletId));
        }
        return Optional.empty();
    }

    private static boolean isDepot(StopReport stop) {
        return "DEPOT".equals(stop.kind()) || "DEPOT_WAIT".equals(stop.kind());
    }

    private RoadPlace depot(RouteReport route) {
        Optional<TaskPlacement> placement = loaded.dataset().vehicles().stream()
                .filter(vehicle -> vehicle.id().equals(route.vehicleId()))
                .findFirst()
                .map(Vehicle::depotId)
                .map(depotId -> loaded.placements(PlacedKind.DEPOT).get(depotId));
        if (placement.isPresent()) {
            return place(placement.get());
        }
        StopReport home = route.stops().stream()
                .filter(stop -> isDepot(stop) && stop.lon() != null && stop.lat() != null)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The vehicle (" + route.vehicleId()
                        + ") is not in the data the plan was made on, and its route never returns to a depot.\n"
                        + "Maybe the route belongs to another district's plan."));
        return snapper.get()
                .snap(home.lon(), home.lat())
                .map(snap -> RoadPlace.along(network, snap.segmentIndex(), snap.fraction()))
                .orElseThrow();
    }

    private SpeedProfile profile(RouteReport route) {
        VehicleType type = loaded.dataset().vehicleTypes().stream()
                .filter(candidate -> candidate.id().equals(route.vehicleTypeId()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The vehicle type (" + route.vehicleTypeId()
                        + ") of vehicle (" + route.vehicleId() + ") is not in the data the plan was made on.\n"
                        + "Maybe the route belongs to another district's plan."));
        return SpeedProfile.of(type);
    }

    private RoadPlace place(TaskPlacement placement) {
        return RoadPlace.along(network, placement.segmentIndex(), placement.fraction());
    }

    private static <T> Supplier<T> memoised(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
