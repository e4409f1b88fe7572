package nl.werkkracht.core.occupation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ILO's 2025 classification of an occupation by its generative-AI exposure (Gmyrek et al. 2025, ILO
 * Working Paper 140, column {@code potential25}): from occupations whose tasks are mostly beyond current
 * generative AI to occupations where most tasks are exposed. Taken from the source as published, never
 * recomputed: the ILO derives it from the mean and the spread of the task scores together.
 */
public enum ExposureGradient {
    NOT_EXPOSED("Not Exposed", 0),
    MINIMAL("Minimal Exposure", 1),
    GRADIENT_1("Exposed: Gradient 1", 2),
    GRADIENT_2("Exposed: Gradient 2", 3),
    GRADIENT_3("Exposed: Gradient 3", 4),
    GRADIENT_4("Exposed: Gradient 4", 5);

    private final String sourceLabel;
    private final int rank;

    ExposureGradient(String sourceLabel, int rank) {
        this.sourceLabel = sourceLabel;
        this.rank = rank;
    }

    /** The label exactly as the ILO file writes it. */
    public String sourceLabel() {
        return sourceLabel;
    }

    /** 0 (not exposed) to 5 (gradient 4): higher is more exposed. */
    public int rank() {
        return rank;
    }

    /** Whether the ILO counts the occupation as exposed (one of the four gradients). */
    public boolean exposed() {
        return rank >= GRADIENT_1.rank;
    }

    /** The gradient with the ILO's label, ignoring surrounding space and case. */
    public static Optional<ExposureGradient> fromSourceLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String wanted = label.strip();
        return Arrays.stream(values())
                .filter(g -> g.sourceLabel.equalsIgnoreCase(wanted))
                .findFirst();
    }
}
