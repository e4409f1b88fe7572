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
    SECONDARY,
    /**
     * Over time: an organisation left the group (withdrew its consent, left the network or was deleted) and
     * the group now differs from an earlier published version by fewer than {@code k} organisations, so new
     * figures would let its value be derived and the earlier ones may no longer be shown with it in them.
     */
    HISTORY,
    /**
     * For this viewer only: the organisations the viewer can access make up so much of the group that the
     * rest would fall below the rules for the viewer (fewer than {@code k} others, a dominant other, or a
     * group derivable by differencing once the viewer's own values are subtracted).
     */
    INSIDER
}
