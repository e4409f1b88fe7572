package nl.werkkracht.statdata.importer;

import java.util.List;

/**
 * A file that cannot be imported. The message names the file, the line (or record) and the field, as
 * in {@code "nama.csv line 1042: value 'abc' in column value is not a number"}. An import that throws
 * this stores nothing.
 *
 * <p>The message is for people: it is English (as every service message, translated for the pages by its
 * {@link #code()} where it has one), never longer than {@value #MAX_REASON} characters for the reason, and
 * with every control character of the file escaped ({@link Echo}).
 */
public final class ImportException extends RuntimeException {

    /** The longest reason kept. */
    static final int MAX_REASON = 500;

    private final String file;
    private final long line;
    private final String field;
    private final String reason;
    private String code = "";
    private List<String> arguments = List.of();

    /**
     * @param file the file name (or table id / URL) as the user gave it
     * @param line 1-based line or record number, 0 when the error concerns the whole file
     * @param field the column or field name, empty when none applies
     * @param reason what is wrong, without file and line
     */
    public ImportException(String file, long line, String field, String reason) {
        super(format(Echo.shorten(file, 200), line, Echo.shorten(reason, MAX_REASON)));
        this.file = Echo.shorten(file, 200);
        this.line = line;
        this.field = field == null ? "" : Echo.shorten(field, Echo.MAX);
        this.reason = Echo.shorten(reason, MAX_REASON);
    }

    public ImportException(String file, long line, String field, String reason, Throwable cause) {
        this(file, line, field, reason);
        initCause(cause);
    }

    private static String format(String file, long line, String reason) {
        return line > 0 ? file + " line " + line + ": " + reason : file + ": " + reason;
    }

    /**
     * Names the kind of problem for translation ({@code problem.import.<code>} with the arguments), e.g.
     * {@code not-utf8}; returns this exception.
     */
    public ImportException code(String code, String... arguments) {
        this.code = code == null ? "" : code;
        this.arguments = List.of(arguments);
        return this;
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

    /** The kind of problem, empty when the message has no translation key. */
    public String code() {
        return code;
    }

    /** The arguments of the translated message, already shortened and cleaned. */
    public List<String> arguments() {
        return arguments;
    }
}
