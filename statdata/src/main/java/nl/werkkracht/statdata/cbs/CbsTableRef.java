package nl.werkkracht.statdata.cbs;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CBS StatLine table as the command line spells it: {@code cbs:84419NED}. Table identifiers are digits and
 * letters ({@code 84419NED}, {@code 80137ned}, {@code 7124ned}); their case is kept because CBS URLs and the
 * saved responses use it as published.
 *
 * @param tableId the StatLine identifier, e.g. {@code 84419NED}
 */
public record CbsTableRef(String tableId) {

    private static final String PREFIX = "cbs:";
    private static final Pattern TABLE_ID = Pattern.compile("[0-9A-Za-z]{4,16}");

    public CbsTableRef {
        Objects.requireNonNull(tableId, "tableId");
        if (!TABLE_ID.matcher(tableId).matches()) {
            throw new IllegalArgumentException(
                    "'" + tableId + "' is not a CBS table identifier (digits and letters, e.g. 84419NED)");
        }
    }

    /**
     * Parses {@code cbs:84419NED} (the prefix is case-insensitive) or a bare identifier {@code 84419NED}.
     *
     * @throws IllegalArgumentException when the text is not a table reference
     */
    public static CbsTableRef parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        if (t.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            t = t.substring(PREFIX.length()).trim();
        }
        return new CbsTableRef(t);
    }

    /** Whether {@code text} looks like a CBS table reference ({@code cbs:…}), e.g. to pick the importer. */
    public static boolean matches(String text) {
        return text != null && text.trim().regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    @Override
    public String toString() {
        return PREFIX + tableId;
    }
}
