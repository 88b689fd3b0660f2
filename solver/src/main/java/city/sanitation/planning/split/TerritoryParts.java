package city.sanitation.planning.split;

import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.PlacedKind;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.dataset.TaskPlacement;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.Depot;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.DailyWindow;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.WashingRequirement;
import city.sanitation.territory.Territory;
import city.sanitation.territory.TerritoryKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A dataset cut into one dataset per subdistrict, to solve a city in parts: each part has the work placed in its
 * subdistrict and the vehicles that serve it, and so travel matrices over its own places only (a whole city's need
 * more heap than a machine has). Vehicles are shared out by type and shift window ({@link ShiftWork}: night-only main
 * roads need a night truck), by the smallest divisors, so that every part with work a group can do gets one of the
 * group before any gets two: a vehicle responsible for territories (定点、定责) goes to the subdistrict most of them
 * lie in, or when that has one of its group already, to the one among them where its shift's work is least served; the others of each group go in proportion to that work, each
 * part taking those whose depot is nearest to its work. Work no subdistrict contains goes to the
 * part with the most work, a subdistrict with little work to the nearest larger one. A vehicle type too few to share
 * out (fewer vehicles than parts) with work no other type does makes a part of its own across the territories.
 */
public final class TerritoryParts {

    /** The part of the vehicle types too few to share out, and of the work only they can do. */
    public static final String ACROSS = "across";

    /**
     * A subdistrict with less than 2 % of the tasks (at least 50, at most 300) joins the nearest larger one: a share of
     * each vehicle type in proportion to a few dozen tasks rounds to no vehicle at all.
     */
    static int minPartTasks(int totalTasks) {
        return Math.max(50, Math.min(300, totalTasks / 50));
    }

    /** One subdistrict's share of the dataset. */
    public record Part(String subdistrictId, LoadedDataset loaded) {

        public int vehicleCount() {
            return loaded.dataset().vehicles().size();
        }
    }

    private TerritoryParts() {}

    public static List<Part> split(LoadedDataset loaded) {
        SanitationDataset dataset = loaded.dataset();
        Map<String, String> subdistrictOfTerritory = subdistrictOfTerritory(dataset.territories());
        Map<String, List<WashingRequirement>> washing = byPart(
                dataset.washingRequirements(),
                requirement -> placedIn(loaded, PlacedKind.WASHING_REQUIREMENT, requirement.id()));
        Map<String, List<BlindSpotReport>> blindSpots =
                byPart(dataset.blindSpots(), report -> placedIn(loaded, PlacedKind.BLIND_SPOT, report.id()));
        Map<String, List<FlagshipToilet>> toilets =
                byPart(dataset.toilets(), toilet -> placedIn(loaded, PlacedKind.TOILET, toilet.id()));

        Map<String, Map<Capability, Double>> work = new TreeMap<>();
        washing.forEach((part, requirements) -> requirements.forEach(requirement -> add(
                work,
                part,
                requirement.capability(),
                requirement.passes()
                        * loaded.placement(PlacedKind.WASHING_REQUIREMENT, requirement.id())
                                .snappedSegment()
                                .lengthMetres())));
        // A blind spot takes a truck about as long as 300 m of washing; only shares within one capability matter.
        blindSpots.forEach((part, reports) -> add(work, part, Capability.GARBAGE_PICKUP, reports.size()));
        toilets.forEach((part, list) -> add(work, part, Capability.TOILET_CLEANING, list.size()));
        String catchAll = work.entrySet().stream()
                .max(Comparator.comparingDouble(entry -> entry.getValue().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum()))
                .map(Map.Entry::getKey)
                .orElse(null);
        if (catchAll == null) {
            return List.of(new Part("", loaded));
        }
        Map<String, String> into = new HashMap<>();
        into.put("", catchAll);
        Map<String, double[]> centres = new HashMap<>();
        Map<String, Integer> taskCounts = new HashMap<>();
        for (String part : work.keySet()) {
            centres.put(part, centre(loaded, washing.get(part), blindSpots.get(part), toilets.get(part)));
            taskCounts.put(part, size(washing.get(part)) + size(blindSpots.get(part)) + size(toilets.get(part)));
        }
        int minPartTasks = minPartTasks(
                taskCounts.values().stream().mapToInt(Integer::intValue).sum());
        for (String part : work.keySet()) {
            if (!part.isEmpty() && taskCounts.get(part) < minPartTasks) {
                into.put(
                        part,
                        nearestLargePart(part, centres, taskCounts, minPartTasks)
                                .orElse(catchAll));
            }
        }
        into.forEach((from, to) -> {
            if (!from.equals(to)) {
                merge(washing, from, to);
                merge(blindSpots, from, to);
                merge(toilets, from, to);
                Map<Capability, Double> moved = work.remove(from);
                if (moved != null) {
                    moved.forEach((capability, amount) -> add(work, to, capability, amount));
                }
            }
        });

        List<Vehicle> acrossVehicles = new ArrayList<>();
        LoadedDataset shared = withoutScarceTypes(loaded, work.size(), acrossVehicles);
        Set<Capability> acrossCapabilities = capabilitiesOnlyOf(dataset, acrossVehicles);
        List<WashingRequirement> acrossWashing = new ArrayList<>();
        if (!acrossCapabilities.isEmpty()) {
            for (List<WashingRequirement> requirements : washing.values()) {
                requirements.removeIf(requirement ->
                        acrossCapabilities.contains(requirement.capability()) && acrossWashing.add(requirement));
            }
            work.values().forEach(amounts -> amounts.keySet().removeAll(acrossCapabilities));
        }
        Map<String, List<Vehicle>> vehicles =
                shareVehicles(shared, work, subdistrictOfTerritory, washing, blindSpots, toilets);
        if (!acrossVehicles.isEmpty()) {
            work.put(ACROSS, Map.of());
            vehicles.put(ACROSS, acrossVehicles);
            washing.put(ACROSS, acrossWashing);
        }
        List<Part> parts = new ArrayList<>();
        for (String part : work.keySet()) {
            SanitationDataset partDataset = dataset.toBuilder()
                    .name(dataset.name() + "/" + part)
                    .vehicles(vehicles.getOrDefault(part, List.of()))
                    .washingRequirements(washing.getOrDefault(part, List.of()))
                    .blindSpots(blindSpots.getOrDefault(part, List.of()))
                    .toilets(toilets.getOrDefault(part, List.of()))
                    .build();
            parts.add(new Part(part, new LoadedDataset(partDataset, loaded.placements(), loaded.setAside())));
        }
        return parts;
    }

