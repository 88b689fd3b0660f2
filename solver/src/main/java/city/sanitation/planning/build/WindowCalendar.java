package city.sanitation.planning.build;

import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.task.DailyWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns daily clock windows into concrete intervals of the planning horizon, and subtracts forbidden ones. */
final class WindowCalendar {

    private final PlanningClock clock;

    WindowCalendar(PlanningClock clock) {
        this.clock = clock;
    }

    /** The intervals of the horizon inside {@code allowed} (all of it when empty) and outside {@code forbidden}. */
    List<TimeInterval> intervals(List<DailyWindow> allowed, List<DailyWindow> forbidden) {
        List<TimeInterval> result = allowed.isEmpty() ? List.of(new TimeInterval(0, clock.end())) : expand(allowed);
        for (TimeInterval cut : expand(forbidden)) {
            result = subtract(result, cut);
        }
        return result;
    }

    /** The daily windows laid out on every date of the horizon, clipped to it, merged and sorted. */
    List<TimeInterval> expand(List<DailyWindow> windows) {
        List<TimeInterval> intervals = new ArrayList<>();
        for (LocalDate date : clock.dates()) {
            for (DailyWindow window : windows) {
                long start = clock.at(date, window.start());
                long end = window.wrapsMidnight() || window.end().equals(window.start())
                        ? clock.at(date.plusDays(1), window.end())
                        : clock.at(date, window.end());
                long clippedStart = Math.max(0, start);
                long clippedEnd = Math.min(clock.end(), end);
                if (clippedEnd > clippedStart) {
                    intervals.add(new TimeInterval(clippedStart, clippedEnd));
                }
            }
        }
        return merge(intervals);
    }

    static List<TimeInterval> merge(List<TimeInterval> intervals) {
        List<TimeInterval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingLong(TimeInterval::start));
        List<TimeInterval> merged = new ArrayList<>();
        for (TimeInterval interval : sorted) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).end() >= interval.start()) {
                TimeInterval last = merged.remove(merged.size() - 1);
                merged.add(new TimeInterval(last.start(), Math.max(last.end(), interval.end())));
            } else {
                merged.add(interval);
            }
        }
        return merged;
    }

    static List<TimeInterval> subtract(List<TimeInterval> intervals, TimeInterval cut) {
        List<TimeInterval> result = new ArrayList<>();
        for (TimeInterval interval : intervals) {
            if (cut.end() <= interval.start() || cut.start() >= interval.end()) {
                result.add(interval);
                continue;
            }
            if (cut.start() > interval.start()) {
                result.add(new TimeInterval(interval.start(), cut.start()));
            }
            if (cut.end() < interval.end()) {
                result.add(new TimeInterval(cut.end(), interval.end()));
            }
        }
        return result;
    }
}
