package nl.werkkracht.core.gap;

/**
 * A sector that could not be used in a comparison, and why.
 *
 * @param sector sector code
 * @param reason why it is missing
 */
public record MissingSector(String sector, Reason reason) {

    /** Why a sector is missing. */
    public enum Reason {
        /** The region has no (or a suppressed) figure for it. */
        MISSING_IN_REGION,
        /** The reference has no (or a suppressed) figure for it. */
        MISSING_IN_REFERENCE,
        /** The reference has no labour in it, so its productivity is undefined. */
        NO_LABOUR_IN_REFERENCE,
        /** The region has no labour in it, so its productivity is undefined. */
        NO_LABOUR_IN_REGION
    }
}
