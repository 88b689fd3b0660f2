package city.sanitation.planning.search;

import static city.sanitation.planning.PlanFixtures.HOUR;
import static city.sanitation.planning.PlanFixtures.route;
import static city.sanitation.planning.PlanFixtures.toiletCrew;
import static city.sanitation.planning.PlanFixtures.toiletRound;
import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TimeInterval;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search checks the toilets' gap rules as the score does, so that what it keeps is what the score allows. */
class ToiletGapsTest {

    @Test
    void roundsOutOfOrderFallShortOfTheMinimumGapByMoreThanTheSameRoundsInOrder() {
        // Two 20-minute rounds back to back, 1200 s apart, minimum gap an hour: in order 2400 s short; out of order
        // the later-numbered round comes 1200 s early, 4800 s short.
        TimeInterval open = new TimeInterval(0, 16 * HOUR);
        Task first = toiletRound("t1", 1, 1, open, HOUR, 4 * HOUR);
        Task second = toiletRound("t1", 2, 1, open, HOUR, 4 * HOUR);

        assertThat(ToiletGaps.shortfallSeconds(List.of(new RouteTrials(route(toiletCrew("c1"), first, second)))))
                .isEqualTo(2400);
        assertThat(ToiletGaps.shortfallSeconds(List.of(new RouteTrials(route(toiletCrew("c2"), second, first)))))
                .isEqualTo(4800);
    }
}
