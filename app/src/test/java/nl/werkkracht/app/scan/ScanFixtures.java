package nl.werkkracht.app.scan;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.werkkracht.store.db.Database;
import org.springframework.context.ApplicationContext;

/** Test fixtures for scans that ran in the past. */
public final class ScanFixtures {

    private ScanFixtures() {}

    /**
     * Makes an answered, unpublished scan look as if it had closed at {@code closedAt} (for fixtures of
     * scans in earlier quarters); its results are published the next time they are asked for.
     */
    public static void closedAt(ApplicationContext context, long scanId, Instant closedAt) {
        int updated = context.getBean(Database.class).inTransaction(connection -> {
            try (var update = connection.prepareStatement("UPDATE scan SET closes_at = ? WHERE id = ?")) {
                update.setObject(1, OffsetDateTime.ofInstant(closedAt, ZoneOffset.UTC));
                update.setLong(2, scanId);
                return update.executeUpdate();
            }
        });
        if (updated != 1) {
            throw new IllegalArgumentException("no scan " + scanId);
        }
    }
}
