package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.fleet.Capability;
import city.sanitation.planning.domain.TaskProblem;
import city.sanitation.planning.domain.TravelTimes;
import org.junit.jupiter.api.Test;

class PassNearnessTest {

    /** Places on a line, 100 m apart. */
    private static final TravelTimes LINE = new TravelTimes() {
        @Override
        public long seconds(int from, int to) {
            return metres(from, to);
        }

        @Override
        public long metres(int from, int to) {
            return 100L * Math.abs(from - to);
        }
    };

    private static TaskProblem pass(int start, int end, boolean eitherDirection) {
        return TaskProblem.builder()
                .capability(Capability.WASHING)
                .startLocation(start)
                .endLocation(end)
                .eitherDirection(eitherDirection)
                .lengthMetres(100)
                .priorityWeight(1)
                .groupId("pass")
                .label("pass")
                .subdistrictId("district")
                .gridId("grid")
                .build();
    }

    @Test
    void passesThatMayGoEitherWayAreAsNearAsTheirNearerEnds() {
        // 0 -> 5 and 10 -> 6: from the first's end to the second's start is 500 m, their nearer ends 5 and 6 are 100 m.
        assertThat(PassNearness.metres(pass(0, 5, true), pass(10, 6, true), LINE))
                .isEqualTo(100);
        // Only the second may turn round: it can start at 6.
        assertThat(PassNearness.metres(pass(0, 5, false), pass(10, 6, true), LINE))
                .isEqualTo(100);
        // Only the first may turn round: it ends at 5 or 0, the second starts at 10.
        assertThat(PassNearness.metres(pass(0, 5, true), pass(10, 6, false), LINE))
                .isEqualTo(500);
    }

    @Test
    void oneWayPassesAreMeasuredFromTheEndOfOneToTheStartOfTheOther() {
        assertThat(PassNearness.metres(pass(0, 5, false), pass(10, 6, false), LINE))
                .isEqualTo(500);
        assertThat(PassNearness.metres(pass(10, 6, false), pass(0, 5, false), LINE))
                .isEqualTo(600);
    }
}
