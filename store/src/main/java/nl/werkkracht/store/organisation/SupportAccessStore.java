package nl.werkkracht.store.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.store.db.Database;

/**
 * Support access that organisations grant to the platform's administrators for a limited time (ADR
 * 0015): at most one grant per organisation; a new grant replaces the old one; a grant past its end
 * grants nothing, without anybody having to remove it. Deleted with the organisation.
 *
 * <p>Every method is one transaction and throws a {@link nl.werkkracht.store.db.DatabaseException} when
 * the database fails.
 */
public final class SupportAccessStore {

    private static final String SELECT =
            """
            SELECT s.organisation_id, o.name, s.granted_by, s.granted_at, s.expires_at
              FROM support_access s
              JOIN organisation o ON o.id = s.organisation_id
             WHERE s.expires_at > ?
            """;

    private final Database database;
    private final Clock clock;

    public SupportAccessStore(Database database) {
        this(database, Clock.systemUTC());
    }

    /** @param clock tells when a grant starts and whether it has ended */
    public SupportAccessStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Grants support access from now for {@code period}, replacing an earlier grant.
     *
     * @return the grant; empty when there is no such organisation
     * @throws IllegalArgumentException when the period is not positive
     */
    public Optional<SupportGrant> grant(long organisationId, String grantedBy, Duration period) {
        Objects.requireNonNull(grantedBy, "grantedBy");
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("support access needs a positive period");
        }
        Instant now = now();
        return database.inTransaction(connection -> {
            delete(connection, organisationId);
            try (PreparedStatement insert = connection.prepareStatement(
                    """
                    INSERT INTO support_access (organisation_id, granted_by, granted_at, expires_at)
                    SELECT id, ?, ?, ? FROM organisation WHERE id = ?
                    """)) {
                insert.setString(1, grantedBy.length() > 64 ? grantedBy.substring(0, 64) : grantedBy);
                insert.setObject(2, timestamp(now));
                insert.setObject(3, timestamp(now.plus(period)));
                insert.setLong(4, organisationId);
                if (insert.executeUpdate() == 0) {
                    return Optional.<SupportGrant>empty();
                }
            }
            return active(connection, organisationId, now);
        });
    }

    /** Ends support access now; false when there was no grant (or only an ended one). */
    public boolean revoke(long organisationId) {
        Instant now = now();
        return database.inTransaction(connection -> {
            boolean wasActive = active(connection, organisationId, now).isPresent();
            delete(connection, organisationId);
            return wasActive;
        });
    }

    /** The organisation's grant while it lasts. */
    public Optional<SupportGrant> active(long organisationId) {
        Instant now = now();
        return database.inTransaction(connection -> active(connection, organisationId, now));
    }

    /** Every grant that lasts now, the soonest to end first (for the administrators' list). */
    public List<SupportGrant> active() {
        Instant now = now();
        return database.inTransaction(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement(SELECT + " ORDER BY s.expires_at, s.organisation_id")) {
                select.setObject(1, timestamp(now));
                return grants(select);
            }
        });
    }

    private static Optional<SupportGrant> active(Connection connection, long organisationId, Instant now)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " AND s.organisation_id = ?")) {
            select.setObject(1, timestamp(now));
            select.setLong(2, organisationId);
            return grants(select).stream().findFirst();
        }
    }

    private static List<SupportGrant> grants(PreparedStatement select) throws SQLException {
        List<SupportGrant> grants = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                grants.add(new SupportGrant(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getObject(4, OffsetDateTime.class).toInstant(),
                        rows.getObject(5, OffsetDateTime.class).toInstant()));
            }
        }
        return grants;
    }

    private static void delete(Connection connection, long organisationId) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM support_access WHERE organisation_id = ?")) {
            delete.setLong(1, organisationId);
            delete.executeUpdate();
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
