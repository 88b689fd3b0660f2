package city.sanitation.app.nightly;

import city.sanitation.app.district.District;
import city.sanitation.app.district.SimulatedTime;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Component;

/**
 * A district's nightly trigger while time runs fast ({@link SimulatedTime}): Quartz reads crons in real time, so the
 * trigger instead fires every simulated day, first at the cron's next time of day in simulated time. Only the time of
 * day of the cron counts: a simulated night fires every day. Districts with the same cron fire at the same real
 * instant, as they would each night.
 */
@Component
class SimulatedNights {

    /** The district's cron the trigger was made from, in its job data, to tell whether the stored cron changed. */
    static final String CRON = "simulatedCron";

    private final SimulatedTime time;

    SimulatedNights(SimulatedTime time) {
        this.time = time;
    }

    boolean on() {
        return time.on();
    }

    Trigger trigger(District district, TriggerKey key, JobKey job) throws ParseException {
        Duration dayLength = time.dayLength().orElseThrow();
        CronExpression cron = new CronExpression(district.nightlyCron());
        cron.setTimeZone(TimeZone.getTimeZone(district.zone()));
        Date next = cron.getNextValidTimeAfter(Date.from(time.simulated(Instant.now())));
        if (next == null) {
            throw new IllegalArgumentException("The nightly cron (" + district.nightlyCron() + ") of district ("
                    + district.id() + ") never fires after the simulated now.\nMaybe a cron with a time of day, e.g."
                    + " \"0 0 18 * * ?\".");
        }
        return TriggerBuilder.newTrigger()
                .withIdentity(key)
                .forJob(job)
                .usingJobData(CRON, district.nightlyCron())
                .startAt(Date.from(time.real(next.toInstant())))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(dayLength.toMillis())
                        .repeatForever()
                        // A night missed by more than Quartz's misfire threshold stays missed: every district keeps
                        // firing on the same instants.
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    /** Whether the trigger is the simulated one of the district's stored cron and the configured day length. */
    boolean fires(Trigger trigger, District district) {
        return trigger instanceof SimpleTrigger simple
                && simple.getRepeatInterval() == time.dayLength().orElseThrow().toMillis()
                && district.nightlyCron().equals(simple.getJobDataMap().getString(CRON));
    }
}
