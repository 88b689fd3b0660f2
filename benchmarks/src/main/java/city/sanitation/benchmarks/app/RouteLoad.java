package city.sanitation.benchmarks.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-loop load on one URL: requests go out at a fixed rate whatever the answers do, and each latency is counted
 * from when its request was due, not from when it went out, so a server that stalls is not excused by a load
 * generator that waited for it (wrk's closed loop is). Runs with the JDK alone:
 *
 * <pre>java benchmarks/src/main/java/city/sanitation/benchmarks/app/RouteLoad.java URL RATE SECONDS</pre>
 */
public final class RouteLoad {

    private RouteLoad() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("Usage: RouteLoad URL REQUESTS_PER_SECOND SECONDS");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        if (rate <= 0 || seconds <= 0) {
            throw new IllegalArgumentException(
                    "The rate (%d) and the seconds (%d) must be positive.".formatted(rate, seconds));
        }
        HttpClient client = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(8))
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
        // Warm-up at the same rate, not measured: connections, the server's JIT and its caches.
        load(client, request, rate, WARM_UP_SECONDS);
        Result result = load(client, request, rate, seconds);
        long[] sorted = result.latencies();
        System.out.printf(
                "%d requests due at %d/s over %d s (after %d s of warm-up): %d answered in %.1f s (%.1f/s), %d"
                        + " failed%s%n",
                rate * seconds,
                rate,
                seconds,
                WARM_UP_SECONDS,
                sorted.length,
                result.seconds(),
                sorted.length / result.seconds(),
                result.failures(),
                result.complete() ? "" : ", some never answered");
        System.out.printf(
                "latency from due time: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms%n",
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99),
                percentile(sorted, 99.9),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.exit(0);
    }

    private static final int WARM_UP_SECONDS = 10;

    /** Sorted latencies in nanoseconds, how long the load took, failures and whether every request was answered. */
    private record Result(long[] latencies, double seconds, int failures, boolean complete) {}

    private static Result load(HttpClient client, HttpRequest request, int rate, int seconds)
            throws InterruptedException {
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch answered = new CountDownLatch(total);
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        AtomicInteger sent = new AtomicInteger();
        ticks.scheduleAtFixedRate(
                () -> {
                    long now = System.nanoTime();
                    // Catch up on every request that fell due since the last tick, each with its own due time.
                    while (sent.get() < total && start + sent.get() * periodNanos <= now) {
                        long due = start + sent.getAndIncrement() * periodNanos;
                        client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                                .whenComplete((response, failure) -> {
                                    if (failure != null || response.statusCode() != 200) {
                                        failures.incrementAndGet();
                                    }
                                    latencies.add(System.nanoTime() - due);
                                    answered.countDown();
                                });
                    }
                },
                0,
                Math.max(1, periodNanos / 4),
                TimeUnit.NANOSECONDS);
        boolean complete = answered.await(seconds + 30L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        ticks.shutdownNow();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(sorted, elapsed, failures.get(), complete);
    }

    static double percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
