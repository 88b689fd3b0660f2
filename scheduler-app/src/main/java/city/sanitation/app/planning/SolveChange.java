package city.sanitation.app.planning;

import ai.timefold.solver.core.api.solver.change.ProblemChange;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.realtime.TaskStarted;
import city.sanitation.planning.realtime.VehicleBreakdown;
import java.time.LocalDateTime;

/**
 * A real-time change to a running solve, stored (solver_run_change) so that the node solving it applies it whichever
 * node received it; turned into the solver's problem change there, against that node's problem.
 *
 * @param kind BREAKDOWN (vehicleId, at) or TASK_STARTED (taskId)
 */
public record SolveChange(String kind, String vehicleId, LocalDateTime at, String taskId) {

    static final String BREAKDOWN = "BREAKDOWN";
    static final String TASK_STARTED = "TASK_STARTED";

    public static SolveChange breakdown(String vehicleId, LocalDateTime at) {
        return new SolveChange(BREAKDOWN, vehicleId, at, null);
    }

    public static SolveChange taskStarted(String taskId) {
        return new SolveChange(TASK_STARTED, null, null, taskId);
    }

    ProblemChange<SanitationPlan> toProblemChange(SanitationProblem problem) {
        return switch (kind) {
            case BREAKDOWN -> new VehicleBreakdown(vehicleId, problem.clock().toClock(at));
            case TASK_STARTED -> new TaskStarted(taskId);
            default ->
                throw new IllegalArgumentException("The change kind (" + kind + ") is not known.\n"
                        + "Maybe a newer version of the app stored it; it is one of " + BREAKDOWN + ", " + TASK_STARTED
                        + ".");
        };
    }
}
