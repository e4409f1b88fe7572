package nl.werkkracht.app.statistics;

/**
 * A request the statistics cannot answer, with a one-line reason a user can act on (e.g. which data
 * are missing and which table to import). Not a bug: the CLI prints the message and exits non-zero.
 */
public final class StatisticsException extends RuntimeException {
    public StatisticsException(String message) {
        super(message);
    }
}
