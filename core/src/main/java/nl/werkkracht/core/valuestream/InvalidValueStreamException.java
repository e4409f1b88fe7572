package nl.werkkracht.core.valuestream;

import java.util.Objects;

/**
 * A value stream or one of its steps was described wrongly. Names the field as a path into the value
 * stream, with steps counted from 0 as in a JSON array, and says what is wrong: {@code
 * steps[2].processMinutes must not be negative}. The {@link Reason} lets a page say the same in the
 * user's language.
 */
public final class InvalidValueStreamException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What can be wrong with a field; {@link #text} is the English wording of the message. */
    public enum Reason {
        REQUIRED("is required"),
        EMPTY("must not be empty"),
        TOO_LONG("must have at most %d characters"),
        NOT_A_NUMBER("must be a number"),
        NEGATIVE("must not be negative"),
        UNKNOWN_CLASSIFICATION("must be VALUE_ADDING, NECESSARY or WASTE"),
        UNKNOWN_WASTE_TYPE("must be OVERPRODUCTION, WAITING, TRANSPORT, OVER_PROCESSING, INVENTORY, MOTION,"
                + " DEFECTS or UNUSED_TALENT"),
        WASTE_TYPE_REQUIRED("is required for a WASTE step"),
        WASTE_TYPE_NOT_ALLOWED("must be empty unless the classification is WASTE"),
        NO_STEPS("must contain at least one step"),
        TOO_MANY_STEPS("must contain at most %d steps");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** The English wording, with {@code limit} filled in where the reason has one. */
        public String text(int limit) {
            return text.contains("%d") ? String.format(java.util.Locale.ROOT, text, limit) : text;
        }
    }

    private final String field;
    private final Reason reason;
    private final int limit;

    /**
     * @param field the field's path, e.g. {@code name} or {@code steps[2].wasteType}
     * @param reason what is wrong with it
     */
    public InvalidValueStreamException(String field, Reason reason) {
        this(field, reason, 0);
    }

    /** @param limit the maximum a {@link Reason#TOO_LONG} or {@link Reason#TOO_MANY_STEPS} exceeds */
    public InvalidValueStreamException(String field, Reason reason, int limit) {
        super(Objects.requireNonNull(field, "field") + " "
                + Objects.requireNonNull(reason, "reason").text(limit));
        this.field = field;
        this.reason = reason;
        this.limit = limit;
    }

    /** The field's path, e.g. {@code steps[2].wasteType}. */
    public String field() {
        return field;
    }

    /** What is wrong. */
    public Reason reason() {
        return reason;
    }

    /** The maximum that was exceeded ({@link Reason#TOO_LONG}, {@link Reason#TOO_MANY_STEPS}); else 0. */
    public int limit() {
        return limit;
    }

    /** What is wrong in English, without the field, e.g. {@code must not be negative}. */
    public String problem() {
        return reason.text(limit);
    }

    /**
     * The step index in the field's path ({@code 2} for {@code steps[2].role}); -1 for a field of the
     * value stream itself.
     */
    public int stepIndex() {
        if (!field.startsWith("steps[")) {
            return -1;
        }
        int close = field.indexOf(']');
        return close < 0 ? -1 : Integer.parseInt(field.substring("steps[".length(), close));
    }

    /** The field's name within its step or stream: {@code role} for {@code steps[2].role}. */
    public String fieldName() {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }

    /** The same problem for the step at {@code index} (from 0) of a value stream's steps. */
    public InvalidValueStreamException atStep(int index) {
        var located = new InvalidValueStreamException("steps[" + index + "]." + field, reason, limit);
        located.initCause(this);
        return located;
    }
}
