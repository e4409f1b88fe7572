package nl.werkkracht.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import nl.werkkracht.store.account.LoginThrottleStore;
import nl.werkkracht.store.account.LoginThrottleStore.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down password guessing without letting anyone lock an owner out (issue 10; before, five wrong
 * passwords from anywhere locked an account for 15 minutes, even for the right password). State is in the
 * database ({@link LoginThrottleStore}), shared by every instance. Within {@link #WINDOW}:
 *
 * <ul>
 *   <li>per account and client address, the first {@link #FREE_FAILURES} failures cost nothing; after that
 *       each attempt must wait a delay that doubles with every failure, from 1 second up to {@link
 *       #MAX_DELAY}. Failures from other addresses do not count, so a guesser elsewhere never slows the owner;
 *   <li>per client address, after {@link #ADDRESS_FAILURES} failures on any accounts the address may not try
 *       any account until its failures age out (one address trying many usernames);
 *   <li>per account, after {@link #ACCOUNT_FAILURES} failures from all addresses together (a guesser with many
 *       addresses) only the addresses the owner logged in from in the last {@link #USUAL} may still try: the
 *       right password keeps working from the owner's usual address.
 * </ul>
 *
 * A refused attempt is answered as a wrong password (the password is not even checked), so it tells nothing
 * about the account. Failures and refusals are logged with username and address, never with the password.
 */
public final class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int FREE_FAILURES = 3;
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    public static final int ADDRESS_FAILURES = 30;
    public static final int ACCOUNT_FAILURES = 100;
    public static final Duration USUAL = Duration.ofDays(90);

    /** Usernames and addresses are cut to this length as keys (the columns' size). */
    private static final int MAX_KEY = 64;

    private final LoginThrottleStore store;
    private final Clock clock;

    public LoginThrottle(LoginThrottleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Why an attempt is refused without checking the password; empty when it may be checked. */
    public Optional<String> refusal(String username, String address) {
        String user = key(username);
        String from = key(address);
        Instant now = clock.instant();
        Failures f = store.failures(user, from, now.minus(WINDOW));
        if (f.address() >= ADDRESS_FAILURES) {
            return refused(
                    user,
                    from,
                    "address has " + f.address() + " failed logins within " + WINDOW.toMinutes() + " minutes");
        }
        Duration delay = delay(f.pair());
        if (f.lastOfPair().isPresent() && now.isBefore(f.lastOfPair().get().plus(delay))) {
            return refused(
                    user,
                    from,
                    f.pair() + " failed logins from this address, next try after "
                            + f.lastOfPair().get().plus(delay));
        }
        if (f.account() >= ACCOUNT_FAILURES && !store.knownAddress(user, from, now.minus(USUAL))) {
            return refused(
                    user,
                    from,
                    "account has " + f.account() + " failed logins from many addresses; only its"
                            + " usual addresses may try");
        }
        return Optional.empty();
    }

    /** The wait after {@code failures} failures of one account from one address. */
    static Duration delay(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    public void failed(String username, String address) {
        String user = key(username);
        String from = key(address);
        Instant now = clock.instant();
        store.recordFailure(user, from, now);
        LOG.warn("Login failed for user '{}' from {}", printable(user), from);
        if (ThreadLocalRandom.current().nextInt(200) == 0) {
            store.prune(now.minus(WINDOW.multipliedBy(4)), now.minus(USUAL));
        }
    }

    public void succeeded(String username, String address) {
        store.recordSuccess(key(username), key(address), clock.instant());
    }

    private static Optional<String> refused(String user, String from, String why) {
        LOG.warn("Login refused without checking the password for user '{}' from {}: {}", printable(user), from, why);
        return Optional.of(why);
    }

    static String key(String value) {
        String normalised = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return normalised.length() > MAX_KEY ? normalised.substring(0, MAX_KEY) : normalised;
    }

    /** Control characters escaped, so that a crafted username cannot forge log lines. */
    private static String printable(String s) {
        var out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
