package city.sanitation.app.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import city.sanitation.app.manager.PlanComparison.KpiRow;
import city.sanitation.app.manager.PlanComparison.Side;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReport.Kpis;
import city.sanitation.planning.report.PlanReport.VehicleTypeUtilisation;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manager's figures table: the realism figures side by side, also where one plan has no value. */
class PlanComparerTest {

    private static final Side LEFT = new Side(1, 1, "PUBLISHED", "0hard/0medium/-10soft", true);
    private static final Side RIGHT = new Side(1, 2, "PROPOSED", "0hard/0medium/-9soft", true);

    @Test
    void realismFiguresAreComparedWithTheirDifference() {
        PlanReport left = report(1.9, 9.3, 756, List.of(utilisation("wash-sweeper", 0.5)));
        PlanReport right = report(0.6, 2.5, 120, List.of(utilisation("wash-sweeper", 0.62)));

        List<KpiRow> rows = PlanComparer.compare(LEFT, left, RIGHT, right).kpis();

        assertThat(rows)
                .filteredOn(row -> row.kpi().equals("washingDeadheadKmPerKmWashed")
                        || row.kpi().equals("subdistrictsPerWashingVehicle")
                        || row.kpi().equals("worstLatenessMinutes")
                        || row.kpi().equals("utilisationPercent"))
                .extracting(KpiRow::kpi, KpiRow::left, KpiRow::right, KpiRow::difference, KpiRow::vehicleTypeId)
                .containsExactly(
                        tuple("washingDeadheadKmPerKmWashed", 1.9, 0.6, -1.3, null),
                        tuple("subdistrictsPerWashingVehicle", 9.3, 2.5, -6.8, null),
                        tuple("worstLatenessMinutes", 756.0, 120.0, -636.0, null),
                        tuple("utilisationPercent", 50.0, 62.0, 12.0, "wash-sweeper"));
    }

    @Test
    void aFigureOnlyOnePlanHasIsShownWithoutADifference() {
        // The left plan washes nothing and was written before utilisation was reported.
        PlanReport left = report(null, null, 0, List.of());
        PlanReport right = report(0.6, 2.5, 0, List.of(utilisation("sprinkler", 0.4)));

        List<KpiRow> rows = PlanComparer.compare(LEFT, left, RIGHT, right).kpis();

        assertThat(rows)
                .filteredOn(row -> row.kpi().equals("washingDeadheadKmPerKmWashed")
                        || row.kpi().equals("utilisationPercent"))
                .extracting(KpiRow::left, KpiRow::right, KpiRow::difference, KpiRow::vehicleTypeId)
                .containsExactly(tuple(null, 0.6, null, null), tuple(null, 40.0, null, "sprinkler"));
    }

    @Test
    void refillsAndDumpsAreAlwaysComparedAndSaltReloadsOnlyWhenAPlanHasSnowWork() {
        PlanReport summer = report(null, null, 0, List.of());
        PlanReport snow = report(null, null, 0, List.of(), 7);

        assertThat(PlanComparer.compare(LEFT, summer, RIGHT, summer).kpis())
                .extracting(KpiRow::kpi)
                .contains("refills", "dumps")
                .doesNotContain("saltReloads");
        assertThat(PlanComparer.compare(LEFT, summer, RIGHT, snow).kpis())
                .filteredOn(row -> row.kpi().equals("refills") || row.kpi().equals("saltReloads"))
                .extracting(KpiRow::kpi, KpiRow::left, KpiRow::right, KpiRow::difference)
                .containsExactly(tuple("refills", 2.0, 2.0, 0.0), tuple("saltReloads", 0.0, 7.0, 7.0));
    }

