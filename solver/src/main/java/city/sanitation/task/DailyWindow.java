package city.sanitation.task;

import java.time.LocalTime;

/** A window of the clock that repeats every day; it wraps past midnight when {@code end} is before {@code start}. */
public record DailyWindow(LocalTime start, LocalTime end) {

    public boolean wrapsMidnight() {
        return end.isBefore(start);
    }

    public boolean contains(LocalTime time) {
        return wrapsMidnight()
                ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
    }
}
