package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AnnealingScheduleTest {

    @Test
    void temperatureFallsGeometricallyFromStartToEnd() {
        var schedule = new RuinRecreatePhase.Schedule(System.nanoTime(), 0, 1000, 2.0, 0.02);

        assertThat(schedule.temperature(0)).isEqualTo(2.0, within(1e-12));
        assertThat(schedule.temperature(0.5)).isEqualTo(0.2, within(1e-12));
        assertThat(schedule.temperature(1)).isEqualTo(0.02, within(1e-12));
        assertThat(schedule.temperature(3)).isEqualTo(0.02, within(1e-12));
    }

    @Test
    void withoutATimeBudgetProgressCountsIterations() {
        var schedule = new RuinRecreatePhase.Schedule(System.nanoTime(), 0, 400, 1, 0.01);

        assertThat(schedule.progress(100)).isEqualTo(0.25);
        assertThat(schedule.progress(400)).isEqualTo(1.0);
    }

    @Test
    void aSpentTimeBudgetEndsThePhaseWhateverTheIterations() {
        long anHourAgo = System.nanoTime() - 3_600_000_000_000L;
        var schedule = new RuinRecreatePhase.Schedule(anHourAgo, 1_000_000_000L, 0, 1, 0.01);

        assertThat(schedule.progress(1)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void noIterationIsBegunThatWouldEndPastTheBudget() {
        long second = 1_000_000_000L;
        long tenSecondsAgo = System.nanoTime() - 10 * second;
        // Ten iterations in ten seconds: the next one would take about a second more.
        var nearlySpent = new RuinRecreatePhase.Schedule(tenSecondsAgo, 10 * second + second / 2, 0, 1, 0.01);
        var withTimeLeft = new RuinRecreatePhase.Schedule(tenSecondsAgo, 60 * second, 0, 1, 0.01);

        assertThat(nearlySpent.wouldOverrun(10, tenSecondsAgo)).isTrue();
        assertThat(withTimeLeft.wouldOverrun(10, tenSecondsAgo)).isFalse();
        assertThat(nearlySpent.wouldOverrun(0, tenSecondsAgo)).isFalse();
    }
}
