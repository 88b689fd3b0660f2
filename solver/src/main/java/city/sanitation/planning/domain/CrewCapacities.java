package city.sanitation.planning.domain;

/**
 * What a crew's vehicle carries, each 0 when it has none.
 *
 * @param tankLitres water tank
 * @param bodyM3 garbage body (or a sweeper's dust hopper)
 * @param saltKg salt or de-icer its spreader holds
 */
public record CrewCapacities(double tankLitres, double bodyM3, double saltKg) {}
