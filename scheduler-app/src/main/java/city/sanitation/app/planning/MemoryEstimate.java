package city.sanitation.app.planning;

import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import city.sanitation.planning.build.StreetPasses;
import city.sanitation.road.RoadNetwork;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.WashingRequirement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The heap one solve of a district needs: its travel matrices, one per speed profile over the places that profile's
 * vehicles may go (as the solver's ProblemBuilder chooses them), and the rest of the model.
 *
 * @param districtId whose solve
 * @param locationsPerProfile the places of each speed profile's matrix, an upper bound (a street washed by a crew
 *     since the data's last done date, or a blind spot snapped to a node, counts all the same)
 * @param tasks street passes, blind spots and toilet rounds of a day
 * @param segments directed street segments of the road network
 */
record MemoryEstimate(String districtId, List<Integer> locationsPerProfile, int tasks, int segments) {

    /** A travel matrix entry: a {@code char} of seconds and one of metres (the solver's CompactTravelEntries). */
    static final long BYTES_PER_MATRIX_ENTRY = 4;

    /**
     * A task with its shadow variables, its share of the day's dataset and the solver's clones of the best plan.
     * Calibrated on the sample districts: what the heap keeps after a collection once the problem is built, less the
     * matrices (medium about 36 MB for 3,680 tasks, large about 110 MB for 19,529; session s8, benchmarks/README.md).
     */
    static final long BYTES_PER_TASK = 6 * 1024;

    /** A street segment in the router's arrays and the network's geometry. */
    static final long BYTES_PER_SEGMENT = 1536;

    /**
     * A heap whose live data fills it spends its time collecting: a solve is given a quarter more than it keeps live,
     * room for the garbage of its moves and of saving its checkpoints.
     */
    static final double COLLECTOR_ROOM = 1.25;

    MemoryEstimate {
        locationsPerProfile = List.copyOf(locationsPerProfile);
    }

    /** The estimate for a day of a district's data, with the ledger's open blind spots. */
    static MemoryEstimate of(String districtId, SanitationDataset data, LocalDate day, int blindSpots) {
        List<WashingRequirement> due = data.washingRequirements().stream()
                .filter(requirement -> isDue(requirement, day))
                .toList();
        RoadNetwork network = data.roadNetwork();
        int streetPasses = due.stream()
                .filter(requirement ->
                        network.findSegment(requirement.segmentId()).isPresent())
                .mapToInt(requirement ->
                        StreetPasses.taskIds(requirement, network).size())
                .sum();
        int toiletRounds =
                data.toilets().stream().mapToInt(FlagshipToilet::roundsPerDay).sum();
        return new MemoryEstimate(
                districtId,
                locationsPerProfile(data, due, blindSpots),
                streetPasses + blindSpots + toiletRounds,
                data.roadNetwork().segmentCount());
    }

    /**
     * The places of each speed profile's matrix: every depot, the hydrants when its vehicles use water, the transfer
     * stations and blind spots when they pick up garbage, both ends of the streets they wash and the toilets they
     * clean. Vehicle types with the same driving speeds share one profile.
     */
    static List<Integer> locationsPerProfile(SanitationDataset data, List<WashingRequirement> due, int blindSpots) {
        Map<String, VehicleType> types = new HashMap<>();
        data.vehicleTypes().forEach(type -> types.put(type.id(), type));
        Map<Map<?, ?>, Set<Capability>> capabilitiesBySpeeds = new LinkedHashMap<>();
        for (Vehicle vehicle : data.vehicles()) {
            VehicleType type = types.get(vehicle.typeId());
            if (type != null) {
                capabilitiesBySpeeds
                        .computeIfAbsent(type.drivingSpeedKmh(), speeds -> EnumSet.noneOf(Capability.class))
                        .addAll(type.capabilities());
            }
        }
        List<Integer> locations = new ArrayList<>();
        for (Set<Capability> capabilities : capabilitiesBySpeeds.values()) {
            int places = data.depots().size();
            if (usesWater(capabilities)) {
                places += data.hydrants().size();
            }
            if (capabilities.contains(Capability.GARBAGE_PICKUP)) {
                places += data.transferStations().size() + blindSpots;
            }
            if (capabilities.contains(Capability.TOILET_CLEANING)) {
                places += data.toilets().size();
            }
            places += streetEnds(data.roadNetwork(), due, capabilities);
            locations.add(places);
        }
        return locations;
    }

    private static boolean usesWater(Set<Capability> capabilities) {
        return capabilities.contains(Capability.WASHING)
                || capabilities.contains(Capability.SPRINKLING)
                || capabilities.contains(Capability.SWEEPING);
    }

    /** As the solver's TaskFactory decides it, on the data's own last done dates. */
    private static boolean isDue(WashingRequirement requirement, LocalDate day) {
        return requirement.lastDone() == null
                || !requirement
                        .lastDone()
                        .plusDays(requirement.frequency().intervalDays())
                        .isAfter(day);
    }

    private static int streetEnds(RoadNetwork network, List<WashingRequirement> due, Set<Capability> capabilities) {
        Set<Long> nodes = new HashSet<>();
        for (WashingRequirement requirement : due) {
            if (capabilities.contains(requirement.capability())) {
                network.findSegment(requirement.segmentId()).ifPresent(segment -> {
                    nodes.add(segment.fromNode());
                    nodes.add(segment.toNode());
                });
            }
        }
        return nodes.size();
    }

    long matrixBytes() {
        return locationsPerProfile.stream()
                .mapToLong(places -> (long) places * places * BYTES_PER_MATRIX_ENTRY)
                .sum();
    }

    long modelBytes() {
        return tasks * BYTES_PER_TASK + segments * BYTES_PER_SEGMENT;
    }

    /** What a solve of this district is given of the heap. */
    long bytes() {
        return Math.round((matrixBytes() + modelBytes()) * COLLECTOR_ROOM);
    }
}
