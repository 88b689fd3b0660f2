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
        List<Facility> transferStations) {

    public Crew {
        capabilities = Set.copyOf(capabilities);
        skills = Set.copyOf(skills);
        breaks = List.copyOf(breaks);
        hydrants = List.copyOf(hydrants);
        transferStations = List.copyOf(transferStations);
    }

    public boolean carriesWater() {
        return tankLitres > 0;
    }

    public boolean carriesGarbage() {
        return bodyM3 > 0;
    }
}
