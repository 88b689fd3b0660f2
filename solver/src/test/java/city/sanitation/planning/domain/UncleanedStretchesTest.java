package city.sanitation.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.domain.UncleanedStretches.Stretch;
import org.junit.jupiter.api.Test;

/** The whole open period counts: opening to the first round, between rounds in time order, last round to closing. */
class UncleanedStretchesTest {

    @Test
    void theRoundsSplitTheOpenPeriodInTimeOrder() {
        assertThat(UncleanedStretches.of(600, 10_000, new long[] {7000, 1000}))
                .extracting(Stretch::describe, Stretch::seconds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("opening to round 1", 400L),
                        org.assertj.core.groups.Tuple.tuple("round 1 to round 2", 6000L),
                        org.assertj.core.groups.Tuple.tuple("round 2 to closing", 3000L));
    }

    @Test
    void aToiletWithNoRoundIsLeftItsWholeOpenPeriod() {
        assertThat(UncleanedStretches.of(600, 10_000, new long[0]))
                .extracting(Stretch::describe, Stretch::seconds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("opening to closing", 9400L));
        assertThat(UncleanedStretches.excessSeconds(600, 10_000, 4000, new long[0]))
                .isEqualTo(5400);
    }

    @Test
    void onlyTheStretchesLongerThanTheMaximumGapCount() {
        // Stretches of 400, 6000 and 3000 s against a maximum of 3000 s: only the middle one, by 3000 s.
        assertThat(UncleanedStretches.excessSeconds(600, 10_000, 3000, new long[] {1000, 7000}))
                .isEqualTo(3000);
    }
}
