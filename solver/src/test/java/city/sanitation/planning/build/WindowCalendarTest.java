package city.sanitation.planning.build;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.task.DailyWindow;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowCalendarTest {

    private static final long HOUR = 3600;
    // The horizon runs from 18:00 on the 28th to 22:00 on the 29th.
    private final WindowCalendar calendar = new WindowCalendar(
            new PlanningClock(LocalDateTime.of(2026, 11, 28, 18, 0), LocalDateTime.of(2026, 11, 29, 22, 0)));

    private static DailyWindow window(int fromHour, int fromMinute, int toHour, int toMinute) {
        return new DailyWindow(LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }

    @Test
    void aNightWindowWrapsPastMidnight() {
        assertThat(calendar.intervals(List.of(window(22, 0, 6, 30)), List.of()))
                .containsExactly(new TimeInterval(4 * HOUR, 12 * HOUR + 1800));
    }

    @Test
    void rushHoursAreCutOutOfTheDay() {
        List<TimeInterval> intervals = calendar.intervals(List.of(), List.of(window(7, 0, 9, 0), window(17, 0, 19, 0)));

        assertThat(intervals)
                .containsExactly(
                        new TimeInterval(HOUR, 13 * HOUR),
                        new TimeInterval(15 * HOUR, 23 * HOUR),
                        new TimeInterval(25 * HOUR, 28 * HOUR));
    }

    @Test
    void noAllowedWindowMeansTheWholeHorizon() {
        assertThat(calendar.intervals(List.of(), List.of())).containsExactly(new TimeInterval(0, 28 * HOUR));
    }
}
