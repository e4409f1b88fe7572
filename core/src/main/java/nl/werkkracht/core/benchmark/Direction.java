package nl.werkkracht.core.benchmark;

/**
 * Which way a metric is better. It decides which organisations form the frontier (METHODS.md §9) and,
 * in follow-up (§14), whether a change is an improvement or a decline.
 */
public enum Direction {
    /** More is better: value added per hour, scores, process cycle efficiency. */
    HIGHER_IS_BETTER,
    /** Less is better: absenteeism, staff turnover, registration share. */
    LOWER_IS_BETTER;

    /**
     * The change from {@code from} to {@code to} expressed so that a positive number is better: {@code to
     * - from} for higher-is-better, {@code from - to} for lower-is-better.
     */
    public double gain(double from, double to) {
        return this == HIGHER_IS_BETTER ? to - from : from - to;
    }
}
