package city.sanitation.planning.score;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.List;

/**
 * Why a constraint matched, in terms a dispatcher reads. One record per kind of match. Besides its sentence each says
 * which tasks it is about and how much it breaks its rule, so that the plan's table of rules can count and point at
 * them without parsing the sentence.
 */
public final class Justifications {

    private Justifications() {}

    /** A justification that says in one sentence what is wrong. */
    public interface Explained extends ConstraintJustification {
        String detail();

        /** The tasks the match is about, in route order; empty when it is about a whole route. */
        List<String> taskIds();

        /** How many things the match counts: tasks, toilets, routes, breaks or pairs of rounds. */
        long count();

        /** How much the match breaks its rule in the rule's unit: minutes, fen, tasks, rounds or breaks. */
        long amount();
    }

    public record TaskOnRoute(String taskId, String routeId, String detail) implements Explained {
        @Override
        public List<String> taskIds() {
            return List.of(taskId);
        }

        @Override
        public long count() {
            return 1;
        }

        @Override
        public long amount() {
            return 1;
        }
    }

    /**
     * @param count what the route counts for its rule: tasks, breaks, or 1 for the route itself
     * @param amount in the rule's unit
     */
    public record RouteIssue(String routeId, long count, long amount, List<String> taskIds, String detail)
            implements Explained {
        public RouteIssue {
            taskIds = List.copyOf(taskIds);
        }

        /** A match about the whole route: it counts once. */
        public RouteIssue(String routeId, long amount, String detail) {
            this(routeId, 1, amount, List.of(), detail);
        }
    }

    public record UnassignedTask(String taskId, int priorityWeight, String detail) implements Explained {
        @Override
        public List<String> taskIds() {
            return List.of(taskId);
        }

        @Override
        public long count() {
            return 1;
        }

        @Override
        public long amount() {
            return 1;
        }
    }

    /**
     * @param minutes in the rule's unit: minutes for the gaps, pairs of rounds for their order
     * @param taskIds the toilet's rounds on the plan's routes
     */
    public record ToiletRounds(String toiletId, long minutes, List<String> taskIds, String detail)
            implements Explained {
        public ToiletRounds {
            taskIds = List.copyOf(taskIds);
        }

        /** The rounds of one toilet count once, except for their order, where each pair out of order counts. */
        @Override
        public long count() {
            return 1;
        }

        @Override
        public long amount() {
            return minutes;
        }
    }

    public record Workload(String vehicleTypeId, long unfairness, String detail) implements Explained {
        @Override
        public List<String> taskIds() {
            return List.of();
        }

        @Override
        public long count() {
            return 1;
        }

        @Override
        public long amount() {
            return unfairness;
        }
    }
}
