package city.sanitation.app.nightly;

import city.sanitation.app.district.DistrictClock;
import city.sanitation.app.infra.ConflictException;
import city.sanitation.app.planning.LiveSolving;
import city.sanitation.app.planning.Plan;
import city.sanitation.app.planning.PlanRepository;
import city.sanitation.app.planning.Plans;
import city.sanitation.app.planning.RunOutcome;
import city.sanitation.app.planning.RunRecovery;
import city.sanitation.app.planning.SolveRequest;
import city.sanitation.app.planning.SolverProperties;
import city.sanitation.app.planning.SolverRun;
import city.sanitation.app.weather.WeatherSource;
import java.time.LocalDate;
import java.util.List;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.springframework.web.ErrorResponseException;

/**
 * Tomorrow's plan of one district: built from the stored data and the open ledger reports, solved for the configured
 * time (as a solve job of its own, on whichever node has a free solver slot) and stored as a proposed version with its
 * run record. Dispatchers review and publish it in the morning.
 *
 * <p>Idempotent per district and day: the day has one nightly plan (a database constraint). A firing finds it and
 * continues an interrupted run from its saved best plan (Quartz fires the job again after the instance running it
 * died), does nothing when a run already finished (a second firing for the same day), and starts it when there is
 * none. Only a firing a dispatcher asked for ({@link #ON_REQUEST}) solves a finished nightly plan again.
 */
@DisallowConcurrentExecution
class NightlyReplanJob extends QuartzJobBean {

    static final String DISTRICT_ID = "districtId";
    static final String TRIGGER = "NIGHTLY";
    /** Job data of a firing asked for with "run now": it re-solves the day's nightly plan even when it finished. */
    static final String ON_REQUEST = "onRequest";

    private static final Logger LOG = LoggerFactory.getLogger(NightlyReplanJob.class);

    private final Plans plans;
    private final PlanRepository repository;
    private final LiveSolving solving;
    private final RunRecovery recovery;
    private final SolverProperties properties;
    private final DistrictClock clock;
    private final WeatherSource weather;

    NightlyReplanJob(
            Plans plans,
            PlanRepository repository,
            LiveSolving solving,
            RunRecovery recovery,
            SolverProperties properties,
            DistrictClock clock,
            WeatherSource weather) {
        this.plans = plans;
        this.repository = repository;
        this.solving = solving;
        this.recovery = recovery;
        this.properties = properties;
        this.clock = clock;
        this.weather = weather;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        String districtId = context.getMergedJobDataMap().getString(DISTRICT_ID);
        // The scheduled time, not the firing's: a firing recovered after a crash past midnight still plans the day the
        // interrupted one planned (Quartz's recovery trigger keeps the original scheduled time).
        LocalDate tomorrow = clock.dateAt(
                        districtId, context.getScheduledFireTime().toInstant())
                .plusDays(1);
        boolean onRequest = !context.isRecovering()
                && "true".equals(String.valueOf(context.getMergedJobDataMap().get(ON_REQUEST)));
        Plan plan = plans.nightlyPlan(districtId, tomorrow);
        // The solve is a job of its own (LiveSolving queues it): whichever node has a free solver slot takes it, and
        // this firing gives its Quartz thread back at once instead of holding a slot while another one solves.
        if (!solving.isSolving(plan.id())) {
            start(plan, onRequest, context.isRecovering());
        }
    }

    private void start(Plan plan, boolean onRequest, boolean recovering) {
        String what = "Nightly re-planning of " + plan.districtId() + " for " + plan.planDate() + " (plan " + plan.id()
                + (recovering ? ", fired again after a crash" : "") + ")";
        // A run the previous life of this instance (or a dead instance) left RUNNING is marked interrupted first.
        recovery.recoverNow();
        List<SolverRun> runs = repository.runs(plan.id());
        if (recovering) {
            // Quartz of another instance may notice a dead one before its run's heartbeat counts as silent.
            long giveUp = System.nanoTime() + recovery.silence().plusSeconds(10).toNanos();
            while (isRunning(lastOf(runs)) && System.nanoTime() < giveUp) {
                try {
                    Thread.sleep(properties.checkpointInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                recovery.recoverNow();
                runs = repository.runs(plan.id());
            }
        }
        SolverRun last = lastOf(runs);
        boolean finished = runs.stream()
                .anyMatch(run -> run.outcome() == RunOutcome.COMPLETED || run.outcome() == RunOutcome.STOPPED);
        try {
            if (isRunning(last)) {
                LOG.info("{}: run {} is being solved by another instance; nothing to do", what, last.id());
            } else if (finished && !onRequest) {
                LOG.info("{}: already planned (run {} {}); nothing to do", what, last.id(), last.outcome());
            } else if (last != null && last.outcome() == RunOutcome.INTERRUPTED) {
                SolverRun run = solving.resume(plan.id(), TRIGGER, last.id());
                LOG.info("{}: run {} continues interrupted run {} from its saved best plan", what, run.id(), last.id());
            } else {
                // The newest forecast before the plan is built; a continued run keeps the forecast it began with.
                weather.refresh(plan.districtId());
                SolverRun run = solving.start(plan.id(), TRIGGER, SolveRequest.fresh("nightly"));
                LOG.info("{}: run {}", what, run.id());
            }
        } catch (ConflictException e) {
            // Another instance started the plan's run between the look and the start: the database allows one.
            LOG.info("{}: another instance started solving it at the same time; nothing to do", what);
        } catch (ErrorResponseException e) {
            // Refused before anything was stored (no node sized like this one holds the district's solve).
            LOG.error("{}: not started: {}", what, e.getBody().getDetail());
        }
    }

    private static SolverRun lastOf(List<SolverRun> runs) {
        return runs.isEmpty() ? null : runs.get(runs.size() - 1);
    }

    private static boolean isRunning(SolverRun run) {
        return run != null && run.outcome() == RunOutcome.RUNNING;
    }
}