    /**
     * The vehicles of each type with fewer vehicles than there are parts and work no other type does (on the sample
     * districts the sprinklers, which water half the district by their rota) are taken out into {@code across}:
     * shared out, most parts would get none of them.
     */
    private static LoadedDataset withoutScarceTypes(LoadedDataset loaded, int partCount, List<Vehicle> across) {
        SanitationDataset dataset = loaded.dataset();
        Map<String, Integer> perType = new HashMap<>();
        dataset.vehicles().forEach(vehicle -> perType.merge(vehicle.typeId(), 1, Integer::sum));
        Map<String, VehicleType> types = new HashMap<>();
        dataset.vehicleTypes().forEach(type -> types.put(type.id(), type));
        List<Vehicle> kept = new ArrayList<>();
        for (Vehicle vehicle : dataset.vehicles()) {
            VehicleType type = types.get(vehicle.typeId());
            // A type that shares its work with another (high-pressure washers and wash-sweepers) stays shared out:
            // taken across, it left the parts' night washing without trucks (large: 1,734 tasks undone, not 1,421).
            boolean alone = type.capabilities().stream()
                    .anyMatch(capability -> dataset.vehicleTypes().stream()
                            .noneMatch(other ->
                                    other != type && other.capabilities().contains(capability)));
            if (alone && perType.get(vehicle.typeId()) < partCount) {
                across.add(vehicle);
            } else {
                kept.add(vehicle);
            }
        }
        SanitationDataset withKept = dataset.toBuilder().vehicles(kept).build();
        return new LoadedDataset(withKept, loaded.placements(), loaded.setAside());
    }

    /** The capabilities that none but {@code vehicles} have: their work goes with them. */
    private static Set<Capability> capabilitiesOnlyOf(SanitationDataset dataset, List<Vehicle> vehicles) {
        Map<String, VehicleType> types = new HashMap<>();
        dataset.vehicleTypes().forEach(type -> types.put(type.id(), type));
        Set<Capability> theirs = EnumSet.noneOf(Capability.class);
        vehicles.forEach(vehicle -> theirs.addAll(types.get(vehicle.typeId()).capabilities()));
        Set<String> theirIds = new HashSet<>();
        vehicles.forEach(vehicle -> theirIds.add(vehicle.id()));
        for (Vehicle other : dataset.vehicles()) {
            if (!theirIds.contains(other.id())) {
                theirs.removeAll(types.get(other.typeId()).capabilities());
            }
        }
        return theirs;
    }

