package nl.werkkracht.store.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.core.policy.QuestionStatus;

/** A policy question: who answers it, by when, and the result. */
public record QuestionData(
        String question, String answeredBy, Optional<LocalDate> due, String result, QuestionStatus status) {
    public QuestionData {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answeredBy, "answeredBy");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(status, "status");
    }
}
