package city.sanitation.app.nightly;

import city.sanitation.app.district.District;
import city.sanitation.app.district.DistrictRepository;
import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.DistrictClock;
import java.time.Instant;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps one Quartz job and cron trigger per district in the clustered JDBC job store. Misfire policy: a night missed
 * while every instance was down fires once as soon as one is back (fire once now), so tomorrow's plan is still
 * proposed; nights missed in a row fire once, not once each.
 */
@Component
public class NightlySchedule {

    static final String GROUP = "nightly";

    private final Scheduler scheduler;
    private final DistrictRepository districts;
    private final DistrictClock clock;
    private final NightlyCron rules;

    NightlySchedule(Scheduler scheduler, DistrictRepository districts, DistrictClock clock, NightlyCron rules) {
        this.scheduler = scheduler;
        this.districts = districts;
        this.clock = clock;
        this.rules = rules;
    }

    @EventListener(ApplicationReadyEvent.class)
    void scheduleAll() throws SchedulerException {
        for (District district : districts.findAll()) {
            schedule(district);
        }
    }

    /** Creates or updates the district's nightly job; several instances may do this at once. */
    public void schedule(District district) throws SchedulerException {
        JobKey jobKey = JobKey.jobKey(district.id(), GROUP);
        JobDetail job = JobBuilder.newJob(NightlyReplanJob.class)
                .withIdentity(jobKey)
                .withDescription("Nightly re-planning of " + district.name())
                .usingJobData(NightlyReplanJob.DISTRICT_ID, district.id())
                .storeDurably()
                .requestRecovery()
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(TriggerKey.triggerKey(district.id(), GROUP))
                .forJob(jobKey)
                .withSchedule(CronScheduleBuilder.cronSchedule(district.nightlyCron())
                        .inTimeZone(TimeZone.getTimeZone(clock.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        try {
            if (!scheduler.checkExists(jobKey)) {
                scheduler.scheduleJob(job, trigger);
                return;
            }
            Trigger existing = scheduler.getTrigger(trigger.getKey());
            if (!(existing instanceof CronTrigger cron)
                    || !cron.getCronExpression().equals(district.nightlyCron())) {
                scheduler.rescheduleJob(trigger.getKey(), trigger);
            }
        } catch (ObjectAlreadyExistsException e) {
            // Another instance scheduled it first: the same job, nothing to do.
        }
    }

    /**
     * Checks the cron first, then registers it with Quartz and only then stores it: a refused cron changes neither. The
     * JDBC job store joins this transaction, so a failing store undoes the new trigger too.
     */
    @Transactional
    public void changeCron(String districtId, String cron) throws SchedulerException {
        District district = districts.get(districtId);
        Optional<NightlyCron.Problem> rejection = rules.rejection(cron, clock.zone(), Instant.now());
        if (rejection.isPresent()) {
            throw new BadRequestException("cron", rejection.get().reason());
        }
        schedule(new District(district.id(), district.name(), cron));
        districts.updateCron(districtId, cron);
    }

    /** Fires the district's nightly job now, on whichever instance of the cluster takes it. */
    public void runNow(String districtId) throws SchedulerException {
        District district = districts.get(districtId);
        schedule(district);
        scheduler.triggerJob(JobKey.jobKey(districtId, GROUP));
    }

    public String nextFire(String districtId) throws SchedulerException {
        Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(districtId, GROUP));
        return trigger == null || trigger.getNextFireTime() == null
                ? null
                : trigger.getNextFireTime().toInstant().atZone(clock.zone()).toString();
    }
}