    private static Map<String, List<Vehicle>> shareVehicles(
            LoadedDataset loaded,
            Map<String, Map<Capability, Double>> work,
            Map<String, String> subdistrictOfTerritory,
            Map<String, List<WashingRequirement>> washing,
            Map<String, List<BlindSpotReport>> blindSpots,
            Map<String, List<FlagshipToilet>> toilets) {
        SanitationDataset dataset = loaded.dataset();
        Map<String, VehicleType> types = new HashMap<>();
        dataset.vehicleTypes().forEach(type -> types.put(type.id(), type));
        ShiftWork shiftWork = new ShiftWork(
                workItems(loaded, work.keySet(), washing, blindSpots, toilets), dataset.vehicles(), types);
        Map<String, List<Vehicle>> shared = new TreeMap<>();
        Map<ShiftWork.Group, Map<String, Integer>> given = new HashMap<>();
        Map<ShiftWork.Group, List<Vehicle>> homelessByGroup = new LinkedHashMap<>();
        for (Vehicle vehicle : dataset.vehicles()) {
            ShiftWork.Group group = shiftWork.groupOf(vehicle);
            Map<String, Integer> groupGiven = given.computeIfAbsent(group, key -> new HashMap<>());
            // A crew goes to the subdistrict most of its territories lie in, unless that has one of its group
            // already: then where among its territories its shift's work is least served, so that a part does not
            // end with night-only main roads and no night truck.
            String home = homeSubdistrict(vehicle, subdistrictOfTerritory);
            if (home == null || groupGiven.getOrDefault(home, 0) > 0) {
                String leastServed = ShiftWork.nextSeat(
                        shiftWork.of(group), groupGiven, homeSubdistricts(vehicle, work, subdistrictOfTerritory));
                home = leastServed == null ? home : leastServed;
            }
            if (home != null && work.containsKey(home)) {
                shared.computeIfAbsent(home, part -> new ArrayList<>()).add(vehicle);
                groupGiven.merge(home, 1, Integer::sum);
            } else {
                homelessByGroup.computeIfAbsent(group, key -> new ArrayList<>()).add(vehicle);
            }
        }
        Map<String, double[]> centres = new HashMap<>();
        for (String part : work.keySet()) {
            centres.put(part, centre(loaded, washing.get(part), blindSpots.get(part), toilets.get(part)));
        }
        Map<String, Depot> depots = new HashMap<>();
        dataset.depots().forEach(depot -> depots.put(depot.id(), depot));
        homelessByGroup.forEach((group, list) -> {
            Map<String, Integer> groupGiven = given.get(group);
            Map<String, Integer> quotas = new TreeMap<>();
            for (int seat = 0; seat < list.size(); seat++) {
                String part = ShiftWork.nextSeat(shiftWork.of(group), groupGiven, work.keySet());
                if (part == null) {
                    break;
                }
                groupGiven.merge(part, 1, Integer::sum);
                quotas.merge(part, 1, Integer::sum);
            }
            List<Vehicle> left = new ArrayList<>(list);
            quotas.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(quota -> {
                        double[] centre = centres.get(quota.getKey());
                        left.sort(Comparator.comparingDouble(
                                vehicle -> squaredDistance(depots.get(vehicle.depotId()), centre)));
                        List<Vehicle> taken = new ArrayList<>(left.subList(0, quota.getValue()));
                        left.removeAll(taken);
                        shared.computeIfAbsent(quota.getKey(), part -> new ArrayList<>())
                                .addAll(taken);
                    });
        });
        return shared;
    }

    /** The parts among the subdistricts of a vehicle's home territories, in the order of its territories. */
    private static Set<String> homeSubdistricts(
            Vehicle vehicle, Map<String, Map<Capability, Double>> work, Map<String, String> subdistrictOfTerritory) {
        Set<String> homes = new java.util.LinkedHashSet<>();
        for (String territory : vehicle.homeTerritories()) {
            String subdistrict = subdistrictOfTerritory.get(territory);
            if (subdistrict != null && work.containsKey(subdistrict)) {
                homes.add(subdistrict);
            }
        }
        return homes;
    }

    /** Each part's tasks as work for {@link ShiftWork}, a washing pass with the windows of its street's class. */
    private static List<ShiftWork.Item> workItems(
            LoadedDataset loaded,
            Set<String> parts,
            Map<String, List<WashingRequirement>> washing,
            Map<String, List<BlindSpotReport>> blindSpots,
            Map<String, List<FlagshipToilet>> toilets) {
        Map<RoadClass, List<DailyWindow>> allowed = new EnumMap<>(RoadClass.class);
        for (RoadClass roadClass : RoadClass.values()) {
            allowed.put(roadClass, new ArrayList<>());
        }
        loaded.dataset()
                .washingWindowRules()
                .forEach(rule -> allowed.get(rule.roadClass()).addAll(rule.allowed()));
        List<ShiftWork.Item> items = new ArrayList<>();
        for (String part : parts) {
            for (WashingRequirement requirement : washing.getOrDefault(part, List.of())) {
                RoadSegment segment = loaded.placement(PlacedKind.WASHING_REQUIREMENT, requirement.id())
                        .snappedSegment();
                items.add(new ShiftWork.Item(
                        part,
                        requirement.capability(),
                        requirement.passes() * segment.lengthMetres(),
                        allowed.get(segment.roadClass())));
            }
            blindSpots
                    .getOrDefault(part, List.of())
                    .forEach(report -> items.add(new ShiftWork.Item(part, Capability.GARBAGE_PICKUP, 1, List.of())));
            toilets.getOrDefault(part, List.of())
                    .forEach(toilet -> items.add(new ShiftWork.Item(part, Capability.TOILET_CLEANING, 1, List.of())));
        }
        return items;
    }

