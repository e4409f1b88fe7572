package nl.werkkracht.core.followup;

/** How a follow-up measurement compares with the baseline (METHODS.md §14), direction-aware. */
public enum PointLabel {
    /** The baseline measurement itself, index 100. */
    BASELINE,
    /** A measurement before the baseline: history, shown with its index but not judged. */
    BEFORE_BASELINE,
    /** Better than the baseline by more than the tolerance. */
    IMPROVEMENT,
    /** Within the tolerance of the baseline. */
    STABLE,
    /**
     * Worse than the baseline by more than the tolerance, during the adjustment period after a technology
     * or organisation intervention: the expected dip of the J-curve, not a failure.
     */
    EXPECTED_DIP,
    /** Worse than the baseline by more than the tolerance, outside any adjustment period. */
    DECLINE
}
