package nl.werkkracht.core.policy;

/**
 * The phases of the yearly policy cycle the SER asks for (METHODS.md §15), in order: monitor productivity,
 * formulate policy questions and commission research, formulate recommendations, implement, evaluate.
 */
public enum Phase {
    MONITOR,
    QUESTIONS,
    RECOMMENDATIONS,
    IMPLEMENTATION,
    EVALUATION
}
