package nl.werkkracht.core.policy;

/** A policy question: still open, research commissioned, or answered. */
public enum QuestionStatus {
    OPEN,
    COMMISSIONED,
    ANSWERED
}
