package city.sanitation.planning.domain;

import city.sanitation.fleet.Capability;
import java.util.List;
import java.util.Set;

/**
 * The fixed facts of a vehicle and its crew. Times are seconds since the horizon start.
 *
 * @param tankLitres water tank; 0 when it carries none
 * @param bodyM3 garbage body; 0 when it carries none
 * @param washingMetresPerSecond speed while washing
 * @param waterLitresPerMetre water used per metre washed
 * @param hydrants where it may refill
 * @param transferStations where it may dump
 * @param homeTerritories the subdistricts and grids it is responsible for; empty when it works anywhere
 * @param homeTerritoriesStrict whether it may not work outside them at all, rather than at a cost
 */
public record Crew(
        String vehicleId,
        String name,
        String vehicleTypeId,
        Set<Capability> capabilities,
        Set<String> skills,
        int depotLocation,
        long shiftStart,
        long shiftEnd,
        long hardEnd,
        List<BreakWindow> breaks,
        double tankLitres,
        double bodyM3,
        double washingMetresPerSecond,
        double waterLitresPerMetre,
        double costPerKm,
        double costPerHour,
        TravelTimes travel,
        List<Facility> hydrants,
        List<Facility> transferStations,
        Set<String> homeTerritories,
        boolean homeTerritoriesStrict) {

    public Crew {
        capabilities = Set.copyOf(capabilities);
        skills = Set.copyOf(skills);
        breaks = List.copyOf(breaks);
        hydrants = List.copyOf(hydrants);
        transferStations = List.copyOf(transferStations);
        homeTerritories = Set.copyOf(homeTerritories);
    }

    /** A crew that works anywhere. */
    public Crew(
            String vehicleId,
            String name,
            String vehicleTypeId,
            Set<Capability> capabilities,
            Set<String> skills,
            int depotLocation,
            long shiftStart,
            long shiftEnd,
            long hardEnd,
            List<BreakWindow> breaks,
            double tankLitres,
            double bodyM3,
            double washingMetresPerSecond,
            double waterLitresPerMetre,
            double costPerKm,
            double costPerHour,
            TravelTimes travel,
            List<Facility> hydrants,
            List<Facility> transferStations) {
        this(
                vehicleId,
                name,
                vehicleTypeId,
                capabilities,
                skills,
                depotLocation,
                shiftStart,
                shiftEnd,
                hardEnd,
                breaks,
                tankLitres,
                bodyM3,
                washingMetresPerSecond,
                waterLitresPerMetre,
                costPerKm,
                costPerHour,
                travel,
                hydrants,
                transferStations,
                Set.of(),
                false);
    }

    /** The same crew responsible for other territories. */
    public Crew withHomeTerritories(Set<String> territoryIds, boolean strict) {
        return new Crew(
                vehicleId,
                name,
                vehicleTypeId,
                capabilities,
                skills,
                depotLocation,
                shiftStart,
                shiftEnd,
                hardEnd,
                breaks,
                tankLitres,
                bodyM3,
                washingMetresPerSecond,
                waterLitresPerMetre,
                costPerKm,
                costPerHour,
                travel,
                hydrants,
                transferStations,
                territoryIds,
                strict);
    }

    /** Whether a task in this subdistrict and grid lies in the crew's home territories (anywhere, if it has none). */
    public boolean isAtHome(TaskProblem task) {
        return homeTerritories.isEmpty()
                || homeTerritories.contains(task.subdistrictId())
                || homeTerritories.contains(task.gridId());
    }

    public boolean carriesWater() {
        return tankLitres > 0;
    }

    public boolean carriesGarbage() {
        return bodyM3 > 0;
    }
}
