package nl.werkkracht.store.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import nl.werkkracht.store.db.Database;

/**
 * Failed look-ups of invitation tokens per client and fixed time window, kept in the database so that
 * every instance on the same database counts together (issue 14). A window is named by its start in
 * milliseconds since the epoch; the caller chooses the window length and the client key (a hash of the
 * address, never the address itself). Every method is one short transaction.
 */
public final class LookupFailures {

    private static final String READ =
            "SELECT failures FROM public_lookup_failure WHERE client_key = ? AND window_start = ?";
    private static final String ADD =
            "UPDATE public_lookup_failure SET failures = failures + 1 WHERE client_key = ? AND window_start = ?";
    private static final String FIRST =
            "INSERT INTO public_lookup_failure (client_key, window_start, failures) VALUES (?, ?, 1)";
    private static final String FORGET = "DELETE FROM public_lookup_failure WHERE window_start < ?";

    private final Database database;

    public LookupFailures(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The failures counted for {@code client} in the window starting at {@code windowStart}; 0 if none. */
    public int failures(String client, long windowStart) {
        return database.inTransaction(connection -> {
            try (PreparedStatement read = connection.prepareStatement(READ)) {
                read.setString(1, client);
                read.setLong(2, windowStart);
                try (ResultSet rs = read.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * Counts one more failure of {@code client} in the window starting at {@code windowStart}. Safe when
     * several instances count the same client at once: a lost race to insert the first row becomes an
     * increment.
     *
     * @return the failures in that window, this one included
     */
    public int add(String client, long windowStart) {
        for (int attempt = 0; ; attempt++) {
            try {
                database.inTransaction(connection -> {
                    if (increment(connection, client, windowStart) == 0) {
                        try (PreparedStatement insert = connection.prepareStatement(FIRST)) {
                            insert.setString(1, client);
                            insert.setLong(2, windowStart);
                            insert.executeUpdate();
                        }
                    }
                    return null;
                });
                return failures(client, windowStart);
            } catch (RuntimeException e) {
                if (attempt >= 2) {
                    throw e;
                }
                // another instance inserted the window's first row between our update and insert: try again
            }
        }
    }

    private static int increment(Connection connection, String client, long windowStart) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(ADD)) {
            update.setString(1, client);
            update.setLong(2, windowStart);
            return update.executeUpdate();
        }
    }

    /**
     * Deletes the counts of windows that started before {@code windowStart}.
     *
     * @return how many rows were deleted
     */
    public int forgetBefore(long windowStart) {
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(FORGET)) {
                delete.setLong(1, windowStart);
                return delete.executeUpdate();
            }
        });
    }
}
