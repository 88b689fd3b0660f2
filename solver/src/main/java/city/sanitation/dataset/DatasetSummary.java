package city.sanitation.dataset;

import city.sanitation.fleet.Capability;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.BlindSpotCategory;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.Priority;
import city.sanitation.task.WashingRequirement;
import city.sanitation.territory.Territory;
import city.sanitation.territory.TerritoryKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The size of a dataset at a glance: streets by class, work by kind, fleet by type and territories.
 *
 * @param metresByClass length of directed segments per road class (a two-way street counts twice)
 */
public record DatasetSummary(
        int nodeCount,
        int segmentCount,
        Map<RoadClass, Double> metresByClass,
        Map<RoadClass, Integer> segmentsByClass,
        int washingRequirements,
        Map<Capability, Integer> washingPassesByCapability,
        Map<Priority, Integer> blindSpotsByPriority,
        Map<BlindSpotCategory, Integer> blindSpotsByCategory,
        double blindSpotVolumeM3,
        int toilets,
        int toiletRoundsPerDay,
        List<FleetLine> fleet,
        List<SubdistrictLine> subdistricts,
        int depots,
        int hydrants,
        int transferStations) {

    public record FleetLine(VehicleType type, int vehicles) {}

    public record SubdistrictLine(Territory subdistrict, int grids) {}

    public static DatasetSummary of(SanitationDataset dataset) {
        Map<RoadClass, Double> metres = zeros(RoadClass.class, 0.0);
        Map<RoadClass, Integer> segments = zeros(RoadClass.class, 0);
        for (RoadSegment segment : dataset.roadNetwork().segments()) {
            metres.merge(segment.roadClass(), segment.lengthMetres(), Double::sum);
            segments.merge(segment.roadClass(), 1, Integer::sum);
        }
        Map<Capability, Integer> passes = new EnumMap<>(Capability.class);
        for (WashingRequirement requirement : dataset.washingRequirements()) {
            passes.merge(requirement.capability(), requirement.passes(), Integer::sum);
        }
        Map<Priority, Integer> byPriority = zeros(Priority.class, 0);
        Map<BlindSpotCategory, Integer> byCategory = new EnumMap<>(BlindSpotCategory.class);
        double volume = 0;
        for (BlindSpotReport report : dataset.blindSpots()) {
            byPriority.merge(report.priority(), 1, Integer::sum);
            byCategory.merge(report.category(), 1, Integer::sum);
            volume += report.volumeM3();
        }
        List<FleetLine> fleet = new ArrayList<>();
        for (VehicleType type : dataset.vehicleTypes()) {
            int count = (int) dataset.vehicles().stream()
                    .map(Vehicle::typeId)
                    .filter(type.id()::equals)
                    .count();
            fleet.add(new FleetLine(type, count));
        }
        List<SubdistrictLine> subdistricts = new ArrayList<>();
        for (Territory territory : dataset.territories()) {
            if (territory.kind() == TerritoryKind.SUBDISTRICT) {
                int grids = (int) dataset.territories().stream()
                        .filter(grid -> grid.kind() == TerritoryKind.GRID)
                        .filter(grid -> territory.id().equals(grid.parentId()))
                        .count();
                subdistricts.add(new SubdistrictLine(territory, grids));
            }
        }
        return new DatasetSummary(
                dataset.roadNetwork().nodeCount(),
                dataset.roadNetwork().segmentCount(),
                metres,
                segments,
                dataset.washingRequirements().size(),
                passes,
                byPriority,
                byCategory,
                volume,
                dataset.toilets().size(),
                dataset.toilets().stream()
                        .mapToInt(FlagshipToilet::roundsPerDay)
                        .sum(),
                fleet,
                subdistricts,
                dataset.depots().size(),
                dataset.hydrants().size(),
                dataset.transferStations().size());
    }

    public double totalMetres() {
        return metresByClass.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public int washingPasses() {
        return washingPassesByCapability.values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    public int blindSpots() {
        return blindSpotsByPriority.values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    public int vehicles() {
        return fleet.stream().mapToInt(FleetLine::vehicles).sum();
    }

    public int grids() {
        return subdistricts.stream().mapToInt(SubdistrictLine::grids).sum();
    }

    private static <K extends Enum<K>, V> Map<K, V> zeros(Class<K> type, V zero) {
        Map<K, V> map = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            map.put(key, zero);
        }
        return map;
    }
}
