package city.sanitation.district;

import city.sanitation.dataset.OsmSource;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.district.Facilities.Market;
import city.sanitation.fleet.Depot;
import city.sanitation.fleet.Hydrant;
import city.sanitation.fleet.TransferStation;
import city.sanitation.road.Connectivity;
import city.sanitation.road.Connectivity.LargestComponent;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.WashingRequirement;
import city.sanitation.territory.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Puts a district's facilities, work and fleet on a road network. What belongs to the place (yards, hydrants,
 * transfer stations, markets, toilets) comes from a fixed seed, so a map looks the same whatever the seed; the day's
 * workload (which streets are due, which blind spots were reported) comes from the caller's seed.
 */
final class DistrictPopulator {

    /** The seed of everything that belongs to the place rather than to the day. */
    static final long PLACE_SEED = 0x5AD7_0C17_2026L;

    private DistrictPopulator() {}

    static SanitationDataset populate(
            String name,
            StreetMap map,
            List<Territory> territories,
            DistrictWorkload workload,
            WashingPolicy policy,
            long seed,
            LocalDate day,
            OsmSource osmSource) {
        requireStronglyConnected(map);
        Random place = new Random(PLACE_SEED);
        Facilities facilities = new Facilities(map, place);
        List<Depot> depots = facilities.depots(workload.depots());
        List<Hydrant> hydrants = facilities.hydrants();
        List<TransferStation> transferStations = facilities.transferStations(workload.transferStations());
        List<Market> markets = facilities.markets(workload.markets());
        List<FlagshipToilet> toilets = Toilets.place(map, workload, place);

        GridChain grids = new GridChain(territories, map.projection());
        List<WashingRequirement> requirements =
                WashingRequirements.plan(map, policy, grids, day, new Random(stream(seed, "washing")));
        List<BlindSpotReport> blindSpots = new BlindSpots(map, markets, day, new Random(stream(seed, "blind spots")))
                .report(workload.blindSpots());

        CrewShifts shifts = new CrewShifts(day);
        return SanitationDataset.builder()
                .name(name)
                .horizon(shifts.horizon())
                .roadNetwork(map.network())
                .osmSource(osmSource)
                .territories(territories)
                .depots(depots)
                .hydrants(hydrants)
                .transferStations(transferStations)
                .vehicleTypes(Fleet.types())
                .vehicles(Fleet.vehicles(map, grids, requirements, blindSpots, toilets, depots, shifts, day))
                .washingRequirements(requirements)
                .washingWindowRules(WashingRequirements.windowRules())
                .blindSpots(blindSpots)
                .toilets(toilets)
                .build();
    }

    /** A seed of its own for each part of the day's workload, so that changing one part leaves the others alone. */
    private static long stream(long seed, String part) {
        return seed * 0x9E37_79B9_7F4A_7C15L + part.hashCode();
    }

    private static void requireStronglyConnected(StreetMap map) {
        LargestComponent largest = Connectivity.largestStronglyConnected(map.network());
        if (!largest.isWholeNetwork()) {
            throw new IllegalArgumentException("The road network splits into " + largest.componentCount()
                    + " strongly connected parts (" + largest.droppedSegments().size()
                    + " segments outside the largest), so some streets could not be reached and left again.\n"
                    + "Maybe keep only Connectivity.largestStronglyConnected(network).kept().");
        }
    }
}
