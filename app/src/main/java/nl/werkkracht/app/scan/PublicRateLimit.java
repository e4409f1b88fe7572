package nl.werkkracht.app.scan;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A limit on requests per client to the public questionnaire (page and API), in memory: at most {@code
 * perMinute} requests in a fixed window of one minute that starts with the client's first request. It
 * keeps scripts from trying tokens or flooding a scan with requests; a person answering the questionnaire
 * needs three requests.
 *
 * <p>The client is the remote address as the servlet container sees it: behind a reverse proxy, enable
 * {@code server.forward-headers-strategy} so that it is the visitor's address. Employees behind one
 * company address share the limit, so keep it generous. Memory stays bounded: windows that ended are
 * dropped once more than {@value #CLEANUP_ABOVE} clients are remembered.
 */
final class PublicRateLimit {

    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int CLEANUP_ABOVE = 10_000;

    private record Window(long startMillis, int count) {}

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    /** @param perMinute requests allowed per client per minute, at least 1 */
    PublicRateLimit(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("the public rate limit must allow at least 1 request a minute");
        }
        this.perMinute = perMinute;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Counts a request of {@code client}.
     *
     * @return empty when the request may go ahead; otherwise how long the client must wait (at least one
     *     second, rounded up to whole seconds)
     */
    Optional<Duration> acquire(String client) {
        long now = clock.millis();
        if (windows.size() > CLEANUP_ABOVE) {
            windows.values().removeIf(w -> now - w.startMillis() >= WINDOW.toMillis());
        }
        Window w = windows.compute(
                client,
                (c, old) -> old == null || now - old.startMillis() >= WINDOW.toMillis()
                        ? new Window(now, 1)
                        : new Window(old.startMillis(), old.count() + 1));
        if (w.count() <= perMinute) {
            return Optional.empty();
        }
        long waitMillis = w.startMillis() + WINDOW.toMillis() - now;
        return Optional.of(Duration.ofSeconds(Math.max(1, (waitMillis + 999) / 1000)));
    }

    int perMinute() {
        return perMinute;
    }
}
