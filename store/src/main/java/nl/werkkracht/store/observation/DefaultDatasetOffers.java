package nl.werkkracht.store.observation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import nl.werkkracht.store.db.Database;

/**
 * Which shipped default datasets a database has been offered, so that a default added in a later release
 * is loaded once on upgrade and a user's deletion or own dataset of the same name is respected.
 */
public final class DefaultDatasetOffers {

    /** What happened when a default dataset was offered. */
    public enum Outcome {
        LOADED,
        NAME_TAKEN
    }

    private final Database database;

    public DefaultDatasetOffers(Database database) {
        this.database = database;
    }

    /** The names of the defaults offered so far. */
    public Set<String> offered() {
        return database.inTransaction(c -> {
            var out = new HashSet<String>();
            try (PreparedStatement s = c.prepareStatement("SELECT name FROM default_dataset_offer");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    /** Records that a default dataset was offered. */
    public void record(String name, Outcome outcome, Instant at) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO default_dataset_offer (name, outcome, offered_at) VALUES (?, ?, ?)")) {
                s.setString(1, name);
                s.setString(2, outcome.name());
                s.setTimestamp(3, Timestamp.from(at));
                s.executeUpdate();
            }
            return null;
        });
    }
}
