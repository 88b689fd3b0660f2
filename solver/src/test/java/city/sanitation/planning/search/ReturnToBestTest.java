package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ReturnToBestTest {

    @Test
    void returnsAfterTheShareOfTheBudgetWithoutANewBest() {
        var returns = new ReturnToBest(0.2);

        assertThat(returns.due(0.1)).isFalse();
        assertThat(returns.due(0.2)).isFalse();
        assertThat(returns.due(0.21)).isTrue();
    }

    @Test
    void aNewBestPutsTheReturnOff() {
        var returns = new ReturnToBest(0.2);

        returns.newBest(0.15);

        assertThat(returns.due(0.3)).isFalse();
        assertThat(returns.due(0.36)).isTrue();
    }

    @Test
    void afterAReturnTheShareIsCountedAgainFromThere() {
        var returns = new ReturnToBest(0.2);

        assertThat(returns.due(0.25)).isTrue();
        assertThat(returns.due(0.3)).isFalse();
        assertThat(returns.due(0.46)).isTrue();
    }

    @Test
    void zeroNeverReturns() {
        var returns = new ReturnToBest(0);

        assertThat(returns.due(0.99)).isFalse();
    }

    @Test
    void aShareOutsideTheBudgetIsRefusedByName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReturnToBest(1.5))
                .withMessageContaining("returnToBestAfter (1.5)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReturnToBest(Double.NaN))
                .withMessageContaining("returnToBestAfter (NaN)");
    }
}
