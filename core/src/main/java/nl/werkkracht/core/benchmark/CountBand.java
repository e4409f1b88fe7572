package nl.werkkracht.core.benchmark;

/**
 * The size of a suppressed group as a band instead of a number, so that "1" (one organisation, perhaps
 * the viewer's competitor) is never shown.
 *
 * @param k the rule's minimum group size
 * @param fewerThanK {@code true}: the group has fewer than {@code k} organisations (frequency rule); {@code
 *     false}: it has at least {@code k} and was suppressed for dominance or as a complement
 */
public record CountBand(int k, boolean fewerThanK) {

    public CountBand {
        if (k < DisclosureRule.MINIMUM_K) {
            throw new IllegalArgumentException("k must be at least " + DisclosureRule.MINIMUM_K + ", got " + k);
        }
    }

    /** {@code "< 5"} or {@code "≥ 5"} (for k = 5). */
    public String label() {
        return (fewerThanK ? "< " : "≥ ") + k;
    }
}
