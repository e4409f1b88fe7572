package nl.werkkracht.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import nl.werkkracht.store.account.LoginThrottleStore;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LoginThrottle} on a real (embedded) database. Issue 10: five wrong passwords locked an account for
 * 15 minutes even for the right password, and sixty usernames from one address were never slowed.
 */
class LoginThrottleTest {

    private static final String OWNER_ADDRESS = "10.0.0.7";
    private static final String GUESSER = "192.0.2.66";

    @TempDir
    Path dir;

    private Database database;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private LoginThrottle throttle;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseConfig.embedded(dir));
        throttle = new LoginThrottle(new LoginThrottleStore(database), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** One attempt as the login provider makes it: refused, or checked and then failed or succeeded. */
    private boolean attempt(String user, String address, boolean rightPassword) {
        if (throttle.refusal(user, address).isPresent()) {
            return false;
        }
        if (rightPassword) {
            throttle.succeeded(user, address);
            return true;
        }
        throttle.failed(user, address);
        return false;
    }

    @Test
    void shouldKeepTheRightPasswordWorkingForTheOwnerWhileSomeoneElseGuesses() {
        assertThat(attempt("anna", OWNER_ADDRESS, true)).isTrue();
        for (int i = 0; i < 20; i++) {
            attempt("anna", GUESSER, false);
        }

        assertThat(throttle.refusal("anna", GUESSER)).isPresent();
        assertThat(attempt("anna", OWNER_ADDRESS, true)).isTrue();
        assertThat(attempt("anna", "198.51.100.3", true))
                .as("a new address of the owner")
                .isTrue();
    }

    @Test
    void shouldMakeEachFurtherGuessFromOneAddressWaitTwiceAsLong() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(throttle.refusal("bert", GUESSER))
                    .as("free failure " + i)
                    .isEmpty();
            throttle.failed("bert", GUESSER);
        }
        // 3 failures: wait 1 s; then 2 s after the 4th, 4 s after the 5th
        for (long wait : new long[] {1, 2, 4}) {
            assertThat(throttle.refusal("bert", GUESSER)).isPresent();
            clock.advance(Duration.ofSeconds(wait).minusMillis(1));
            assertThat(throttle.refusal("bert", GUESSER))
                    .as("before %d s", wait)
                    .isPresent();
            clock.advance(Duration.ofMillis(1));
            assertThat(throttle.refusal("bert", GUESSER)).as("after %d s", wait).isEmpty();
            throttle.failed("bert", GUESSER);
        }
        assertThat(LoginThrottle.delay(30)).isEqualTo(LoginThrottle.MAX_DELAY);

        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.refusal("bert", GUESSER)).as("failures age out").isEmpty();
    }

    @Test
    void shouldStopOneAddressTryingManyUsernames() {
        int tried = 0;
        while (tried < 60 && throttle.refusal("user" + tried, GUESSER).isEmpty()) {
            throttle.failed("user" + tried, GUESSER);
            tried++;
        }

        assertThat(tried).isEqualTo(LoginThrottle.ADDRESS_FAILURES);
        assertThat(throttle.refusal("someone-else", GUESSER)).isPresent();
        assertThat(throttle.refusal("someone-else", OWNER_ADDRESS)).isEmpty();
    }

    @Test
    void shouldLetOnlyTheUsualAddressesTryAnAccountGuessedFromManyAddresses() {
        assertThat(attempt("carla", OWNER_ADDRESS, true)).isTrue();
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
            attempt("carla", "203.0." + (i / 250) + "." + (i % 250), false);
        }

        assertThat(throttle.refusal("carla", "198.51.100.99")).isPresent();
        assertThat(attempt("carla", OWNER_ADDRESS, true)).isTrue();
    }

    @Test
    void shouldShareTheStateBetweenInstances() {
        var second = new LoginThrottle(new LoginThrottleStore(database), clock);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("dirk", GUESSER);
        }

        assertThat(second.refusal("dirk", GUESSER)).isPresent();
        assertThat(second.refusal("DIRK ", GUESSER)).as("the username as typed").isPresent();
    }

    @Test
    void shouldForgetAPairsFailuresAfterASuccess() {
        throttle.failed("eva", OWNER_ADDRESS);
        throttle.failed("eva", OWNER_ADDRESS);
        assertThat(attempt("eva", OWNER_ADDRESS, true)).isTrue();
        throttle.failed("eva", OWNER_ADDRESS);
        throttle.failed("eva", OWNER_ADDRESS);

        assertThat(throttle.refusal("eva", OWNER_ADDRESS)).isEmpty();
    }

    @Test
    void shouldLogFailuresAndRefusalsWithUserAndAddress() {
        var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(LoginThrottle.class);
        var appender = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        try {
            for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
                attempt("fred\u001b[2J", GUESSER, false);
            }
        } finally {
            logger.detachAppender(appender);
        }

        var lines = appender.list.stream()
                .map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .toList();
        assertThat(lines)
                .hasSize(LoginThrottle.FREE_FAILURES + 1)
                .startsWith("Login failed for user 'fred\\u001b[2j' from " + GUESSER);
        assertThat(lines.get(LoginThrottle.FREE_FAILURES))
                .startsWith("Login refused without checking the password for user 'fred\\u001b[2j' from " + GUESSER);
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
