package city.sanitation.app.web;

import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReport.RouteReport;
import city.sanitation.planning.report.PlanReport.StopReport;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan version as the dispatcher's timeline draws it: one row per vehicle or crew, its day cut into bars that
 * never overlap (driving, waiting for a window, work, refills, dumps, breaks), with the overtime past the shift's
 * end marked on top. Derived from the plan report alone, so every stored version has one.
 *
 * @param from the earliest shift start, where the time axis begins
 * @param to the latest return or shift end, where it ends
 */
record PlanTimeline(LocalDateTime from, LocalDateTime to, List<Row> rows) {

    /**
     * @param overtime the stretch past the shift's end, or null when the crew is back in time
     */
    record Row(
            String vehicleId,
            String vehicleName,
            String vehicleTypeId,
            LocalDateTime shiftStart,
            LocalDateTime shiftEnd,
            int pinnedStops,
            List<Bar> bars,
            Bar overtime) {}

    /**
     * @param kind TRAVEL, WAIT, TASK, REFILL, DUMP, BREAK or OVERTIME
     * @param stop the sequence of the report's stop the bar belongs to (driving belongs to the stop it leads to)
     */
    record Bar(
            String kind,
            LocalDateTime start,
            LocalDateTime end,
            int stop,
            String taskId,
            String taskKind,
            String label,
            long lateMinutes) {}

    static PlanTimeline of(PlanReport report) {
        List<Row> rows = new ArrayList<>();
        LocalDateTime from = null;
        LocalDateTime to = null;
        for (RouteReport route : report.routes()) {
            from = earliest(from, route.shiftStart());
            to = latest(latest(to, route.shiftEnd()), route.returnTime());
            rows.add(row(route));
        }
        return new PlanTimeline(from, to, rows);
    }

    private static Row row(RouteReport route) {
        List<Bar> bars = new ArrayList<>();
        LocalDateTime cursor = route.departure();
        for (StopReport stop : route.stops()) {
            if (cursor == null) {
                cursor = stop.arrival();
            }
            if (stop.arrival().isAfter(cursor)) {
                bars.add(bar("TRAVEL", cursor, stop.arrival(), stop));
                cursor = stop.arrival();
            }
            if (stop.start().isAfter(cursor)) {
                bars.add(bar("WAIT", cursor, stop.start(), stop));
                cursor = stop.start();
            }
            if (stop.end().isAfter(cursor) && !"DEPOT".equals(stop.kind())) {
                bars.add(bar(stop.kind(), cursor, stop.end(), stop));
                cursor = stop.end();
            }
        }
        Bar overtime = route.returnTime() != null && route.returnTime().isAfter(route.shiftEnd())
                ? new Bar("OVERTIME", route.shiftEnd(), route.returnTime(), 0, null, null, "overtime", 0)
                : null;
        return new Row(
                route.vehicleId(),
                route.vehicleName(),
                route.vehicleTypeId(),
                route.shiftStart(),
                route.shiftEnd(),
                route.pinnedStops(),
                bars,
                overtime);
    }

    private static Bar bar(String kind, LocalDateTime start, LocalDateTime end, StopReport stop) {
        return new Bar(
                kind,
                start,
                end,
                stop.sequence(),
                stop.taskId(),
                stop.taskKind(),
                stop.label(),
                "TRAVEL".equals(kind) || "WAIT".equals(kind) ? 0 : stop.lateMinutes());
    }

    private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }

    private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
