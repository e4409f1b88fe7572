package nl.werkkracht.core.techimpact;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A kind of task that a technology application works on ("writing and documenting", "scheduling"),
 * recognised in the ISCO-08 task descriptions of the ILO file by word stems. The ILO file scores tasks
 * but does not type them; the types and their stems are Werkkracht's catalogue data (ADR 0023), and a
 * user always confirms or corrects which of a role's tasks an application touches.
 *
 * @param id short identifier ("writing")
 * @param stems lower-case word stems; a task is of this type when a word of its text starts with one of them
 *     ("schedul" matches "scheduling", not "rescheduling"; a stem may span words: "maintain records")
 */
public record TaskType(String id, List<String> stems) {

    public TaskType {
        if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("task type id must be lower-case letters, digits, '-': " + id);
        }
        Objects.requireNonNull(stems, "stems");
        if (stems.isEmpty()) {
            throw new IllegalArgumentException("task type " + id + " needs at least one word stem");
        }
        stems = stems.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether an ISCO-08 task description is of this type. */
    public boolean matches(String taskText) {
        String text = " " + taskText.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
        return stems.stream().anyMatch(stem -> text.contains(" " + stem));
    }
}
