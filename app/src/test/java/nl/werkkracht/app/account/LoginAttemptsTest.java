package nl.werkkracht.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    private final MovingClock clock = new MovingClock();
    private final LoginAttempts attempts = new LoginAttempts(clock);

    @Test
    void shouldLockAUsernameAtTheFifthFailureWithinFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("anna");
            clock.advance(Duration.ofMinutes(3));
        }
        boolean afterFour = attempts.isLocked("anna");

        attempts.failed("anna");

        assertThat(afterFour).isFalse();
        assertThat(attempts.isLocked("anna")).isTrue();
        assertThat(attempts.isLocked("bert")).isFalse();
    }

    @Test
    void shouldUnlockWhenTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            attempts.failed("anna");
        }
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        boolean justBefore = attempts.isLocked("anna");
        clock.advance(Duration.ofSeconds(1));

        assertThat(justBefore).isTrue();
        assertThat(attempts.isLocked("anna")).isFalse();
    }

    @Test
    void shouldNotCountFailuresOlderThanTheWindow() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("anna");
        }
        clock.advance(Duration.ofMinutes(16));
        attempts.failed("anna");

        assertThat(attempts.isLocked("anna")).isFalse();
    }

    @Test
    void shouldTreatUsernamesAsTheLoginDoesIgnoringCaseAndBlanks() {
        for (int i = 0; i < 5; i++) {
            attempts.failed(i % 2 == 0 ? "Anna" : " anna ");
        }

        assertThat(attempts.isLocked("ANNA")).isTrue();
    }

    @Test
    void shouldForgetFailuresAfterASuccessfulLogin() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("anna");
        }
        attempts.succeeded("anna");
        attempts.failed("anna");

        assertThat(attempts.isLocked("anna")).isFalse();
    }

    @Test
    void shouldStayUsableWhenFloodedWithRandomUsernames() {
        for (int i = 0; i <= LoginAttempts.PRUNE_ABOVE + 1; i++) {
            attempts.failed("random-" + i);
        }
        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 5; i++) {
            attempts.failed("anna");
        }

        assertThat(attempts.trackedUsernames()).isEqualTo(1);
        assertThat(attempts.isLocked("anna")).isTrue();
        assertThat(attempts.isLocked("random-1")).isFalse();
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
