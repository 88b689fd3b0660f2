package city.sanitation.app.planning;

import java.util.Map;

/**
 * What a dispatcher asks for when solving a plan.
 *
 * @param actor who asks: set from the signed-in account, never read from the request
 * @param fromVersion re-plan starting from this version of the plan; null to start afresh
 * @param pins per vehicle, how many of its first tasks in {@code fromVersion} stay where they are
 */
public record SolveRequest(String actor, Integer fromVersion, Map<String, Integer> pins) {

    public static SolveRequest fresh(String actor) {
        return new SolveRequest(actor, null, Map.of());
    }

    /** The same request, made by {@code username} whatever the client wrote. */
    public SolveRequest by(String username) {
        return new SolveRequest(username, fromVersion, pins == null ? Map.of() : pins);
    }
}
