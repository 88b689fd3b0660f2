package city.sanitation.app.planning;

import city.sanitation.app.planning.ProblemAssembler.StoredPlan;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.SanitationPlan;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds solver runs still marked RUNNING that nobody solves any more (the app stopped or died while solving): each
 * becomes INTERRUPTED, and its best plan saved so far becomes a proposed version, so the work is not lost.
 */
@Component
public class RunRecovery {

    static final String REASON = "The app stopped while solving; the best plan saved so far was kept.";

    private static final Logger LOG = LoggerFactory.getLogger(RunRecovery.class);

    private final PlanRepository plans;
    private final LiveSolving solving;
    private final ProblemAssembler assembler;
    private final PlanDocuments documents;
    private final SolverProperties properties;

    RunRecovery(
            PlanRepository plans,
            LiveSolving solving,
            ProblemAssembler assembler,
            PlanDocuments documents,
            SolverProperties properties) {
        this.plans = plans;
        this.solving = solving;
        this.assembler = assembler;
        this.documents = documents;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        recover();
    }

    /**
     * Recovers the abandoned runs now rather than at the next scheduled look: the nightly job, fired again after a
     * crash, continues its plan only once the interrupted run is marked so.
     */
    public void recoverNow() {
        recover();
    }

    /** How long another instance's run stays silent before it counts as abandoned: a few missed heartbeats. */
    public Duration silence() {
        return properties.checkpointInterval().multipliedBy(4).plusSeconds(10);
    }

    @Scheduled(fixedDelayString = "${sanitation.solver.recovery-interval:30s}")
    void recover() {
        for (SolverRun run : plans.abandoned(solving.instance(), solving.startedAt(), silence())) {
            if (!solving.solvesRun(run.id())) {
                recover(run);
            }
        }
    }

    /**
     * Quartz fired a run's job again on this node because the node solving it died: the run becomes INTERRUPTED with
     * its checkpoint kept as a proposed version (unless the recovery of abandoned runs did so already), and a new run
     * of the plan continues from that checkpoint, unless the plan has been solved again since.
     */
    void takeOver(long runId) {
        SolverRun run = plans.run(runId);
        if (run.outcome() == RunOutcome.RUNNING) {
            recover(run);
        }
        boolean interrupted = plans.run(runId).outcome() == RunOutcome.INTERRUPTED;
        boolean newest = plans.lastRun(run.planId()).map(SolverRun::id).orElse(-1L) == runId;
        if (!interrupted || !newest) {
            return;
        }
        try {
            SolverRun resumed = solving.resume(run.planId(), run.trigger(), runId);
            LOG.info(
                    "Run {} of plan {} lost its node ({}); run {} continues from its checkpoint ({})",
                    runId,
                    run.planId(),
                    run.instanceName(),
                    resumed.id(),
                    resumed.resumedFromScore());
        } catch (city.sanitation.app.infra.ConflictException e) {
            LOG.info("Run {} of plan {} lost its node; another run of the plan started meanwhile", runId, run.planId());
        }
    }

    private void recover(SolverRun run) {
        if (!plans.endIfRunning(run.id(), RunOutcome.INTERRUPTED, REASON)) {
            return;
        }
        var saved = plans.bestAssignment(run.id());
        if (saved.isEmpty()) {
            LOG.warn("Run {} of plan {} was interrupted before it saved a plan", run.id(), run.planId());
            return;
        }
        try {
            Plan plan = plans.plan(run.planId());
            SanitationProblem problem = assembler.build(plan, run.datasetVersionId());
            SanitationPlan restored = assembler.restore(problem, documents.assignment(saved.get()));
            StoredPlan stored = assembler.documents(problem, restored);
            plans.addVersion(run.planId(), run.id(), stored);
            LOG.info(
                    "Run {} of plan {} was interrupted; its best plan so far ({}) is kept",
                    run.id(),
                    run.planId(),
                    stored.score());
        } catch (RuntimeException e) {
            LOG.error("The best plan of interrupted run {} could not be rebuilt", run.id(), e);
        }
    }
}
