package nl.werkkracht.statdata.importer;

/**
 * A file that cannot be imported. The message names the file, the line (or record) and the field, as
 * in {@code "nama.csv line 1042: value 'abc' in column value is not a number"}. An import that throws
 * this stores nothing.
 */
public final class ImportException extends RuntimeException {

    private final String file;
    private final long line;
    private final String field;
    private final String reason;

    /**
     * @param file the file name (or table id / URL) as the user gave it
     * @param line 1-based line or record number, 0 when the error concerns the whole file
     * @param field the column or field name, empty when none applies
     * @param reason what is wrong, without file and line
     */
    public ImportException(String file, long line, String field, String reason) {
        super(format(file, line, reason));
        this.file = file;
        this.line = line;
        this.field = field == null ? "" : field;
        this.reason = reason;
    }

    public ImportException(String file, long line, String field, String reason, Throwable cause) {
        this(file, line, field, reason);
        initCause(cause);
    }

    private static String format(String file, long line, String reason) {
        return line > 0 ? file + " line " + line + ": " + reason : file + ": " + reason;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
