package nl.werkkracht.app.monitor;

/** An export of a table the monitor does not have: HTTP 404. */
final class UnknownTableException extends RuntimeException {
    UnknownTableException(String table) {
        super("the monitor has no table named '" + table + "'");
    }
}
