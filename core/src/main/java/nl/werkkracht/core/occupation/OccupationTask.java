package nl.werkkracht.core.occupation;

import java.util.Objects;

/**
 * One task of an ISCO-08 occupation as the ILO scored it (Gmyrek et al. 2025).
 *
 * @param number the task's number within the occupation (the ILO's {@code taskID}, from 1)
 * @param text the ISCO-08 task description, English as in the source
 * @param score the 2025 exposure score: 0 = current generative AI could not perform the task, 1 = it
 *     could entirely; in [0, 1]
 */
public record OccupationTask(int number, String text, double score) {

    public OccupationTask {
        if (number < 1) {
            throw new IllegalArgumentException("task number must be 1 or more, got " + number);
        }
        Objects.requireNonNull(text, "text");
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("task " + number + " has no text");
        }
        requireScore("score of task " + number, score);
    }

    static void requireScore(String what, double score) {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException(what + " must lie in [0, 1], got " + score);
        }
    }
}
