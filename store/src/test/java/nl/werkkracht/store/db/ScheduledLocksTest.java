package nl.werkkracht.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduled work runs once across instances: one holder at a time, free again when the lock runs out. */
class ScheduledLocksTest {

    @TempDir
    Path dir;

    @Test
    void shouldLetOneHolderAtATimeHaveAJob() {
        try (Database database = Database.open(DatabaseConfig.embedded(dir))) {
            Instant t0 = Instant.parse("2026-12-07T10:00:00Z");
            var a = new ScheduledLocks(database, Clock.fixed(t0, ZoneOffset.UTC), "a");
            var b = new ScheduledLocks(database, Clock.fixed(t0.plusSeconds(30), ZoneOffset.UTC), "b");
            var bLater = new ScheduledLocks(database, Clock.fixed(t0.plusSeconds(61), ZoneOffset.UTC), "b");

            assertThat(a.tryLock("job", Duration.ofMinutes(1))).isTrue();
            assertThat(b.tryLock("job", Duration.ofMinutes(1))).isFalse();
            assertThat(b.tryLock("other-job", Duration.ofMinutes(1))).isTrue();
            assertThat(bLater.tryLock("job", Duration.ofMinutes(1)))
                    .as("after a's lock ran out")
                    .isTrue();

            bLater.unlock("job", t0);
            assertThat(a.tryLock("job", Duration.ofMinutes(1)))
                    .as("a's clock is before b's unlock time")
                    .isFalse();
            var aLater = new ScheduledLocks(database, Clock.fixed(t0.plusSeconds(62), ZoneOffset.UTC), "a");
            assertThat(aLater.tryLock("job", Duration.ofMinutes(1))).isTrue();
        }
    }
}
