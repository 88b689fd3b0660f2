package city.sanitation.planning.domain;

/** A replenishment stop on the way to a task: refilling water at a hydrant or dumping at a transfer station. */
public record Detour(Facility facility, DetourKind kind, long arrival, long departure) {

    public enum DetourKind {
        REFILL,
        DUMP
    }
}
