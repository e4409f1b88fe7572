package nl.werkkracht.core.policy;

/** Where an indicator's values come from. */
public enum IndicatorKind {
    /** A figure of the regional monitor (official statistics). */
    MONITOR,
    /** Organisations' scans in the region, aggregated under the disclosure rules of METHODS.md §9. */
    ORGANISATIONS,
    /** Entered by hand, with its source (e.g. participants trained). */
    MANUAL
}
