package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnnealingCyclesTest {

    @Test
    void withoutAReheatTheCoolingFollowsTheBudget() {
        AnnealingCycles cycles = new AnnealingCycles(0);

        assertThat(cycles.cooled(0.3)).isEqualTo(0.3);
        assertThat(cycles.returnsAllowed(0)).isTrue();
        assertThat(cycles.returnedInVain(0.4)).isFalse();
        assertThat(cycles.returnedInVain(0.6)).isFalse();
        assertThat(cycles.reheats()).isZero();
    }

    @Test
    void aReheatStartsTheCoolingAgainOverTheRestOfTheBudget() {
        AnnealingCycles cycles = new AnnealingCycles(1);

        assertThat(cycles.returnedInVain(0.5)).isTrue();
        cycles.reheat(0.5);

        assertThat(cycles.cooled(0.5)).isZero();
        assertThat(cycles.cooled(0.75)).isEqualTo(0.5);
        assertThat(cycles.cooled(1)).isEqualTo(1);
        assertThat(cycles.reheats()).isOne();
    }

    @Test
    void aReheatedCycleIsNotCalledBackInItsFirstHalf() {
        AnnealingCycles cycles = new AnnealingCycles(1);
        cycles.reheat(0.4);

        assertThat(cycles.returnsAllowed(0.69)).isFalse();
        assertThat(cycles.returnsAllowed(0.7)).isTrue();
    }

    @Test
    void onlyReturnsInVainInARowLeadToAReheat() {
        AnnealingCycles cycles = new AnnealingCycles(2);

        assertThat(cycles.returnedInVain(0.3)).isFalse();
        cycles.newBest();
        assertThat(cycles.returnedInVain(0.5)).isFalse();
        assertThat(cycles.returnedInVain(0.6)).isTrue();
    }

    @Test
    void noReheatWithLessThanTheLeastCycleLeft() {
        AnnealingCycles cycles = new AnnealingCycles(1);

        assertThat(cycles.returnedInVain(1 - AnnealingCycles.LEAST_CYCLE)).isFalse();
        assertThat(cycles.returnedInVain(0.79)).isTrue();
    }

    @Test
    void aNegativeCountIsRefusedByName() {
        assertThatThrownBy(() -> new AnnealingCycles(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reheatAfterReturns (-1)");
    }
}
