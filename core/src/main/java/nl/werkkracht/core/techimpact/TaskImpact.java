package nl.werkkracht.core.techimpact;

/**
 * One task of a role in the analysis.
 *
 * @param task the ILO task number
 * @param text the ISCO-08 task description
 * @param score the ILO 2025 exposure score
 * @param share the share of the role's time
 * @param touched whether the application touches the task
 */
public record TaskImpact(int task, String text, double score, double share, boolean touched) {}
