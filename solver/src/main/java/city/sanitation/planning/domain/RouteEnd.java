package city.sanitation.planning.domain;

/**
 * The way home: an optional dump, then the drive back to the depot.
 *
 * @param arrival when the vehicle is back at its depot
 * @param travelMetres driving distance from the last task, detour included
 */
public record RouteEnd(long arrival, long travelSeconds, long travelMetres, Detour detour, boolean breakMissed) {}
