package nl.werkkracht.core.observation;

/** The status of an observation, after the flags statistical offices publish. */
public enum Status {
    /** Definitive figure (no flag). */
    DEFINITIVE(""),
    /** Provisional figure (flag {@code p}). */
    PROVISIONAL("p"),
    /** Estimated figure (flag {@code e}). */
    ESTIMATED("e"),
    /** Confidential: the value exists but is suppressed (flag {@code c}; CBS {@code x}); never a value. */
    CONFIDENTIAL("c"),
    /** Not available (Eurostat {@code :}; CBS {@code .}); never a value. */
    MISSING(":");

    private final String flag;

    Status(String flag) {
        this.flag = flag;
    }

    /** The flag as written in the Werkkracht CSV {@code status} column. */
    public String flag() {
        return flag;
    }

    /** Whether an observation with this status carries a value. */
    public boolean hasValue() {
        return this != CONFIDENTIAL && this != MISSING;
    }

    /**
     * Parses a status column: empty or {@code d}/{@code definitive} = definitive, {@code p}, {@code e},
     * {@code c}, {@code :} or {@code missing}; returns null when unknown so the caller can report the
     * line and field.
     */
    public static Status parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "", "d", "definitive" -> DEFINITIVE;
            case "p", "provisional" -> PROVISIONAL;
            case "e", "estimated" -> ESTIMATED;
            case "c", "x", "confidential" -> CONFIDENTIAL;
            case ":", ".", "m", "missing" -> MISSING;
            default -> null;
        };
    }
}
