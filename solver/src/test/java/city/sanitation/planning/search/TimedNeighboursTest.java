package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.PlanFixtures;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TravelTimes;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimedNeighboursTest {

    /** Places on a line, one second apart. */
    private static final TravelTimes LINE = new TravelTimes() {
        @Override
        public long seconds(int from, int to) {
            return Math.abs(from - to);
        }

        @Override
        public long metres(int from, int to) {
            return 10L * Math.abs(from - to);
        }
    };

    @Test
    void aTaskNearInPlaceButServedHoursLaterRanksAfterOneFartherAtTheSameHour() {
        Task seed = PlanFixtures.timedPickup("seed", 0, 1, 0, 1000);
        Task nextDoorLater = PlanFixtures.timedPickup("next-door-later", 10, 1, 4000, 5000);
        Task fartherSameHour = PlanFixtures.timedPickup("farther-same-hour", 100, 1, 0, 1000);
        List<Task> tasks = List.of(seed, nextDoorLater, fartherSameHour);

        // 10 s + 0.1 × 4,000 s apart = 410 against 100 s: the task at the same hour comes first.
        assertThat(RuinRecreatePhase.nearestInPlaceAndTime(tasks, LINE, 2, 0.1).get(seed))
                .containsExactly(fartherSameHour, nextDoorLater);
        // In place only, the next door comes first.
        assertThat(RuinRecreatePhase.nearestTasks(tasks, LINE, 2).get(seed))
                .containsExactly(nextDoorLater, fartherSameHour);
    }

    @Test
    void aTaskWithoutALatestStartIsNearAsInPlaceOnly() {
        Task seed = PlanFixtures.timedPickup("seed", 0, 1, 0, 1000);
        Task anyTime = PlanFixtures.timedPickup("any-time", 10, 1, 0, Long.MAX_VALUE);
        Task fartherSameHour = PlanFixtures.timedPickup("farther-same-hour", 100, 1, 0, 1000);

        assertThat(RuinRecreatePhase.nearestInPlaceAndTime(List.of(seed, anyTime, fartherSameHour), LINE, 2, 0.1)
                        .get(seed))
                .containsExactly(anyTime, fartherSameHour);
    }
}
