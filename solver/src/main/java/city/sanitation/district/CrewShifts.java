package city.sanitation.district;

import city.sanitation.dataset.PlanningHorizon;
import city.sanitation.fleet.BreakRule;
import city.sanitation.fleet.Shift;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The working day around a planning day D: the night washing shift from 22:00 the evening before to 06:00 (main roads
 * done by 06:30, out by 07:00 at the latest), then the early (06:00–14:00) and late (14:00–22:00) day crews, each
 * with a half-hour break. The planning horizon runs from 18:00 on D-1 to midnight after D, so that toilets open all
 * day have their whole day inside it.
 */
record CrewShifts(LocalDate day) {

    static final ZoneId DATONG = SampleDistrictGenerator.TIME_ZONE;
    static final Duration BREAK = Duration.ofMinutes(30);
    /** Work past a shift's end is overtime; this much later it is not allowed at all. */
    static final Duration OVERTIME_LIMIT = Duration.ofHours(1);

    enum Kind {
        NIGHT("夜班"),
        EARLY("早班"),
        LATE("中班");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    PlanningHorizon horizon() {
        return new PlanningHorizon(day, DATONG, at(-1, 18, 0), at(1, 0, 0));
    }

    Shift shift(Kind kind) {
        LocalDateTime start = switch (kind) {
            case NIGHT -> at(-1, 22, 0);
            case EARLY -> at(0, 6, 0);
            case LATE -> at(0, 14, 0);
        };
        LocalDateTime end = start.plusHours(8);
        return new Shift(start, end, end.plus(OVERTIME_LIMIT));
    }

    List<BreakRule> breaks(Kind kind) {
        return switch (kind) {
            case NIGHT -> List.of(new BreakRule(at(0, 1, 0), at(0, 4, 0), BREAK));
            case EARLY -> List.of(new BreakRule(at(0, 10, 30), at(0, 13, 0), BREAK));
            case LATE -> List.of(new BreakRule(at(0, 17, 0), at(0, 20, 0), BREAK));
        };
    }

    private LocalDateTime at(int dayOffset, int hour, int minute) {
        return day.plusDays(dayOffset).atTime(hour, minute);
    }
}
