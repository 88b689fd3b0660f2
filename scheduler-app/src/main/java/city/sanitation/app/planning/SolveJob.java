package city.sanitation.app.planning;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * One solver run, on whichever node's Quartz took it: it holds that Quartz thread (a solver slot) until the run's plan
 * is stored. Fired again by Quartz's recovery on another node when the node solving it died: that one keeps the
 * checkpoint as a proposed version and continues from it in a new run.
 */
class SolveJob extends QuartzJobBean {

    static final String RUN_ID = "runId";

    private final LiveSolving solving;
    private final RunRecovery recovery;

    SolveJob(LiveSolving solving, RunRecovery recovery) {
        this.solving = solving;
        this.recovery = recovery;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        long runId = Long.parseLong(context.getMergedJobDataMap().getString(RUN_ID));
        try {
            if (solving.take(runId)) {
                solving.solveTaken(runId);
            } else if (context.isRecovering()) {
                recovery.takeOver(runId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobExecutionException(e);
        }
    }
}
