package nl.werkkracht.core.benchmark;

/** Why one statistic of a shown group is absent (METHODS.md §9). */
public enum Withholding {
    /** Its window would include the minimum or the maximum: the group is too small for this percentile. */
    TOO_FEW,
    /**
     * Together with figures published before (of this or another group, this or an earlier version) it
     * would let an organisation that knows one value determine another.
     */
    COMBINATION,
    /** For this viewer only: the viewer knows most of its window, or could determine a value with it. */
    INSIDER
}