    @Test
    void undoneWorkIsCountedByReasonAndWeatherChangedPassesByCode() {
        PlanReport left = withWork(
                report(null, null, 0, List.of()),
                List.of(),
                List.of(unassigned("p1", "NO_ROUTE_HAS_ROOM"), unassigned("p2", null)));
        PlanReport right = withWork(
                report(null, null, 0, List.of()),
                List.of(
                        pass("p3", "WEATHER_SWEPT_INSTEAD_SNOW"),
                        pass("p4", "WEATHER_SWEPT_INSTEAD_SNOW"),
                        pass("p5", null)),
                List.of(unassigned("p1", "WEATHER_DEFERRED_SNOW")));

        assertThat(PlanComparer.compare(LEFT, left, RIGHT, right).codes())
                .extracting(
                        PlanComparison.CodeCount::kind,
                        PlanComparison.CodeCount::code,
                        PlanComparison.CodeCount::left,
                        PlanComparison.CodeCount::right)
                .containsExactly(
                        tuple("undone", "NO_ROUTE_HAS_ROOM", 1, 0),
                        tuple("undone", "OTHER", 1, 0),
                        tuple("undone", "WEATHER_DEFERRED_SNOW", 0, 1),
                        tuple("weather", "WEATHER_SWEPT_INSTEAD_SNOW", 0, 2));
    }

    private static PlanReport withWork(
            PlanReport report, List<PlanReport.StopReport> stops, List<PlanReport.UnassignedTask> unassigned) {
        LocalDateTime start = LocalDateTime.of(2026, 11, 28, 20, 0);
        List<PlanReport.RouteReport> routes = stops.isEmpty()
                ? List.of()
                : List.of(new PlanReport.RouteReport(
                        "v1",
                        "v1",
                        "wash-sweeper",
                        start,
                        start.plusHours(8),
                        start,
                        start.plusHours(8),
                        10,
                        2,
                        8,
                        0,
                        0,
                        480,
                        0,
                        stops));
        return new PlanReport(
                report.formatVersion(),
                report.dataset(),
                report.horizonStart(),
                report.score(),
                report.feasible(),
                report.kpis(),
                routes,
                unassigned,
                List.of());
    }

    private static PlanReport.StopReport pass(String taskId, String weatherCode) {
        LocalDateTime at = LocalDateTime.of(2026, 11, 28, 22, 0);
        return new PlanReport.StopReport(
                1,
                "TASK",
                taskId,
                "STREET_PASS",
                taskId,
                null,
                "s1",
                "g1",
                "forward",
                at,
                at,
                at.plusMinutes(5),
                100,
                0,
                0,
                0,
                0,
                113.0,
                40.0,
                null,
                weatherCode,
                null);
    }

    private static PlanReport.UnassignedTask unassigned(String taskId, String code) {
        return new PlanReport.UnassignedTask(taskId, "STREET_PASS", taskId, "s1", "why", code, null);
    }

    private static VehicleTypeUtilisation utilisation(String typeId, double share) {
        return new VehicleTypeUtilisation(typeId, 4, 3, Math.round(share * 1440), 1440, share);
    }

    private static PlanReport report(
            Double deadheadPerKmWashed,
            Double subdistricts,
            long worstLateness,
            List<VehicleTypeUtilisation> utilisation) {
        return report(deadheadPerKmWashed, subdistricts, worstLateness, utilisation, 0);
    }

    private static PlanReport report(
            Double deadheadPerKmWashed,
            Double subdistricts,
            long worstLateness,
            List<VehicleTypeUtilisation> utilisation,
            int saltReloads) {
        Kpis kpis = new Kpis(
                3,
                4,
                100,
                40,
                60,
                12,
                2,
                0,
                5,
                4,
                1,
                0,
                10,
                12,
                2,
                30,
                20,
                22,
                0,
                2,
                15,
                40,
                deadheadPerKmWashed,
                subdistricts,
                worstLateness,
                utilisation,
                saltReloads);
        return new PlanReport(
                PlanReport.FORMAT_VERSION,
                "test",
                LocalDateTime.of(2026, 11, 28, 18, 0),
                "0hard/0medium/-10soft",
                true,
                kpis,
                List.of(),
                List.of(),
                List.of());
    }
}
