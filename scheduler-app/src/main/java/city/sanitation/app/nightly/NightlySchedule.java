package city.sanitation.app.nightly;

import city.sanitation.app.district.District;
import city.sanitation.app.district.DistrictRepository;
import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.ConflictException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps one Quartz job and cron trigger per district in the clustered JDBC job store. Misfire policy: a night missed
 * while every instance was down fires once as soon as one is back (fire once now), so tomorrow's plan is still
 * proposed; nights missed in a row fire once, not once each. A district whose stored schedule Quartz refuses is logged
 * and flagged ({@link #problem}), never stopping the app or the other districts.
 */
@Component
public class NightlySchedule {

    static final String GROUP = "nightly";

    private static final Logger LOG = LoggerFactory.getLogger(NightlySchedule.class);

    private final Scheduler scheduler;
    private final DistrictRepository districts;
    private final NightlyCron rules;
    private final SimulatedNights simulated;
    /** Why Quartz refused a district's schedule on this instance, for refusals the cron rules do not explain. */
    private final Map<String, String> refusals = new ConcurrentHashMap<>();

    NightlySchedule(Scheduler scheduler, DistrictRepository districts, NightlyCron rules, SimulatedNights simulated) {
        this.scheduler = scheduler;
        this.districts = districts;
        this.rules = rules;
        this.simulated = simulated;
    }

    @EventListener(ApplicationReadyEvent.class)
    void scheduleAll() {
        for (District district : districts.findAll()) {
            scheduleOrFlag(district);
        }
    }

    /**
     * {@link #schedule}, except that a stored schedule Quartz refuses (a cron that never fires, or one an older version
     * or a hand edit stored) is logged and flagged instead of thrown: one district never stops the others.
     */
    public void scheduleOrFlag(District district) {
        try {
            schedule(district);
            refusals.remove(district.id());
        } catch (SchedulerException | RuntimeException e) {
            Optional<NightlyCron.Problem> explained =
                    NightlyCron.unregistrable(district.nightlyCron(), district.zone(), Instant.now());
            String reason = explained
                    .map(NightlyCron.Problem::reason)
                    .orElse("(" + district.nightlyCron() + ") cannot be registered with Quartz: " + e.getMessage());
            refusals.put(district.id(), reason);
            LOG.warn(
                    "Nightly re-planning of district {} is not scheduled; the other districts are. Its cron {}"
                            + " Set another with PUT /api/districts/{}/nightly.",
                    district.id(),
                    reason,
                    district.id(),
                    // Quartz's stack trace only when the cron rules cannot tell why.
                    explained.isPresent() ? null : e);
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
        Trigger trigger = simulated.on()
                ? simulatedTrigger(district, jobKey)
                : TriggerBuilder.newTrigger()
                        .withIdentity(TriggerKey.triggerKey(district.id(), GROUP))
                        .forJob(jobKey)
                        .withSchedule(CronScheduleBuilder.cronSchedule(district.nightlyCron())
                                .inTimeZone(TimeZone.getTimeZone(district.zone()))
                                .withMisfireHandlingInstructionFireAndProceed())
                        .build();
        try {
            if (!scheduler.checkExists(jobKey)) {
                scheduler.scheduleJob(job, trigger);
                return;
            }
            Trigger existing = scheduler.getTrigger(trigger.getKey());
            if (simulated.on() ? !simulated.fires(existing, district) : !firesCron(existing, district)) {
                scheduler.rescheduleJob(trigger.getKey(), trigger);
            }
        } catch (ObjectAlreadyExistsException e) {
            // Another instance scheduled it first: the same job, nothing to do.
        }
    }

    private static boolean firesCron(Trigger existing, District district) {
        return existing instanceof CronTrigger cron
                && cron.getCronExpression().equals(district.nightlyCron())
                && cron.getTimeZone().toZoneId().equals(district.zone());
    }

    private Trigger simulatedTrigger(District district, JobKey jobKey) throws SchedulerException {
        try {
            return simulated.trigger(district, TriggerKey.triggerKey(district.id(), GROUP), jobKey);
        } catch (ParseException e) {
            throw new SchedulerException("The nightly cron (" + district.nightlyCron() + ") cannot be read", e);
        }
    }

    /**
     * Checks the cron first, then registers it with Quartz and only then stores it: a refused cron changes neither. The
     * JDBC job store joins this transaction, so a failing store undoes the new trigger too.
     */
    @Transactional
    public void changeCron(String districtId, String cron) throws SchedulerException {
        District district = districts.get(districtId);
        Optional<NightlyCron.Problem> rejection = rules.rejection(cron, district.zone(), Instant.now());
        if (rejection.isPresent()) {
            throw new BadRequestException("cron", rejection.get().reason());
        }
        schedule(district.withCron(cron));
        districts.updateCron(districtId, cron);
        refusals.remove(districtId);
    }

    /**
     * Fires the district's nightly job now, on whichever instance of the cluster takes it; it re-solves tomorrow's
     * nightly plan even when that already has a finished run.
     */
    public void runNow(String districtId) throws SchedulerException {
        District district = districts.get(districtId);
        Optional<NightlyCron.Problem> unregistrable =
                NightlyCron.unregistrable(district.nightlyCron(), district.zone(), Instant.now());
        if (unregistrable.isPresent()) {
            throw new ConflictException(
                    "The nightly schedule of district " + districtId + " cannot be registered: cron "
                            + unregistrable.get().reason() + " Set another with PUT /api/districts/" + districtId
                            + "/nightly first.");
        }
        schedule(district);
        scheduler.triggerJob(
                JobKey.jobKey(districtId, GROUP),
                new org.quartz.JobDataMap(Map.of(NightlyReplanJob.ON_REQUEST, "true")));
    }

    /**
     * Why Quartz does not fire the district's stored schedule, or empty when it does. Read from the shared job store,
     * so every instance of the cluster answers the same; the reason is the cron rules', else this instance's refusal.
     */
    Optional<NightlyCron.Problem> problem(District district) throws SchedulerException {
        Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(district.id(), GROUP));
        if (simulated.on()
                ? simulated.fires(trigger, district)
                : trigger instanceof CronTrigger cron
                        && cron.getCronExpression().equals(district.nightlyCron())) {
            return Optional.empty();
        }
        NightlyCron.Problem problem = NightlyCron.unregistrable(district.nightlyCron(), district.zone(), Instant.now())
                .orElseGet(() -> new NightlyCron.Problem(
                        NightlyCron.Kind.NOT_REGISTERED,
                        refusals.getOrDefault(
                                district.id(),
                                "(" + district.nightlyCron() + ") has no Quartz trigger yet. Maybe it is being"
                                        + " registered; else set it again with PUT /api/districts/" + district.id()
                                        + "/nightly.")));
        String stillFiring = trigger instanceof CronTrigger previous
                ? " Quartz still fires the previous schedule (" + previous.getCronExpression() + ")."
                : "";
        return Optional.of(
                new NightlyCron.Problem(problem.kind(), "The stored cron " + problem.reason() + stillFiring));
    }

    public String nextFire(String districtId) throws SchedulerException {
        District district = districts.get(districtId);
        Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(districtId, GROUP));
        return trigger == null || trigger.getNextFireTime() == null
                ? null
                : trigger.getNextFireTime().toInstant().atZone(district.zone()).toString();
    }
}
