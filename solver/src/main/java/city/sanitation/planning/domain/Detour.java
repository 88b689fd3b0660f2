package city.sanitation.planning.domain;

/**
 * A replenishment stop on the way to a task: refilling water at a hydrant, dumping at a transfer station, or reloading
 * a spreader's salt at a salt depot.
 */
public record Detour(Facility facility, DetourKind kind, long arrival, long departure) {

    public enum DetourKind {
        REFILL,
        DUMP,
        RELOAD_SALT
    }
}
