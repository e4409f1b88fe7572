package nl.werkkracht.app.monitor;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The monitor's figures, computed once from the store and then served from memory: the API answers
 * of the region summaries are load-tested at 100 connections with a p95 goal below 50 ms, which a
 * fresh computation per request (reading the store) cannot meet.
 *
 * <p>Entries are keyed by their request parameters (a record per kind of answer). A value is computed
 * by the first request that asks for it; concurrent requests for the same key wait for that one
 * computation instead of repeating it. A failed computation is not kept, so the next request tries
 * again and gets the same clear error.
 *
 * <p>After datasets change, {@link #invalidate()} (or the {@link DatasetsChanged} event) starts a new
 * generation: requests that began before finish on the old figures, every later request computes from
 * the new data. The number of entries per generation is capped (parameters come from the public, and
 * years multiply), beyond which values are computed but not kept.
 *
 * <p>{@link #invalidate()} is the one hook for "the data changed": an import in this process calls it
 * through {@link DatasetsChanged}; a listener for changes made elsewhere (another instance, the command
 * line) calls it directly. It also drops the prepared public answers ({@link PreparedMonitorResponses}).
 */
@Component
public class MonitorCache {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorCache.class);

    /** Beyond this many entries, values are computed per request and not kept. */
    static final int MAX_ENTRIES = 20_000;

    private volatile ConcurrentHashMap<Object, CompletableFuture<Object>> entries = new ConcurrentHashMap<>();

    private final List<Runnable> afterInvalidate = new CopyOnWriteArrayList<>();

    private final AtomicLong version = new AtomicLong();

    /**
     * Drops every cached figure; the next requests compute them from the store again (and the warm-up,
     * when registered, starts computing the default figures in the background).
     */
    public void invalidate() {
        entries = new ConcurrentHashMap<>();
        version.incrementAndGet();
        LOG.info("Monitor figures dropped; they are recomputed from the store");
        afterInvalidate.forEach(Runnable::run);
    }

    /**
     * The data version this process serves: 0 at start, one more after every {@link #invalidate()}. Prepared
     * answers ({@link PreparedMonitorResponses}) are kept per version; another instance counts its own.
     */
    public long version() {
        return version.get();
    }

    /** Runs {@code action} after every {@link #invalidate()} (the warm-up registers itself). */
    void afterInvalidate(Runnable action) {
        afterInvalidate.add(action);
    }

    /** Drops every cached figure when datasets changed. */
    @EventListener
    public void onDatasetsChanged(DatasetsChanged event) {
        invalidate();
    }

    /** The number of values held (for tests and operators). */
    int size() {
        return entries.size();
    }

    /**
     * The value for {@code key}, computed with {@code compute} when this generation does not hold it yet.
     * Exceptions of the computation reach the caller unchanged.
     *
     * @param key a value with equals and hashCode (a record), unique per kind of value
     */
    @SuppressWarnings("unchecked")
    <V> V get(Object key, Supplier<V> compute) {
        ConcurrentHashMap<Object, CompletableFuture<Object>> map = entries;
        CompletableFuture<Object> existing = map.get(key);
        if (existing == null) {
            if (map.size() >= MAX_ENTRIES) {
                return compute.get();
            }
            var mine = new CompletableFuture<Object>();
            existing = map.putIfAbsent(key, mine);
            if (existing == null) {
                return (V) computeInto(map, key, mine, compute);
            }
        }
        try {
            return (V) existing.join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    private static <V> V computeInto(
            ConcurrentHashMap<Object, CompletableFuture<Object>> map,
            Object key,
            CompletableFuture<Object> future,
            Supplier<V> compute) {
        try {
            V value = compute.get();
            future.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            map.remove(key, future);
            future.completeExceptionally(e);
            throw e;
        }
    }

    private static RuntimeException unwrap(CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return e;
    }
}
