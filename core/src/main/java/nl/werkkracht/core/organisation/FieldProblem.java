package nl.werkkracht.core.organisation;

import java.util.Objects;

/** What is wrong with one input field: {@code hoursWorked}: "must not be negative". */
public record FieldProblem(String field, String message) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + " " + message;
    }
}
