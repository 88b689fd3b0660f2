package city.sanitation.benchmarks.matrix;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the used heap every millisecond on a daemon thread and remembers the highest value: the peak of a build
 * that allocates large arrays, which an after-the-fact reading would miss.
 */
final class HeapSampler implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakBytes;

    HeapSampler() {
        peakBytes = usedHeapBytes();
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    static long usedHeapBytes() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** Used heap after asking for full collections, so that garbage of earlier work is not counted. */
    static long settledHeapBytes() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return usedHeapBytes();
    }

    private void sample() {
        while (running) {
            long used = usedHeapBytes();
            if (used > peakBytes) {
                peakBytes = used;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakBytes() {
        long used = usedHeapBytes();
        return Math.max(peakBytes, used);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
