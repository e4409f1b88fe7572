package nl.werkkracht.core.techimpact;

import java.util.List;
import java.util.Objects;

/**
 * A technology application an organisation considers (a catalogue entry, or one the user describes).
 *
 * @param id short identifier ("genai-writing"; "own" for a user's own description)
 * @param nameNl the Dutch name
 * @param nameEn the English name
 * @param kind generative AI, other software automation, or robotics: the ILO scores measure exposure to
 *     generative AI only, so for the other kinds the task match matters and the scores are context
 * @param taskTypes the task types the application touches, at least one
 */
public record TechnologyApplication(String id, String nameNl, String nameEn, Kind kind, List<TaskType> taskTypes) {

    /** What kind of technology. */
    public enum Kind {
        GENERATIVE_AI,
        SOFTWARE_AUTOMATION,
        ROBOTICS
    }

    public TechnologyApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameNl, "nameNl");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
        if (taskTypes == null || taskTypes.isEmpty()) {
            throw new IllegalArgumentException("application " + id + " must touch at least one task type");
        }
        taskTypes = List.copyOf(taskTypes);
    }

    /** Whether the application touches a task with this description (one of its task types matches). */
    public boolean touches(String taskText) {
        return taskTypes.stream().anyMatch(t -> t.matches(taskText));
    }

    /** Whether the ILO's generative-AI scores measure this application's kind directly. */
    public boolean scoredByIlo() {
        return kind == Kind.GENERATIVE_AI;
    }
}
