package city.sanitation.app.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.app.district.District;
import city.sanitation.app.district.SimulatedTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.spi.OperableTrigger;

class SimulatedNightsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final District DISTRICT = new District("d1", "District 1", "0 0 18 * * ?", SHANGHAI.getId());

    private final SimulatedTime time =
            new SimulatedTime("PT8S", Instant.now().minusSeconds(20).toString());
    private final SimulatedNights nights = new SimulatedNights(time);

    @Test
    void theTriggerFiresOncePerSimulatedDayAtTheCronsTimeOfDay() throws Exception {
        Trigger trigger = nights.trigger(DISTRICT, TriggerKey.triggerKey("d1", "nightly"), JobKey.jobKey("d1"));

        assertThat(((SimpleTrigger) trigger).getRepeatInterval()).isEqualTo(8000);
        Instant first = trigger.getStartTime().toInstant();
        assertThat(first).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(9));
        OperableTrigger fired = (OperableTrigger) trigger;
        fired.computeFirstFireTime(null);
        for (int night = 0; night < 5; night++) {
            Instant fireTime = fired.getNextFireTime().toInstant();
            assertThat(fireTime).isEqualTo(first.plus(Duration.ofSeconds(8L * night)));
            // Quartz keeps milliseconds: one millisecond of real time is 10.8 simulated seconds.
            LocalTime simulated = time.simulated(fireTime).atZone(SHANGHAI).toLocalTime();
            assertThat(Duration.between(LocalTime.of(18, 0), simulated).abs()).isLessThan(Duration.ofSeconds(11));
            fired.triggered(null);
        }
    }

    @Test
    void districtsWithTheSameCronFireAtTheSameInstants() throws Exception {
        District other = new District("d2", "District 2", "0 0 18 * * ?", SHANGHAI.getId());

        Trigger first = nights.trigger(DISTRICT, TriggerKey.triggerKey("d1", "nightly"), JobKey.jobKey("d1"));
        Trigger second = nights.trigger(other, TriggerKey.triggerKey("d2", "nightly"), JobKey.jobKey("d2"));

        assertThat(second.getStartTime()).isEqualTo(first.getStartTime());
    }

    @Test
    void aTriggerOfAnotherCronOrDayLengthIsNotTheDistrictsSchedule() throws Exception {
        Trigger trigger = nights.trigger(DISTRICT, TriggerKey.triggerKey("d1", "nightly"), JobKey.jobKey("d1"));

        assertThat(nights.fires(trigger, DISTRICT)).isTrue();
        assertThat(nights.fires(trigger, DISTRICT.withCron("0 30 6 * * ?"))).isFalse();
        SimulatedNights slower =
                new SimulatedNights(new SimulatedTime("PT9S", Instant.now().toString()));
        assertThat(slower.fires(trigger, DISTRICT)).isFalse();
        assertThat(nights.fires(null, DISTRICT)).isFalse();
    }
}
