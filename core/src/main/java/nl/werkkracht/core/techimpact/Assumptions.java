package nl.werkkracht.core.techimpact;

/**
 * The assumptions behind the range of time a technology could free (METHODS.md §16: potential, never a
 * saving until measured).
 *
 * <pre>
 * could free, per touched task = role hours × task share × capability × realisation
 * capability  = the task's ILO score (generative AI), or {@link #otherCapability} for other kinds of technology
 * realisation = {@link #realisationLow} … {@link #realisationHigh}
 * </pre>
 *
 * @param realisationLow the lowest share of what the technology could do that becomes free time in practice
 *     (checking output, exceptions, learning the tool, rework), in [0, 1]
 * @param realisationHigh the highest such share, in [realisationLow, 1]
 * @param otherCapability the share of a touched task that software automation or robotics could take over,
 *     for which the ILO's generative-AI score is no measure, in [0, 1]
 */
public record Assumptions(double realisationLow, double realisationHigh, double otherCapability) {

    /**
     * Werkkracht's defaults: a quarter to a half of the exposed part of a task, and half of a touched task for
     * other technology. Not estimates for any organisation: a starting point to replace by a measurement.
     */
    public static final Assumptions DEFAULT = new Assumptions(0.25, 0.5, 0.5);

    public Assumptions {
        if (!(realisationLow >= 0 && realisationLow <= realisationHigh && realisationHigh <= 1)) {
            throw new IllegalArgumentException("realisation must satisfy 0 <= low <= high <= 1");
        }
        if (!(otherCapability >= 0 && otherCapability <= 1)) {
            throw new IllegalArgumentException("otherCapability must lie in [0, 1]");
        }
    }
}
