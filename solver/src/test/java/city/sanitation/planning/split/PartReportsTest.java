package city.sanitation.planning.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.sanitation.planning.report.PlanReport.Kpis;
import city.sanitation.planning.report.PlanReport.VehicleTypeUtilisation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartReportsTest {

    @Test
    void thePartsFiguresAddUpAndTheirRatiosAreTheRatiosOfTheSums() {
        // Part a: 10 km washed, 5 deadheaded (0.5); part b: 30 km washed, 30 deadheaded (1.0); together 35 / 40.
        Kpis a = kpis(4, 10, 0.5, 3, 120, 10, 100, 200);
        Kpis b = kpis(6, 30, 1.0, 1, 30, 20, 300, 400);

        Kpis merged = PartReports.kpis(List.of(a, b));

        assertThat(merged.vehiclesUsed()).isEqualTo(10);
        assertThat(merged.kmWashed()).isEqualTo(40);
        assertThat(merged.unassignedTasks()).isEqualTo(4);
        assertThat(merged.washingDeadheadKmPerKmWashed()).isCloseTo(35.0 / 40, within(1e-9));
        assertThat(merged.worstLatenessMinutes()).isEqualTo(120);
        assertThat(merged.toiletRoundsPlanned()).isEqualTo(30);
        assertThat(merged.utilisationByVehicleType()).singleElement().satisfies(type -> {
            assertThat(type.workingMinutes()).isEqualTo(400);
            assertThat(type.shiftMinutes()).isEqualTo(600);
            assertThat(type.utilisation()).isCloseTo(400.0 / 600, within(1e-9));
        });
    }

    @Test
    void aRatioNoPartHasStaysWithoutAValue() {
        Kpis merged = PartReports.kpis(List.of(kpis(1, 0, null, 0, 0, 0, 0, 0)));

        assertThat(merged.washingDeadheadKmPerKmWashed()).isNull();
    }

    private static Kpis kpis(
            int vehiclesUsed,
            double kmWashed,
            Double deadheadPerKmWashed,
            int unassigned,
            long worstLateness,
            int roundsPlanned,
            long workingMinutes,
            long shiftMinutes) {
        return new Kpis(
                vehiclesUsed,
                vehiclesUsed,
                kmWashed * 2,
                kmWashed,
                kmWashed,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                roundsPlanned,
                roundsPlanned,
                0,
                0,
                0,
                0,
                0,
                unassigned,
                0,
                0,
                deadheadPerKmWashed,
                null,
                worstLateness,
                List.of(new VehicleTypeUtilisation(
                        "washer", vehiclesUsed, vehiclesUsed, workingMinutes, shiftMinutes, 0)),
                0);
    }
}
