package city.sanitation.planning.domain;

/**
 * Where a route is and what it carries after a stop.
 *
 * @param waterLitres water left in the tank
 * @param loadM3 garbage in the truck body
 * @param breaksTaken how many of the route's breaks are behind it
 * @param saltKg salt left in a spreader
 */
public record RouteState(long time, int location, double waterLitres, double loadM3, int breaksTaken, double saltKg) {

    /** A state with no salt: a vehicle without a spreader. */
    public RouteState(long time, int location, double waterLitres, double loadM3, int breaksTaken) {
        this(time, location, waterLitres, loadM3, breaksTaken, 0.0);
    }
}
