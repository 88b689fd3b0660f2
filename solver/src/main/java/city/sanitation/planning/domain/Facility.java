package city.sanitation.planning.domain;

/** A place a route may detour to: a hydrant to refill water or a transfer station to dump garbage. */
public record Facility(String id, String name, int location, long serviceSeconds) {}
