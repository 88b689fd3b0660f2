package city.sanitation.fleet;

import java.util.List;
import java.util.Set;

/**
 * One vehicle with its crew, or a crew on foot: the unit that gets a route. It starts and ends at its home depot.
 *
 * @param skills extra skills of the crew (e.g. "loader" for large piles), matched against what a task needs
 * @param homeTerritories the subdistricts and grids the crew is responsible for (定点、定责); empty when it works
 *     anywhere
 * @param homeTerritoriesStrict whether the crew may not work outside its home territories at all, rather than at a
 *     cost
 */
public record Vehicle(
        String id,
        String name,
        String typeId,
        String depotId,
        Shift shift,
        List<BreakRule> breaks,
        Set<String> skills,
        List<String> homeTerritories,
        boolean homeTerritoriesStrict) {

    public Vehicle {
        breaks = List.copyOf(breaks);
        skills = Set.copyOf(skills);
        // Null when a JSON body leaves the field out.
        homeTerritories = homeTerritories == null ? List.of() : List.copyOf(homeTerritories);
    }

    /** A crew that works anywhere in the district. */
    public Vehicle(
            String id,
            String name,
            String typeId,
            String depotId,
            Shift shift,
            List<BreakRule> breaks,
            Set<String> skills) {
        this(id, name, typeId, depotId, shift, breaks, skills, List.of(), false);
    }

    /** The same crew with other home territories. */
    public Vehicle withHomeTerritories(List<String> territoryIds, boolean strict) {
        return new Vehicle(id, name, typeId, depotId, shift, breaks, skills, territoryIds, strict);
    }
}
