package city.sanitation.planning.build;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Converts local times of the planning horizon to the model's clock: seconds since the horizon start. */
public record PlanningClock(LocalDateTime horizonStart, LocalDateTime horizonEnd) {

    public long toClock(LocalDateTime time) {
        return Duration.between(horizonStart, time).getSeconds();
    }

    public LocalDateTime toTime(long clockSeconds) {
        return horizonStart.plusSeconds(clockSeconds);
    }

    public long end() {
        return toClock(horizonEnd);
    }

    public long at(LocalDate date, LocalTime time) {
        return toClock(LocalDateTime.of(date, time));
    }

    /** Every date the horizon touches, from the day it starts to the day it ends. */
    public java.util.List<LocalDate> dates() {
        return horizonStart
                .toLocalDate()
                .datesUntil(horizonEnd.toLocalDate().plusDays(1))
                .toList();
    }
}
