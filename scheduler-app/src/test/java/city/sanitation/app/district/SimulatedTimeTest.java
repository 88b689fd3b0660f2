package city.sanitation.app.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SimulatedTimeTest {

    private static final Instant SINCE = Instant.parse("2026-12-06T02:00:00Z");

    @Test
    void offByDefaultTheTimeIsReal() {
        SimulatedTime real = new SimulatedTime("", "");
        Instant instant = Instant.parse("2027-03-01T10:15:30.123Z");

        assertThat(real.on()).isFalse();
        assertThat(real.simulated(instant)).isEqualTo(instant);
        assertThat(real.real(instant)).isEqualTo(instant);
        Instant before = Instant.now();
        assertThat(real.clock().instant()).isBetween(before, Instant.now());
    }

    @Test
    void aDayPassesEveryDayLengthFromTheStart() {
        SimulatedTime fast = new SimulatedTime("PT8S", SINCE.toString());

        assertThat(fast.simulated(SINCE)).isEqualTo(SINCE);
        assertThat(fast.simulated(SINCE.plusSeconds(8))).isEqualTo(SINCE.plus(Duration.ofDays(1)));
        assertThat(fast.simulated(SINCE.plusSeconds(2))).isEqualTo(SINCE.plus(Duration.ofHours(6)));
        assertThat(fast.simulated(SINCE.plusSeconds(8 * 30))).isEqualTo(SINCE.plus(Duration.ofDays(30)));
        assertThat(fast.real(SINCE.plus(Duration.ofDays(3)).plus(Duration.ofHours(16))))
                .isEqualTo(SINCE.plusMillis(3 * 8000 + 16 * 8000 / 24));
    }

    @Test
    void theSimulatedAndTheRealInstantMapBackAndForth() {
        SimulatedTime fast = new SimulatedTime("PT7S", SINCE.toString());
        Instant simulated = Instant.parse("2027-01-01T10:00:00Z");

        assertThat(Duration.between(fast.simulated(fast.real(simulated)), simulated)
                        .abs())
                .isLessThanOrEqualTo(Duration.ofMillis(86_400_000 / 7000 + 1));
    }

    @Test
    void aDistrictsClockReadsTheSimulatedTime() {
        SimulatedTime fast = new SimulatedTime(
                "PT1S", Instant.now().minus(Duration.ofSeconds(10)).toString());
        LocalDate realToday = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        LocalDate simulatedToday = LocalDate.now(fast.clock().withZone(ZoneId.of("Asia/Shanghai")));

        assertThat(simulatedToday).isAfterOrEqualTo(realToday.plusDays(9)).isBeforeOrEqualTo(realToday.plusDays(11));
    }

    @Test
    void aDayLengthWithoutItsStartIsRefusedSayingWhatToSet() {
        assertThatThrownBy(() -> new SimulatedTime("PT8S", ""))
                .hasMessageContaining("(PT8S)")
                .hasMessageContaining("sanitation.simulation.since")
                .hasMessageContaining("Maybe");
        assertThatThrownBy(() -> new SimulatedTime("8 seconds", SINCE.toString()))
                .hasMessageContaining("(8 seconds)")
                .hasMessageContaining("Maybe PT8S");
        assertThatThrownBy(() -> new SimulatedTime("PT0S", SINCE.toString())).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new SimulatedTime("PT8S", "yesterday")).hasMessageContaining("(yesterday)");
    }
}
