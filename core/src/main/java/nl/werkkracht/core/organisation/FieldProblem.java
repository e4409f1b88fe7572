package nl.werkkracht.core.organisation;

import java.util.List;
import java.util.Objects;

/**
 * What is wrong with one input field: {@code hoursWorked}: "must not be negative".
 *
 * @param field the field's name as the API names it, e.g. {@code hoursWorked} or {@code steps[2].role}
 * @param message what is wrong, in English (logs, scripts); pages show it in the user's language
 * @param code a message key for the user's language with {@code arguments} ({@code notation.AMBIGUOUS});
 *     empty when {@code message} is a fixed text, which then is its own key
 * @param arguments the values the message names (what was typed, the possible readings)
 */
public record FieldProblem(String field, String message, String code, List<Object> arguments)
        implements java.io.Serializable {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    /** A problem whose English message is a fixed text. */
    public FieldProblem(String field, String message) {
        this(field, message, "", List.of());
    }

    @Override
    public String toString() {
        return field + " " + message;
    }
}
