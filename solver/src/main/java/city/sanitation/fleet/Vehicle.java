package city.sanitation.fleet;

import java.util.List;
import java.util.Set;

/**
 * One vehicle with its crew, or a crew on foot: the unit that gets a route. It starts and ends at its home depot.
 *
 * @param skills extra skills of the crew (e.g. "loader" for large piles), matched against what a task needs
 */
public record Vehicle(
        String id,
        String name,
        String typeId,
        String depotId,
        Shift shift,
        List<BreakRule> breaks,
        Set<String> skills) {

    public Vehicle {
        breaks = List.copyOf(breaks);
        skills = Set.copyOf(skills);
    }
}
