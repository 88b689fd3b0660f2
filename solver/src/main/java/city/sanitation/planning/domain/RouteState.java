package city.sanitation.planning.domain;

/**
 * Where a route is and what it carries after a stop.
 *
 * @param waterLitres water left in the tank
 * @param loadM3 garbage in the truck body
 * @param breaksTaken how many of the route's breaks are behind it
 */
public record RouteState(long time, int location, double waterLitres, double loadM3, int breaksTaken) {}
