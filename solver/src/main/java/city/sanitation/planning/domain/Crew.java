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
 * @param latestShiftStart the latest the shift may begin; {@code shiftStart} when it has no range. The shift's end
 *     and hard end move with its actual start (a fixed-length shift).
 * @param depotWaitMinSeconds a wait for a task is spent back at the depot when the stay there, after the extra
 *     driving, is at least this long; {@link #NEVER_WAITS_AT_DEPOT} to always wait at the task
 * @param homeTerritories the subdistricts and grids it is responsible for; empty when it works anywhere
 * @param homeTerritoriesStrict whether it may not work outside them at all, rather than at a cost
 * @param saltKg salt or de-icer its spreader holds; 0 when it has none
 * @param saltDepots where its spreader reloads
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
        long latestShiftStart,
        long depotWaitMinSeconds,
        Set<String> homeTerritories,
        boolean homeTerritoriesStrict,
        double saltKg,
        List<Facility> saltDepots) {

    public static final long NEVER_WAITS_AT_DEPOT = Long.MAX_VALUE;

    /** A crew without a spreader. */
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
            List<Facility> transferStations,
            long latestShiftStart,
            long depotWaitMinSeconds,
            Set<String> homeTerritories,
            boolean homeTerritoriesStrict) {
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
                latestShiftStart,
                depotWaitMinSeconds,
                homeTerritories,
                homeTerritoriesStrict,
                0.0,
                List.of());
    }

    public Crew {
        if (latestShiftStart < shiftStart) {
            throw new IllegalArgumentException("The latest shift start (" + latestShiftStart + ") of vehicle ("
                    + vehicleId + ") is before its shift start (" + shiftStart + ").");
        }
        capabilities = Set.copyOf(capabilities);
        skills = Set.copyOf(skills);
        breaks = List.copyOf(breaks);
        hydrants = List.copyOf(hydrants);
        transferStations = List.copyOf(transferStations);
        homeTerritories = Set.copyOf(homeTerritories);
        saltDepots = saltDepots == null ? List.of() : List.copyOf(saltDepots);
    }

    /** A crew that works anywhere, whose shift begins at {@code shiftStart}, and who waits at its tasks. */
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
                shiftStart,
                NEVER_WAITS_AT_DEPOT,
                Set.of(),
                false);
    }

    /** The same crew with a start range and depot waits. */
    public Crew withShiftRange(long latestShiftStart, long depotWaitMinSeconds) {
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
                latestShiftStart,
                depotWaitMinSeconds,
                homeTerritories,
                homeTerritoriesStrict,
                saltKg,
                saltDepots);
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
                latestShiftStart,
                depotWaitMinSeconds,
                territoryIds,
                strict,
                saltKg,
                saltDepots);
    }

    /** The same crew with a spreader of {@code spreaderKg}, reloaded at {@code depots}. */
    public Crew withSalt(double spreaderKg, List<Facility> depots) {
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
                latestShiftStart,
                depotWaitMinSeconds,
                homeTerritories,
                homeTerritoriesStrict,
                spreaderKg,
                depots);
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

    public boolean carriesSalt() {
        return saltKg > 0;
    }

    public boolean carriesGarbage() {
        return bodyM3 > 0;
    }
}
