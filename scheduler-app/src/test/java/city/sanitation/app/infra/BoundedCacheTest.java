package city.sanitation.app.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void aValueIsLoadedOnceAndTheLeastRecentlyUsedIsDropped() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(2);
        AtomicInteger loads = new AtomicInteger();

        cache.get(1, key -> "one-" + loads.incrementAndGet());
        cache.get(2, key -> "two-" + loads.incrementAndGet());
        assertThat(cache.get(1, key -> "again-" + loads.incrementAndGet())).isEqualTo("one-1");
        cache.get(3, key -> "three-" + loads.incrementAndGet());

        assertThat(loads).hasValue(3);
        assertThat(cache.get(2, key -> "two-reloaded"))
                .as("2 was used least recently")
                .isEqualTo("two-reloaded");
        assertThat(cache.get(1, key -> "one-reloaded")).isEqualTo("one-reloaded");
    }

    @Test
    void aSlowLoadDoesNotHoldUpOtherKeys() throws Exception {
        BoundedCache<String, String> cache = new BoundedCache<>(4);
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> cache.get("slow", key -> {
            loading.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "slow value";
        }));
        assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();

        // While "slow" loads (as a database read would), another key is served at once.
        assertThat(CompletableFuture.supplyAsync(() -> cache.get("fast", key -> "fast value"))
                        .get(5, TimeUnit.SECONDS))
                .isEqualTo("fast value");
        release.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("slow value");
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new BoundedCache<>(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0)");
    }
}
