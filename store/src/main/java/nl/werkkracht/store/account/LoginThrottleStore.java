package nl.werkkracht.store.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.store.db.Database;

/**
 * Failed and successful logins per username and client address, in the database so that every instance of
 * the platform sees the same ({@code login_failure}, {@code login_success}). Keys are normalised by the
 * caller; nothing here holds a password.
 */
public final class LoginThrottleStore {

    private final Database database;

    public LoginThrottleStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * The failures since {@code since}: of the pair, of the address (any username), of the username (any
     * address), and the latest of the pair.
     */
    public record Failures(int pair, int address, int account, Optional<Instant> lastOfPair) {}

    public Failures failures(String username, String address, Instant since) {
        return database.inTransaction(c -> new Failures(
                count(
                        c,
                        "SELECT COUNT(*) FROM login_failure WHERE username = ? AND client_address = ? AND failed_at > ?",
                        username,
                        address,
                        since),
                count(
                        c,
                        "SELECT COUNT(*) FROM login_failure WHERE client_address = ? AND failed_at > ?",
                        address,
                        since),
                count(c, "SELECT COUNT(*) FROM login_failure WHERE username = ? AND failed_at > ?", username, since),
                last(c, username, address, since)));
    }

    public void recordFailure(String username, String address, Instant at) {
        database.inTransaction(c -> update(
                c,
                "INSERT INTO login_failure (username, client_address, failed_at) VALUES (?, ?, ?)",
                username,
                address,
                at));
    }

    /** Forgets the pair's failures and remembers the address as one the user logs in from. */
    public void recordSuccess(String username, String address, Instant at) {
        database.inTransaction(c -> {
            update(c, "DELETE FROM login_failure WHERE username = ? AND client_address = ?", username, address);
            if (update(
                            c,
                            "UPDATE login_success SET last_succeeded_at = ? WHERE username = ? AND client_address = ?",
                            at,
                            username,
                            address)
                    == 0) {
                update(
                        c,
                        "INSERT INTO login_success (username, client_address, last_succeeded_at) VALUES (?, ?, ?)",
                        username,
                        address,
                        at);
            }
            return null;
        });
    }

    /** Whether {@code username} logged in successfully from {@code address} after {@code since}. */
    public boolean knownAddress(String username, String address, Instant since) {
        return database.inTransaction(c -> count(
                        c,
                        "SELECT COUNT(*) FROM login_success WHERE username = ? AND client_address = ?"
                                + " AND last_succeeded_at > ?",
                        username,
                        address,
                        since)
                > 0);
    }

    /** Deletes failures from before {@code before} and successes from before {@code successesBefore}. */
    public int prune(Instant before, Instant successesBefore) {
        return database.inTransaction(c -> update(c, "DELETE FROM login_failure WHERE failed_at < ?", before)
                + update(c, "DELETE FROM login_success WHERE last_succeeded_at < ?", successesBefore));
    }

    private static Optional<Instant> last(Connection c, String username, String address, Instant since)
            throws SQLException {
        try (PreparedStatement s = prepare(
                        c,
                        "SELECT MAX(failed_at) FROM login_failure WHERE username = ? AND client_address = ?"
                                + " AND failed_at > ?",
                        username,
                        address,
                        since);
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return Optional.ofNullable(rows.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
        }
    }

    private static int count(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, values);
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, values)) {
            return s.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... values) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            s.setObject(i + 1, v instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : v);
        }
        return s;
    }
}
