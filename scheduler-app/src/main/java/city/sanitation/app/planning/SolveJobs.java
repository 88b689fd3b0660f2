package city.sanitation.app.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The solves' one-shot jobs in the clustered Quartz store: a node's Quartz takes one only when one of its threads (its
 * solver slots) is free, so the queue is Quartz's own, shared by every node, first asked first taken.
 */
@Component
class SolveJobs {

    static final String GROUP = "solve";

    private static final Logger LOG = LoggerFactory.getLogger(SolveJobs.class);

    private final Scheduler scheduler;

    SolveJobs(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Queues the run's job; in the caller's transaction, so that a run row and its job are stored together. */
    void enqueue(long runId) {
        JobDetail job = JobBuilder.newJob(SolveJob.class)
                .withIdentity(key(runId))
                .withDescription("Solver run " + runId)
                .usingJobData(SolveJob.RUN_ID, String.valueOf(runId))
                // A node that dies while solving hands the job to another, which continues from the checkpoint.
                .requestRecovery()
                .build();
        try {
            scheduler.scheduleJob(job, firstFreeSlot(job.getKey()));
        } catch (SchedulerException e) {
            throw new IllegalStateException("The solver run (" + runId + ") could not be queued: " + e.getMessage(), e);
        }
    }

    /** Queues the job of a run again, for another node: this one is shutting down before it began solving. */
    void requeue(long runId) {
        try {
            scheduler.scheduleJob(firstFreeSlot(key(runId)));
        } catch (SchedulerException e) {
            LOG.warn("Run {} could not be queued again; it is recovered as interrupted", runId, e);
        }
    }

    /** Queues the job of a run again after a while: the node that took it lacks the heap while its other solves run. */
    void requeueLater(long runId, Duration delay) {
        try {
            scheduler.scheduleJob(TriggerBuilder.newTrigger()
                    .forJob(key(runId))
                    .startAt(Date.from(Instant.now().plus(delay)))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build());
        } catch (SchedulerException e) {
            LOG.warn("Run {} could not be queued again; it is recovered as interrupted", runId, e);
        }
    }

    /** Drops the job of a run stopped before any node took it. */
    void remove(long runId) {
        try {
            scheduler.deleteJob(key(runId));
        } catch (SchedulerException e) {
            // Its job finds the run stopped and does nothing.
            LOG.info("The job of stopped run {} stays queued and will do nothing: {}", runId, e.getMessage());
        }
    }

    private static Trigger firstFreeSlot(JobKey job) {
        return TriggerBuilder.newTrigger()
                .forJob(job)
                .startNow()
                // A solve waiting longer than the misfire threshold for a free slot still runs, as soon as one is.
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    private static JobKey key(long runId) {
        return JobKey.jobKey("run-" + runId, GROUP);
    }
}
