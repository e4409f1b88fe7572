package nl.werkkracht.core.occupation;

import java.util.List;
import java.util.Objects;

/**
 * An ISCO-08 unit group (4 digits) with its generative-AI exposure from the ILO's refined 2025 index
 * (Gmyrek et al. 2025, ILO Working Paper 140), METHODS.md §16.
 *
 * @param isco the 4-digit ISCO-08 code ("4110")
 * @param title the ISCO-08 title, English as in the source
 * @param meanScore the mean of the task scores (2025) as published, rounded by the ILO to 2 decimals
 * @param sdScore the spread of the task scores (2025) as published: the sample standard deviation
 *     (n − 1), rounded to 2 decimals; 0 for an occupation with one task
 * @param meanScore2023 the mean task score of the 2023 index (Gmyrek, Berg and Bescond 2023, ILO WP 96)
 * @param gradient the ILO's 2025 exposure gradient
 * @param tasks the occupation's tasks in the source's order, at least one
 */
public record Occupation(
        String isco,
        String title,
        double meanScore,
        double sdScore,
        double meanScore2023,
        ExposureGradient gradient,
        List<OccupationTask> tasks) {

    public Occupation {
        if (isco == null || !isco.matches("\\d{4}")) {
            throw new IllegalArgumentException("ISCO-08 unit group must have 4 digits, got " + isco);
        }
        Objects.requireNonNull(title, "title");
        OccupationTask.requireScore("mean score of " + isco, meanScore);
        OccupationTask.requireScore("mean 2023 score of " + isco, meanScore2023);
        if (!(sdScore >= 0 && sdScore <= 1)) {
            throw new IllegalArgumentException("spread of " + isco + " must lie in [0, 1], got " + sdScore);
        }
        Objects.requireNonNull(gradient, "gradient");
        if (tasks == null || tasks.isEmpty()) {
            throw new IllegalArgumentException("occupation " + isco + " has no tasks");
        }
        tasks = List.copyOf(tasks);
    }

    /** The major group (1 digit). */
    public String majorGroup() {
        return isco.substring(0, 1);
    }

    /** The sub-major group (2 digits). */
    public String subMajorGroup() {
        return isco.substring(0, 2);
    }

    /** The task with the given number, if the occupation has it. */
    public java.util.Optional<OccupationTask> task(int number) {
        return tasks.stream().filter(t -> t.number() == number).findFirst();
    }
}
