package nl.werkkracht.core.techimpact;

/**
 * How a role's work is exposed (METHODS.md §16, thresholds in ADR 0023): exposure is potential, not job loss.
 *
 * <ul>
 *   <li>{@link #AUTOMATION}: mean ≥ {@value TechnologyImpact#AUTOMATION_MEAN} with spread &lt; {@value
 *       TechnologyImpact#AUTOMATION_SPREAD}: much of the job, evenly, could be done by generative AI;
 *   <li>{@link #AUGMENTATION}: otherwise, when at least {@value TechnologyImpact#AUGMENTATION_SHARE} of the
 *       scored time is in tasks scoring ≥ {@value TechnologyImpact#EXPOSED_TASK}: some tasks change, the job
 *       remains;
 *   <li>{@link #LOW}: neither.
 * </ul>
 */
public enum ExposurePattern {
    LOW,
    AUGMENTATION,
    AUTOMATION
}
