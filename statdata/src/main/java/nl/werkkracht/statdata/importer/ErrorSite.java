package nl.werkkracht.statdata.importer;

/**
 * Where an importer is in its source, for error messages: a line of a text file ({@link SourceLines}) or a
 * place in a JSON document. {@link RecordChecks} and {@link CheckedDelivery} report through it.
 */
public interface ErrorSite {

    /** The file name as the user knows it. */
    String fileName();

    /** The 1-based line (or record) being read, 0 when none applies. */
    long lineNumber();

    /** An error at the current place, naming {@code field}. */
    ImportException error(String field, String reason);
}
