package city.sanitation.planning.build;

import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.PlacedKind;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import city.sanitation.planning.domain.BreakWindow;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.CrewCapacities;
import city.sanitation.planning.domain.CrewFacilities;
import city.sanitation.planning.domain.CrewRates;
import city.sanitation.planning.domain.CrewShift;
import city.sanitation.planning.domain.Facility;
import city.sanitation.planning.domain.HomeTerritories;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TravelTimes;
import city.sanitation.planning.score.SanitationConstraintProvider;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.routing.RoadPlace;
import city.sanitation.road.routing.Router;
import city.sanitation.road.routing.SpeedProfile;
import city.sanitation.road.routing.TravelMatrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the plan to solve from a loaded dataset: the tasks due on the planning day, a route per vehicle, and one
 * travel matrix per distinct speed profile over just the places that profile's vehicles can need.
 */
public final class ProblemBuilder {

    private static final Logger LOGGER = LoggerFactory.getLogger(ProblemBuilder.class);

    /**
     * A crew waiting longer than this for a task drives back to its depot and waits there (toilets, warmth, the truck
     * off the street), provided the stay there after the extra driving is still this long: a shorter stay is not worth
     * the kilometres, which cost money. Three quarters of an hour is about the shortest stay a dispatcher calls a crew
     * in for.
     */
    static final long DEPOT_WAIT_MIN_SECONDS = 45 * 60;

    public SanitationProblem build(LoadedDataset loaded) {
        SanitationDataset dataset = loaded.dataset();
        PlanningClock clock =
                new PlanningClock(dataset.horizon().start(), dataset.horizon().end());
        RoadNetwork network = dataset.roadNetwork();
        Router router = new Router(network);
        ServedPlaces places = new ServedPlaces(network);
        List<Task> tasks = new TaskFactory(loaded, clock, places).tasks();

        Map<String, VehicleType> types = new HashMap<>();
        dataset.vehicleTypes().forEach(type -> types.put(type.id(), type));
        Map<Map<?, ?>, SpeedProfile> profiles = new LinkedHashMap<>();
        Map<String, SpeedProfile> profileByVehicle = new LinkedHashMap<>();
        for (Vehicle vehicle : dataset.vehicles()) {
            VehicleType type = types.get(vehicle.typeId());
            SpeedProfile profile = profiles.computeIfAbsent(type.drivingSpeedKmh(), speeds -> SpeedProfile.of(type));
            profileByVehicle.put(vehicle.id(), profile);
        }
        List<Facility> hydrants = dataset.hydrants().stream()
                .map(hydrant -> new Facility(
                        hydrant.id(),
                        hydrant.name(),
                        places.locationOf(loaded.placement(PlacedKind.HYDRANT, hydrant.id())),
                        hydrant.refillTime().getSeconds()))
                .toList();
        List<Facility> stations = dataset.transferStations().stream()
                .map(station -> new Facility(
                        station.id(),
                        station.name(),
                        places.locationOf(loaded.placement(PlacedKind.TRANSFER_STATION, station.id())),
                        station.dumpTime().getSeconds()))
                .toList();

        List<Facility> saltDepots = dataset.saltDepots().stream()
                .map(depot -> new Facility(
                        depot.id(),
                        depot.name(),
                        places.locationOf(loaded.placement(PlacedKind.SALT_DEPOT, depot.id())),
                        depot.reloadTime().getSeconds()))
                .toList();

        Map<String, Integer> depots = new LinkedHashMap<>();
        loaded.placements(PlacedKind.DEPOT).forEach((id, placement) -> depots.put(id, places.locationOf(placement)));

        Map<SpeedProfile, TravelTimes> travelByProfile = new HashMap<>();
        for (SpeedProfile profile : new LinkedHashSet<>(profileByVehicle.values())) {
            Set<Capability> capabilities = new LinkedHashSet<>();
            boolean dumps = false;
            for (Vehicle vehicle : dataset.vehicles()) {
                if (profileByVehicle.get(vehicle.id()).equals(profile)) {
                    capabilities.addAll(types.get(vehicle.typeId()).capabilities());
                    dumps |= containerM3(types.get(vehicle.typeId())) > 0;
                }
            }
            int[] locations = locationsFor(
                    depots,
                    tasks,
                    capabilities,
                    hydrants,
                    dumps ? stations : List.of(),
                    capabilities.contains(Capability.DE_ICING) ? saltDepots : List.of());
            List<RoadPlace> matrixPlaces = new ArrayList<>(locations.length);
            for (int location : locations) {
                matrixPlaces.add(places.place(location));
            }
            long buildStart = System.nanoTime();
            TravelMatrix matrix = TravelMatrix.build(router, matrixPlaces, profile);
            LOGGER.info(
                    "Travel matrix for {}: {} places, {} entries over 65 km or 18 h, built in {} ms.",
                    capabilities,
                    matrix.size(),
                    matrix.overflowingEntries(),
                    (System.nanoTime() - buildStart) / 1_000_000);
            travelByProfile.put(profile, new MatrixTravelTimes(matrix, locations, places.locationCount()));
        }

        List<Route> routes = new ArrayList<>();
        for (Vehicle vehicle : dataset.vehicles()) {
            VehicleType type = types.get(vehicle.typeId());
            boolean salt = type.saltCapacityKg() > 0;
            Crew crew = Crew.builder()
                    .vehicleId(vehicle.id())
                    .name(vehicle.name())
                    .vehicleTypeId(type.id())
                    .capabilities(type.capabilities())
                    .skills(vehicle.skills())
                    .depotLocation(places.locationOf(loaded.placement(PlacedKind.DEPOT, vehicle.depotId())))
                    .shift(new CrewShift(
                            clock.toClock(vehicle.shift().start()),
                            clock.toClock(vehicle.shift().end()),
                            clock.toClock(vehicle.shift().hardEnd()),
                            clock.toClock(vehicle.shift().latestStartOrStart()),
                            DEPOT_WAIT_MIN_SECONDS,
                            vehicle.breaks().stream()
                                    .map(rule -> new BreakWindow(
                                            clock.toClock(rule.earliestStart()),
                                            clock.toClock(rule.latestEnd()),
                                            rule.duration().getSeconds()))
                                    .toList()))
                    .capacities(new CrewCapacities(
                            type.tankCapacityM3() * 1000.0, containerM3(type), salt ? type.saltCapacityKg() : 0.0))
                    .rates(new CrewRates(
                            type.washingSpeedKmh() / 3.6,
                            type.waterUseLitresPerMetre(),
                            type.costPerKm(),
                            type.costPerHour()))
                    .travel(travelByProfile.get(profileByVehicle.get(vehicle.id())))
                    .facilities(new CrewFacilities(
                            type.tankCapacityM3() > 0 ? hydrants : List.of(),
                            containerM3(type) > 0 ? stations : List.of(),
                            salt ? saltDepots : List.of()))
                    .homeTerritories(
                            new HomeTerritories(Set.copyOf(vehicle.homeTerritories()), vehicle.homeTerritoriesStrict()))
                    .build();
            routes.add(new Route(vehicle.id(), crew));
        }
        SanitationPlan plan = new SanitationPlan(
                dataset.name(),
                clock.horizonStart(),
                routes,
                tasks,
                SanitationConstraintProvider.weightsOf(dataset.constraintWeights()));
        return new SanitationProblem(loaded, plan, clock, router, places, profileByVehicle);
    }

