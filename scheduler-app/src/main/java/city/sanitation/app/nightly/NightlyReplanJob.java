package city.sanitation.app.nightly;

import city.sanitation.app.district.DistrictClock;
import city.sanitation.app.planning.LiveSolving;
import city.sanitation.app.planning.Plan;
import city.sanitation.app.planning.Plans;
import city.sanitation.app.planning.SolveRequest;
import city.sanitation.app.planning.SolverProperties;
import java.time.LocalDate;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Tomorrow's plan of one district: built from the stored data and the open ledger reports, solved for the configured
 * time and stored as a proposed version with its run record. Dispatchers review and publish it in the morning.
 */
@DisallowConcurrentExecution
class NightlyReplanJob extends QuartzJobBean {

    static final String DISTRICT_ID = "districtId";
    static final String TRIGGER = "NIGHTLY";

    private static final Logger LOG = LoggerFactory.getLogger(NightlyReplanJob.class);

    private final Plans plans;
    private final LiveSolving solving;
    private final SolverProperties properties;
    private final DistrictClock clock;

    NightlyReplanJob(Plans plans, LiveSolving solving, SolverProperties properties, DistrictClock clock) {
        this.plans = plans;
        this.solving = solving;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        String districtId = context.getMergedJobDataMap().getString(DISTRICT_ID);
        LocalDate tomorrow = context.getFireTime()
                .toInstant()
                .atZone(clock.zone(districtId))
                .toLocalDate()
                .plusDays(1);
        Plan plan = plans.create(districtId, tomorrow, "nightly");
        var run = solving.start(plan.id(), TRIGGER, SolveRequest.fresh("nightly"));
        LOG.info("Nightly re-planning of {} for {}: plan {}, run {}", districtId, tomorrow, plan.id(), run.id());
        try {
            // The job holds its Quartz thread until the plan is stored, so the run record is complete when it ends.
            solving.awaitFinished(plan.id(), properties.timeLimit().plusMinutes(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobExecutionException(e);
        }
    }
}
