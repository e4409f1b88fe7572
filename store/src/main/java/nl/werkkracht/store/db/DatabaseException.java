package nl.werkkracht.store.db;

/**
 * The database failed in a way the caller cannot fix by changing its input: it cannot be reached, its
 * schema cannot be migrated, or a statement failed. The message says which database and what failed;
 * the cause holds the driver's exception.
 */
public final class DatabaseException extends RuntimeException {

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
