package city.sanitation.app.infra;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values most recently used, at most {@code capacity} of them, each loaded on first use. A value is loaded without
 * holding the cache's lock: loading reads the database, and a request thread waiting for the lock may hold a pooled
 * connection, so loading under the lock can leave every connection held by a waiter while the loader waits for one.
 * Two threads may load the same value at once; the first one stored is kept.
 */
public final class BoundedCache<K, V> {

    private final Map<K, V> values;

    public BoundedCache(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("The capacity (" + capacity + ") of a cache must be positive.");
        }
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public V get(K key, Function<? super K, ? extends V> loader) {
        synchronized (values) {
            V cached = values.get(key);
            if (cached != null) {
                return cached;
            }
        }
        V loaded = loader.apply(key);
        synchronized (values) {
            V stored = values.putIfAbsent(key, loaded);
            return stored == null ? loaded : stored;
        }
    }
}
