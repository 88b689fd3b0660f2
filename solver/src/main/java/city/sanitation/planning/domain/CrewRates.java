package city.sanitation.planning.domain;

/**
 * How fast a crew works and what its time and distance cost.
 *
 * @param washingMetresPerSecond speed while washing
 * @param waterLitresPerMetre water used per metre washed
 */
public record CrewRates(
        double washingMetresPerSecond, double waterLitresPerMetre, double costPerKm, double costPerHour) {}
