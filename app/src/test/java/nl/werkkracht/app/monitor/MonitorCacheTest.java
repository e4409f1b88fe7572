package nl.werkkracht.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache computes a value once per key and generation, keeps no failure, and forgets on invalidate. */
class MonitorCacheTest {

    private record Key(String level, int year) {}

    @Test
    void shouldComputeAValueOnceForConcurrentRequests() throws Exception {
        var cache = new MonitorCache();
        var computations = new AtomicInteger();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        var results = new java.util.ArrayList<java.util.concurrent.Future<String>>();
        for (int i = 0; i < 32; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return cache.get(new Key("province", 2017), () -> {
                    computations.incrementAndGet();
                    sleep();
                    return "figures";
                });
            }));
        }
        start.countDown();
        for (var r : results) {
            assertThat(r.get(10, TimeUnit.SECONDS)).isEqualTo("figures");
        }
        pool.shutdown();
        assertThat(computations.get()).isEqualTo(1);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void shouldNotKeepAFailedComputation() {
        var cache = new MonitorCache();
        assertThatThrownBy(() -> cache.get(new Key("corop", 2019), () -> {
                    throw new IllegalArgumentException("year 2019 has no data");
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year 2019 has no data");
        assertThat(cache.get(new Key("corop", 2019), () -> "now it has")).isEqualTo("now it has");
    }

    @Test
    void shouldRecomputeAfterInvalidateAndAfterTheDatasetsChangedEvent() {
        var cache = new MonitorCache();
        var computations = new AtomicInteger();
        cache.get(new Key("province", 2017), computations::incrementAndGet);
        cache.get(new Key("province", 2017), computations::incrementAndGet);
        cache.invalidate();
        cache.get(new Key("province", 2017), computations::incrementAndGet);
        cache.onDatasetsChanged(new DatasetsChanged("regio"));
        int last = cache.get(new Key("province", 2017), computations::incrementAndGet);

        assertThat(computations.get()).isEqualTo(3);
        assertThat(last).isEqualTo(3);
    }

    @Test
    void shouldStillAnswerBeyondTheMaximumNumberOfEntries() {
        var cache = new MonitorCache();
        for (int i = 0; i < MonitorCache.MAX_ENTRIES + 10; i++) {
            final int year = i;
            assertThat(cache.get(new Key("corop", i), () -> year)).isEqualTo(i);
        }
        assertThat(cache.size()).isEqualTo(MonitorCache.MAX_ENTRIES);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
