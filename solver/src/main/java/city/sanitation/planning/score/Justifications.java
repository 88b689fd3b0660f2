package city.sanitation.planning.score;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Why a constraint matched, in terms a dispatcher reads. One record per kind of match. */
public final class Justifications {

    private Justifications() {}

    /** A justification that says in one sentence what is wrong. */
    public interface Explained extends ConstraintJustification {
        String detail();
    }

    public record TaskOnRoute(String taskId, String routeId, String detail) implements Explained {}

    public record RouteIssue(String routeId, long amount, String detail) implements Explained {}

    public record UnassignedTask(String taskId, int priorityWeight, String detail) implements Explained {}

    public record ToiletRounds(String toiletId, long minutes, String detail) implements Explained {}

    public record Workload(String vehicleTypeId, long unfairness, String detail) implements Explained {}
}
