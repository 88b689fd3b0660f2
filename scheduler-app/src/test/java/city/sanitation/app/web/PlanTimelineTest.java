package city.sanitation.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReport.RouteReport;
import city.sanitation.planning.report.PlanReport.StopReport;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTimelineTest {

    private static final LocalDateTime SIX = LocalDateTime.of(2026, 11, 28, 6, 0);

    @Test
    void cutsARouteIntoDrivingWaitingWorkAndDetoursThatNeverOverlap() {
        RouteReport route = route(
                "truck",
                SIX.plusHours(8),
                SIX.plusHours(8),
                List.of(
                        stop(1, "TASK", "bs-1", 10, 10, 30),
                        stop(2, "DUMP", null, 40, 40, 55),
                        stop(3, "BREAK", null, 60, 60, 90),
                        stop(4, "TASK", "toilet-1-round-1", 95, 120, 130),
                        stop(5, "DEPOT", null, 140, 140, 140)));

        PlanTimeline.Row row = PlanTimeline.of(report(route)).rows().get(0);

        assertThat(row.bars())
                .extracting(PlanTimeline.Bar::kind)
                .containsExactly(
                        "TRAVEL", "TASK", "TRAVEL", "DUMP", "TRAVEL", "BREAK", "TRAVEL", "WAIT", "TASK", "TRAVEL");
        for (int i = 1; i < row.bars().size(); i++) {
            assertThat(row.bars().get(i).start())
                    .as("bar %s starts where bar %s ended", i, i - 1)
                    .isEqualTo(row.bars().get(i - 1).end());
        }
        assertThat(row.bars().get(8).taskId()).isEqualTo("toilet-1-round-1");
        assertThat(row.bars().get(6).taskId())
                .as("driving belongs to the stop it leads to")
                .isEqualTo("toilet-1-round-1");
        assertThat(row.overtime()).isNull();
    }

    @Test
    void aWaitAtTheDepotIsItsOwnBarBetweenTheDrivesThereAndBack() {
        RouteReport route = route(
                "washer",
                SIX.plusHours(8),
                SIX.plusHours(8),
                List.of(
                        stop(1, "TASK", "pass-1", 10, 10, 30),
                        stop(2, "DEPOT_WAIT", null, 40, 40, 170),
                        stop(3, "TASK", "pass-2", 180, 180, 200),
                        stop(4, "DEPOT", null, 210, 210, 210)));

        PlanTimeline.Row row = PlanTimeline.of(report(route)).rows().get(0);

        assertThat(row.bars())
                .extracting(PlanTimeline.Bar::kind)
                .containsExactly("TRAVEL", "TASK", "TRAVEL", "DEPOT_WAIT", "TRAVEL", "TASK", "TRAVEL");
        assertThat(row.bars().get(3).start()).isEqualTo(SIX.plusMinutes(40));
        assertThat(row.bars().get(3).end()).isEqualTo(SIX.plusMinutes(170));
    }

    @Test
    void marksTheReturnPastTheShiftEndAsOvertimeAndSpansTheAxisOverEveryShift() {
        RouteReport late =
                route("late", SIX.plusMinutes(60), SIX.plusMinutes(100), List.of(stop(1, "TASK", "a", 20, 20, 90)));
        RouteReport unused = new RouteReport(
                "unused", "Unused", "type", SIX.minusHours(8), SIX, null, null, 0, 0, 0, 0, 0, 0, 0, List.of());

        PlanTimeline timeline = PlanTimeline.of(report(late, unused));

        assertThat(timeline.rows().get(0).overtime().start()).isEqualTo(SIX.plusMinutes(60));
        assertThat(timeline.rows().get(0).overtime().end()).isEqualTo(SIX.plusMinutes(100));
        assertThat(timeline.rows().get(1).bars()).isEmpty();
        assertThat(timeline.from()).isEqualTo(SIX.minusHours(8));
        assertThat(timeline.to()).isEqualTo(SIX.plusMinutes(100));
    }

    private static PlanReport report(RouteReport... routes) {
        return new PlanReport(
                "1.0", "test", SIX, "0hard/0medium/0soft", true, null, List.of(routes), List.of(), List.of());
    }

    private static RouteReport route(String id, LocalDateTime shiftEnd, LocalDateTime back, List<StopReport> stops) {
        return new RouteReport(id, id, "type", SIX, shiftEnd, SIX, back, 1, 1, 0, 0, 0, 60, 0, stops);
    }

    private static StopReport stop(int sequence, String kind, String taskId, int arrival, int start, int end) {
        return new StopReport(
                sequence,
                kind,
                taskId,
                taskId == null ? null : "BLIND_SPOT",
                kind.toLowerCase(),
                null,
                null,
                null,
                null,
                SIX.plusMinutes(arrival),
                SIX.plusMinutes(start),
                SIX.plusMinutes(end),
                0,
                start - arrival,
                0,
                0,
                0,
                1.0,
                1.0,
                null);
    }
}
