package nl.werkkracht.app.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.werkkracht.store.scan.LookupFailures;

/**
 * The limit that protects invitation tokens against guessing (issue 14): a client whose look-ups of
 * unknown tokens reach {@code maxFailures} within a fixed window is turned away until the window ends.
 * Colleagues who answer with their own valid tokens are never counted, so a whole company behind one
 * address can answer at once; a guesser, whose look-ups nearly all fail, is stopped after a few tries.
 *
 * <p>The counts live in the database ({@link LookupFailures}), so every instance on the same database
 * shares them. The client is stored as the SHA-256 of its address. Counts of ended windows are deleted
 * now and then as new failures come in.
 */
final class FailedLookupLimit {

    private static final int CLEANUP_EVERY = 50;

    private final LookupFailures failures;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final AtomicInteger sinceCleanup = new AtomicInteger();

    /**
     * @param maxFailures failed look-ups a client may make in one window, at least 1
     * @param window the length of a window, at least one second
     */
    FailedLookupLimit(LookupFailures failures, int maxFailures, Duration window, Clock clock) {
        this.failures = Objects.requireNonNull(failures, "failures");
        if (maxFailures < 1) {
            throw new IllegalArgumentException("the failed look-up limit must allow at least 1 failure");
        }
        if (window.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("the failed look-up window must be at least a second: " + window);
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Whether {@code client} is turned away now.
     *
     * @return empty when it may look up tokens; otherwise how long it must wait (whole seconds, at least 1)
     */
    Optional<Duration> blocked(String client) {
        long now = clock.millis();
        long start = windowStart(now);
        if (failures.failures(key(client), start) < maxFailures) {
            return Optional.empty();
        }
        long waitMillis = start + window.toMillis() - now;
        return Optional.of(Duration.ofSeconds(Math.max(1, (waitMillis + 999) / 1000)));
    }

    /** Counts a failed look-up of {@code client}. */
    void failed(String client) {
        long start = windowStart(clock.millis());
        failures.add(key(client), start);
        if (sinceCleanup.incrementAndGet() >= CLEANUP_EVERY) {
            sinceCleanup.set(0);
            failures.forgetBefore(start);
        }
    }

    int maxFailures() {
        return maxFailures;
    }

    Duration window() {
        return window;
    }

    private long windowStart(long millis) {
        return millis - Math.floorMod(millis, window.toMillis());
    }

    static String key(String client) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
