package nl.werkkracht.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed logins for one username within
 * {@link #WINDOW}, further attempts for that username are refused without checking the password until
 * the oldest of those failures is older than the window. The login page shows the same generic error
 * either way, so a lock does not tell whether the username exists.
 *
 * <p>Kept in memory on purpose: simple, and a restart or a second instance only gives an attacker a few
 * more guesses. Entries expire with the window; the map is pruned when it holds more than {@link
 * #PRUNE_ABOVE} usernames, so random usernames cannot make it grow for long.
 */
public final class LoginAttempts {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PRUNE_ABOVE = 10_000;

    /** Usernames are cut to this length as keys: no valid username is longer. */
    private static final int MAX_KEY = 64;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    /** Whether logins for {@code username} are refused now. */
    public boolean isLocked(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            expire(recent, clock.instant());
            return recent.size() >= MAX_FAILURES;
        }
    }

    /** Counts a failed login for {@code username}. */
    public void failed(String username) {
        Instant now = clock.instant();
        if (failures.size() > PRUNE_ABOVE) {
            prune(now);
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            expire(recent, now);
            recent.addLast(now);
            while (recent.size() > MAX_FAILURES) {
                recent.removeFirst();
            }
        }
    }

    /** Forgets the failures of {@code username} after a successful login. */
    public void succeeded(String username) {
        failures.remove(key(username));
    }

    /** How many usernames have failures on record (for tests of the pruning). */
    int trackedUsernames() {
        return failures.size();
    }

    private void prune(Instant now) {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                expire(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }

    private static void expire(Deque<Instant> recent, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        String normalised = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return normalised.length() > MAX_KEY ? normalised.substring(0, MAX_KEY) : normalised;
    }
}
