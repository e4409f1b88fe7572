package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicRateLimitTest {

    /** A clock the test sets by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

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

    private final HandClock clock = new HandClock();
    private final PublicRateLimit limit = new PublicRateLimit(3, clock);

    @Test
    void shouldAllowTheLimitPerMinuteAndThenSayHowLongToWait() {
        assertThat(limit.acquire("10.0.0.1")).isEmpty();
        clock.now = clock.now.plusSeconds(10);
        assertThat(limit.acquire("10.0.0.1")).isEmpty();
        assertThat(limit.acquire("10.0.0.1")).isEmpty();

        assertThat(limit.acquire("10.0.0.1")).hasValue(Duration.ofSeconds(50));
    }

    @Test
    void shouldCountEveryClientApart() {
        for (int i = 0; i < 3; i++) {
            limit.acquire("10.0.0.1");
        }

        assertThat(limit.acquire("10.0.0.1")).isPresent();
        assertThat(limit.acquire("10.0.0.2")).isEmpty();
    }

    @Test
    void shouldStartAFreshWindowAfterAMinute() {
        for (int i = 0; i < 4; i++) {
            limit.acquire("10.0.0.1");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(1));

        assertThat(limit.acquire("10.0.0.1")).isEmpty();
    }

    @Test
    void shouldAskToWaitAtLeastOneSecond() {
        for (int i = 0; i < 3; i++) {
            limit.acquire("10.0.0.1");
        }
        clock.now = clock.now.plusMillis(59_900);

        assertThat(limit.acquire("10.0.0.1")).hasValue(Duration.ofSeconds(1));
    }

    @Test
    void shouldForgetEndedWindowsWhenManyClientsAreRemembered() {
        for (int i = 0; i <= PublicRateLimit.CLEANUP_ABOVE; i++) {
            limit.acquire("client-" + i);
        }
        clock.now = clock.now.plus(Duration.ofMinutes(2));

        limit.acquire("late");

        assertThat(limit.acquire("client-1")).isEmpty();
        assertThatThrownBy(() -> new PublicRateLimit(0, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