    /**
     * How many places the matrices of a dataset span at most (depots, facilities, the ends of every task), counted
     * without building them: what tells whether a district's whole matrices fit in the time and heap there is.
     */
    public int matrixLocationCount(LoadedDataset loaded) {
        SanitationDataset dataset = loaded.dataset();
        PlanningClock clock =
                new PlanningClock(dataset.horizon().start(), dataset.horizon().end());
        ServedPlaces places = new ServedPlaces(dataset.roadNetwork());
        Set<Integer> locations = new HashSet<>();
        for (PlacedKind kind :
                List.of(PlacedKind.DEPOT, PlacedKind.HYDRANT, PlacedKind.TRANSFER_STATION, PlacedKind.SALT_DEPOT)) {
            loaded.placements(kind).values().forEach(placement -> locations.add(places.locationOf(placement)));
        }
        for (Task task : new TaskFactory(loaded, clock, places).tasks()) {
            locations.add(task.getProblem().startLocation());
            locations.add(task.getProblem().endLocation());
        }
        return locations.size();
    }

    /**
     * What the vehicle empties at a transfer station: its garbage body, or a sweeper's dust hopper (swept dust goes
     * where garbage goes).
     */
    private static double containerM3(VehicleType type) {
        return type.bodyCapacityM3() > 0 ? type.bodyCapacityM3() : type.hopperCapacityM3();
    }

    /**
     * Depots, the facilities the profile's vehicles use (salt depots for spreaders), the ends of every street pass and the served point of every
     * other task they can do.
     */
    private static int[] locationsFor(
            Map<String, Integer> depots,
            List<Task> tasks,
            Set<Capability> capabilities,
            List<Facility> hydrants,
            List<Facility> stations,
            List<Facility> saltDepots) {
        Set<Integer> nodes = new LinkedHashSet<>();
        nodes.addAll(depots.values());
        if (capabilities.stream().anyMatch(capability -> TaskFactory.usesWater(capability))) {
            hydrants.forEach(hydrant -> nodes.add(hydrant.location()));
        }
        stations.forEach(station -> nodes.add(station.location()));
        saltDepots.forEach(depot -> nodes.add(depot.location()));
        for (Task task : tasks) {
            if (capabilities.contains(task.capability())) {
                nodes.add(task.getProblem().startLocation());
                nodes.add(task.getProblem().endLocation());
            }
        }
        return nodes.stream().mapToInt(Integer::intValue).toArray();
    }
}