    /** The subdistrict most of a vehicle's home territories lie in, or null when it has none. */
    static String homeSubdistrict(Vehicle vehicle, Map<String, String> subdistrictOfTerritory) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String territory : vehicle.homeTerritories()) {
            String subdistrict = subdistrictOfTerritory.get(territory);
            if (subdistrict != null) {
                counts.merge(subdistrict, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static Map<String, String> subdistrictOfTerritory(List<Territory> territories) {
        Map<String, String> subdistrict = new HashMap<>();
        for (Territory territory : territories) {
            if (territory.kind() == TerritoryKind.SUBDISTRICT) {
                subdistrict.put(territory.id(), territory.id());
            } else if (territory.parentId() != null) {
                subdistrict.put(territory.id(), territory.parentId());
            }
        }
        return subdistrict;
    }

    private static String placedIn(LoadedDataset loaded, PlacedKind kind, String id) {
        TaskPlacement placement = loaded.placements(kind).get(id);
        return placement == null || placement.subdistrictId() == null ? "" : placement.subdistrictId();
    }

    private static <T> Map<String, List<T>> byPart(List<T> items, Function<T, String> partOf) {
        Map<String, List<T>> parts = new TreeMap<>();
        for (T item : items) {
            parts.computeIfAbsent(partOf.apply(item), part -> new ArrayList<>()).add(item);
        }
        return parts;
    }

    private static <T> void merge(Map<String, List<T>> parts, String from, String into) {
        List<T> moved = parts.remove(from);
        if (moved != null) {
            parts.computeIfAbsent(into, part -> new ArrayList<>()).addAll(moved);
        }
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static java.util.Optional<String> nearestLargePart(
            String part, Map<String, double[]> centres, Map<String, Integer> taskCounts, int minPartTasks) {
        double[] centre = centres.get(part);
        return taskCounts.entrySet().stream()
                .filter(entry -> !entry.getKey().isEmpty() && entry.getValue() >= minPartTasks)
                .map(Map.Entry::getKey)
                .min(Comparator.comparingDouble(other -> {
                    double[] at = centres.get(other);
                    double dx = (at[0] - centre[0]) * Math.cos(Math.toRadians(centre[1]));
                    double dy = at[1] - centre[1];
                    return dx * dx + dy * dy;
                }));
    }

    private static void add(
            Map<String, Map<Capability, Double>> work, String part, Capability capability, double amount) {
        work.computeIfAbsent(part, key -> new HashMap<>()).merge(capability, amount, Double::sum);
    }

    /** The mean longitude and latitude of a part's work, where its vehicles should start from. */
    private static double[] centre(
            LoadedDataset loaded,
            List<WashingRequirement> washing,
            List<BlindSpotReport> blindSpots,
            List<FlagshipToilet> toilets) {
        double lon = 0;
        double lat = 0;
        int count = 0;
        List<TaskPlacement> placements = new ArrayList<>();
        if (washing != null) {
            washing.forEach(
                    requirement -> placements.add(loaded.placement(PlacedKind.WASHING_REQUIREMENT, requirement.id())));
        }
        if (blindSpots != null) {
            blindSpots.forEach(report -> placements.add(loaded.placement(PlacedKind.BLIND_SPOT, report.id())));
        }
        if (toilets != null) {
            toilets.forEach(toilet -> placements.add(loaded.placement(PlacedKind.TOILET, toilet.id())));
        }
        for (TaskPlacement placement : placements) {
            RoadNode node = loaded.dataset().roadNetwork().node(placement.nearestNodeIndex());
            lon += node.lon();
            lat += node.lat();
            count++;
        }
        return count == 0 ? new double[] {0, 0} : new double[] {lon / count, lat / count};
    }

    private static double squaredDistance(Depot depot, double[] centre) {
        double dx = (depot.location().getX() - centre[0]) * Math.cos(Math.toRadians(centre[1]));
        double dy = depot.location().getY() - centre[1];
        return dx * dx + dy * dy;
    }
}
