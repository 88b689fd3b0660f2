package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DetourHeapTest {

    @Test
    void pollsTheRangeInAscendingOrderAndLeavesTheKeysBeforeItAlone() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int from = random.nextInt(10);
            int size = 1 + random.nextInt(60);
            long[] keys = new long[from + size + 3];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = random.nextInt(50);
            }
            long[] before = Arrays.copyOf(keys, from);
            long[] expected = Arrays.copyOfRange(keys, from, from + size);
            Arrays.sort(expected);

            DetourHeap.heapify(keys, from, from + size);
            long[] polled = new long[size];
            for (int i = 0; i < size; i++) {
                polled[i] = DetourHeap.pollMin(keys, from, from + size - i);
            }

            assertThat(polled).containsExactly(expected);
            assertThat(Arrays.copyOf(keys, from)).containsExactly(before);
        }
    }
}
