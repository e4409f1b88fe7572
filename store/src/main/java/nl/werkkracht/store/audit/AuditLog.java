package nl.werkkracht.store.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import nl.werkkracht.store.db.Database;

/**
 * The audit log: who viewed or changed which organisation's data. Lines are only ever added, except that
 * deleting an organisation's data also deletes its lines ({@link #forget}) and leaves one line saying
 * that it was deleted.
 */
public final class AuditLog {

    private static final int MAX_DETAIL = 500;

    private final Database database;
    private final Clock clock;

    public AuditLog(Database database) {
        this(database, Clock.systemUTC());
    }

    public AuditLog(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Adds a line.
     *
     * @param action dotted lower case, e.g. {@code scan.created}
     * @param detail what exactly; cut to 500 characters
     */
    public void record(String username, long organisationId, String action, String detail) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(action, "action");
        String d = detail == null ? "" : detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_event (at, username, organisation_id, action, detail) VALUES (?, ?, ?, ?, ?)")) {
                insert.setObject(
                        1, OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
                insert.setString(2, username.length() > 64 ? username.substring(0, 64) : username);
                insert.setLong(3, organisationId);
                insert.setString(4, action);
                insert.setString(5, d);
                return insert.executeUpdate();
            }
        });
    }

    /** The most recent lines about one organisation, newest first. */
    public List<AuditEvent> ofOrganisation(long organisationId, int limit) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    """
                    SELECT id, at, username, organisation_id, action, detail FROM audit_event
                    WHERE organisation_id = ? ORDER BY at DESC, id DESC
                    """)) {
                select.setLong(1, organisationId);
                select.setMaxRows(Math.max(1, limit));
                List<AuditEvent> events = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long org = rows.getLong(4);
                        OptionalLong organisation = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(org);
                        events.add(new AuditEvent(
                                rows.getLong(1),
                                rows.getObject(2, OffsetDateTime.class).toInstant(),
                                rows.getString(3),
                                organisation,
                                rows.getString(5),
                                rows.getString(6)));
                    }
                }
                return events;
            }
        });
    }

    /** Deletes the lines about an organisation whose data was deleted; returns how many. */
    public int forget(long organisationId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM audit_event WHERE organisation_id = ?")) {
                delete.setLong(1, organisationId);
                return delete.executeUpdate();
            }
        });
    }
}
