package nl.werkkracht.core.benchmark;

/** Why a peer group's statistics are not shown (METHODS.md §9). */
public enum SuppressionReason {
    /** Primary: fewer than {@code k} organisations ("nog te weinig deelnemers"). */
    FREQUENCY,
    /**
     * Primary, additive metrics only: the largest contributor holds more than 50 % of the total, or the
     * two largest more than 85 %.
     */
    DOMINANCE,
    /**
     * Complementary: the group passes the primary rules, but together with groups already shown it would
     * let someone derive the values of a group that does not (see {@link DisclosureAuditor}).
     */
    SECONDARY
}
