package city.sanitation.app.planning;

import ai.timefold.solver.core.api.solver.SolverJob;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.SanitationPlan;
import java.util.concurrent.CountDownLatch;

/** A solver job running on this node. */
final class LiveJob {

    final long runId;
    final long planId;
    final SanitationProblem problem;
    final CountDownLatch finished = new CountDownLatch(1);
    volatile SolverJob<SanitationPlan, Long> solverJob;
    volatile String bestScore;
    /** The best score last told to every node. */
    volatile String publishedScore;
    /** The newest best plan, a clone the solver no longer touches; null before the first one. */
    volatile SanitationPlan best;

    /** The best plan last saved as the run's checkpoint. */
    volatile SanitationPlan checkpointed;

    volatile long lastCheckpointNanos = System.nanoTime();
    volatile boolean stopRequested;
    /** The heap this solve reserved; released when it ends. */
    volatile SolveMemory.Reservation memory;

    LiveJob(long runId, long planId, SanitationProblem problem) {
        this.runId = runId;
        this.planId = planId;
        this.problem = problem;
    }
}
