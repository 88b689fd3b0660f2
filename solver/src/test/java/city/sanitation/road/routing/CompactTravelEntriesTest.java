package city.sanitation.road.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompactTravelEntriesTest {

    @Test
    void keepsShortEntriesInTheArraysAndLongOnesExactly() {
        CompactTravelEntries entries = new CompactTravelEntries(4);

        entries.put(0, 0, 0);
        entries.put(1, CompactTravelEntries.LARGEST_DIRECT, CompactTravelEntries.LARGEST_DIRECT);
        entries.put(2, 300, 120_000);
        entries.put(3, 90_000, 12);

        assertThat(entries.seconds(1)).isEqualTo(CompactTravelEntries.LARGEST_DIRECT);
        assertThat(entries.metres(1)).isEqualTo(CompactTravelEntries.LARGEST_DIRECT);
        assertThat(entries.seconds(2)).isEqualTo(300);
        assertThat(entries.metres(2)).isEqualTo(120_000);
        assertThat(entries.seconds(3)).isEqualTo(90_000);
        assertThat(entries.metres(3)).isEqualTo(12);
        assertThat(entries.overflowCount()).isEqualTo(2);
        assertThat(entries.reachable(2)).isTrue();
    }

    @Test
    void tellsUnreachableFromLong() {
        CompactTravelEntries entries = new CompactTravelEntries(2);

        entries.putUnreachable(0);
        entries.put(1, 70_000, 70_000);

        assertThat(entries.reachable(0)).isFalse();
        assertThat(entries.seconds(0)).isEqualTo(Integer.MAX_VALUE);
        assertThat(entries.metres(0)).isEqualTo(Integer.MAX_VALUE);
        assertThat(entries.reachable(1)).isTrue();
        assertThat(entries.seconds(1)).isEqualTo(70_000);
    }
}
