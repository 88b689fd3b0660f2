package city.sanitation.planning.build;

import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.PlacedKind;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.dataset.TaskPlacement;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import city.sanitation.planning.domain.BreakWindow;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.Facility;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TravelTimes;
import city.sanitation.planning.score.SanitationConstraintProvider;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.routing.Router;
import city.sanitation.road.routing.SpeedProfile;
import city.sanitation.road.routing.TravelMatrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the plan to solve from a loaded dataset: the tasks due on the planning day, a route per vehicle, and one
 * travel matrix per distinct speed profile over just the places that profile's vehicles can need.
 */
public final class ProblemBuilder {

    public SanitationProblem build(LoadedDataset loaded) {
        SanitationDataset dataset = loaded.dataset();
        PlanningClock clock =
                new PlanningClock(dataset.horizon().start(), dataset.horizon().end());
        RoadNetwork network = dataset.roadNetwork();
        Router router = new Router(network);
        List<Task> tasks = new TaskFactory(loaded, clock).tasks();

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
                        node(loaded, PlacedKind.HYDRANT, hydrant.id()),
                        hydrant.refillTime().getSeconds()))
                .toList();
        List<Facility> stations = dataset.transferStations().stream()
                .map(station -> new Facility(
                        station.id(),
                        station.name(),
                        node(loaded, PlacedKind.TRANSFER_STATION, station.id()),
                        station.dumpTime().getSeconds()))
                .toList();

        Map<SpeedProfile, TravelTimes> travelByProfile = new HashMap<>();
        for (SpeedProfile profile : new LinkedHashSet<>(profileByVehicle.values())) {
            Set<Capability> capabilities = new LinkedHashSet<>();
            for (Vehicle vehicle : dataset.vehicles()) {
                if (profileByVehicle.get(vehicle.id()).equals(profile)) {
                    capabilities.addAll(types.get(vehicle.typeId()).capabilities());
                }
            }
            int[] locations = locationsFor(loaded, tasks, capabilities, hydrants, stations);
            travelByProfile.put(profile, new MatrixTravelTimes(TravelMatrix.build(router, locations, profile)));
        }

        List<Route> routes = new ArrayList<>();
        for (Vehicle vehicle : dataset.vehicles()) {
            VehicleType type = types.get(vehicle.typeId());
            Crew crew = new Crew(
                    vehicle.id(),
                    vehicle.name(),
                    type.id(),
                    type.capabilities(),
                    vehicle.skills(),
                    node(loaded, PlacedKind.DEPOT, vehicle.depotId()),
                    clock.toClock(vehicle.shift().start()),
                    clock.toClock(vehicle.shift().end()),
                    clock.toClock(vehicle.shift().hardEnd()),
                    vehicle.breaks().stream()
                            .map(rule -> new BreakWindow(
                                    clock.toClock(rule.earliestStart()),
                                    clock.toClock(rule.latestEnd()),
                                    rule.duration().getSeconds()))
                            .toList(),
                    type.tankCapacityM3() * 1000.0,
                    type.bodyCapacityM3(),
                    type.washingSpeedKmh() / 3.6,
                    type.waterUseLitresPerMetre(),
                    type.costPerKm(),
                    type.costPerHour(),
                    travelByProfile.get(profileByVehicle.get(vehicle.id())),
                    type.tankCapacityM3() > 0 ? hydrants : List.of(),
                    type.bodyCapacityM3() > 0 ? stations : List.of(),
                    Set.copyOf(vehicle.homeTerritories()),
                    vehicle.homeTerritoriesStrict());
            routes.add(new Route(vehicle.id(), crew));
        }
        SanitationPlan plan = new SanitationPlan(
                dataset.name(),
                clock.horizonStart(),
                routes,
                tasks,
                SanitationConstraintProvider.weightsOf(dataset.constraintWeights()));
        return new SanitationProblem(loaded, plan, clock, router, profileByVehicle);
    }

    private static int node(LoadedDataset loaded, PlacedKind kind, String id) {
        TaskPlacement placement = loaded.placement(kind, id);
        return placement.nearestNodeIndex();
    }

    /** Depots, the facilities the profile's vehicles use, and the ends of every task they can do. */
    private static int[] locationsFor(
            LoadedDataset loaded,
            List<Task> tasks,
            Set<Capability> capabilities,
            List<Facility> hydrants,
            List<Facility> stations) {
        Set<Integer> nodes = new LinkedHashSet<>();
        loaded.placements(PlacedKind.DEPOT).values().forEach(placement -> nodes.add(placement.nearestNodeIndex()));
        if (capabilities.stream().anyMatch(capability -> TaskFactory.usesWater(capability))) {
            hydrants.forEach(hydrant -> nodes.add(hydrant.location()));
        }
        if (capabilities.contains(Capability.GARBAGE_PICKUP)) {
            stations.forEach(station -> nodes.add(station.location()));
        }
        for (Task task : tasks) {
            if (capabilities.contains(task.capability())) {
                nodes.add(task.getProblem().startLocation());
                nodes.add(task.getProblem().endLocation());
            }
        }
        return nodes.stream().mapToInt(Integer::intValue).toArray();
    }
}
