package nl.werkkracht.store.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Locks that let scheduled work run once across several instances on one database (issue 14, ADR 0027),
 * in the manner of ShedLock: a job's row in {@code scheduled_lock} holds the time until which it is
 * taken. {@link #tryLock} takes the job only when that time has passed, with one conditional UPDATE (or
 * the INSERT of the job's first row), so of several instances trying at once exactly one wins. A job that
 * dies with its instance is free again when its lock runs out; one that ends calls {@link #unlock}.
 */
public final class ScheduledLocks {

    private static final String TAKE =
            "UPDATE scheduled_lock SET locked_until = ?, locked_at = ?, locked_by = ? WHERE name = ? AND locked_until <= ?";
    private static final String FIRST =
            "INSERT INTO scheduled_lock (name, locked_until, locked_at, locked_by) VALUES (?, ?, ?, ?)";
    private static final String RELEASE =
            "UPDATE scheduled_lock SET locked_until = ? WHERE name = ? AND locked_by = ? AND locked_until >= ?";

    private final Database database;
    private final Clock clock;
    private final String holder;

    /** @param holder who takes the locks (an instance's name and a random part), kept in the row */
    public ScheduledLocks(Database database, Clock clock, String holder) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.holder = Objects.requireNonNull(holder, "holder");
    }

    /**
     * Takes the job {@code name} for at most {@code atMost}.
     *
     * @return whether this instance has the job now
     */
    public boolean tryLock(String name, Duration atMost) {
        long now = clock.millis();
        long until = now + atMost.toMillis();
        try {
            return database.inTransaction(connection -> {
                try (PreparedStatement take = connection.prepareStatement(TAKE)) {
                    take.setLong(1, until);
                    take.setLong(2, now);
                    take.setString(3, holder);
                    take.setString(4, name);
                    take.setLong(5, now);
                    if (take.executeUpdate() == 1) {
                        return true;
                    }
                }
                if (exists(connection, name)) {
                    return false;
                }
                try (PreparedStatement first = connection.prepareStatement(FIRST)) {
                    first.setString(1, name);
                    first.setLong(2, until);
                    first.setLong(3, now);
                    first.setString(4, holder);
                    return first.executeUpdate() == 1;
                }
            });
        } catch (DatabaseException e) {
            // another instance inserted the job's first row at the same moment: it has the job
            return false;
        }
    }

    private static boolean exists(java.sql.Connection connection, String name) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT 1 FROM scheduled_lock WHERE name = ?")) {
            read.setString(1, name);
            try (var rs = read.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Frees the job {@code name} if this holder has it: from {@code notBefore} on (or now, if that passed)
     * another instance may take it. Keeping a finished job locked until about its next run stops another
     * instance, whose timer fires a little later, from running it again at once.
     */
    public void unlock(String name, java.time.Instant notBefore) {
        long now = clock.millis();
        long free = Math.max(now, notBefore.toEpochMilli());
        database.inTransaction(connection -> {
            try (PreparedStatement release = connection.prepareStatement(RELEASE)) {
                release.setLong(1, free);
                release.setString(2, name);
                release.setString(3, holder);
                release.setLong(4, now);
                return release.executeUpdate();
            }
        });
    }

    /** Who takes the locks. */
    public String holder() {
        return holder;
    }
}
