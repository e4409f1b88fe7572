package nl.werkkracht.core.techimpact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A role of an organisation (issue 13): who does the work in its value streams, how many people, how many
 * hours a year, and which ISCO-08 occupation it belongs to, with the occupation's tasks it really does.
 *
 * @param name trimmed, 1 to {@value #MAX_NAME_LENGTH} characters; unique within the organisation ignoring case
 * @param people the number of people in the role, 1 to {@value #MAX_PEOPLE}
 * @param hoursPerYear hours worked in the role per year by all its people together, finite and not negative
 * @param isco the 4-digit ISCO-08 unit group
 * @param tasks the occupation's tasks the role does and their time shares (each in (0, 1], together at most
 *     1); empty: not marked yet
 * @throws IllegalArgumentException naming the field: {@code name}, {@code people}, {@code hoursPerYear},
 *     {@code isco}, {@code tasks}
 */
public record WorkRole(String name, int people, double hoursPerYear, String isco, List<TaskShare> tasks) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_PEOPLE = 100_000;

    public WorkRole {
        if (name == null || name.isBlank()) {
            throw new InvalidRoleException("name", "must not be empty");
        }
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidRoleException("name", "must have at most " + MAX_NAME_LENGTH + " characters");
        }
        if (people < 1 || people > MAX_PEOPLE) {
            throw new InvalidRoleException("people", "must lie between 1 and " + MAX_PEOPLE);
        }
        if (!Double.isFinite(hoursPerYear) || hoursPerYear < 0) {
            throw new InvalidRoleException("hoursPerYear", "must be a number, not negative");
        }
        if (isco == null || !isco.strip().matches("\\d{4}")) {
            throw new InvalidRoleException("isco", "must be a 4-digit ISCO-08 code");
        }
        isco = isco.strip();
        Objects.requireNonNull(tasks, "tasks");
        var seen = new HashSet<Integer>();
        double sum = 0;
        for (TaskShare t : tasks) {
            if (!seen.add(t.task())) {
                throw new InvalidRoleException("tasks", "task " + t.task() + " appears twice");
            }
            sum += t.share();
        }
        if (sum > 1 + 1e-9) {
            throw new InvalidRoleException("tasks", "the time shares add up to more than 100 %");
        }
        tasks = List.copyOf(new ArrayList<>(tasks));
    }

    /** A wrong field of a role. */
    public static final class InvalidRoleException extends IllegalArgumentException {
        private final String field;

        public InvalidRoleException(String field, String reason) {
            super(field + " " + reason);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
