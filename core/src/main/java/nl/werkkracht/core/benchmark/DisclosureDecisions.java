package nl.werkkracht.core.benchmark;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What may be shown, per cut, for one metric in one period of one network: the outcome of {@link
 * DisclosureAuditor}. A cut that is not in the lattice has no members and is suppressed by the frequency
 * rule.
 */
public final class DisclosureDecisions {

    private final DisclosureRule rule;
    private final Map<Cut, Decision> decisions;

    DisclosureDecisions(DisclosureRule rule, Map<Cut, Decision> decisions) {
        this.rule = rule;
        this.decisions = Collections.unmodifiableMap(new HashMap<>(decisions));
    }

    /** The rule the decisions were made with. */
    public DisclosureRule rule() {
        return rule;
    }

    /** The decision for a cut. */
    public Decision of(Cut cut) {
        Decision d = decisions.get(cut);
        return d != null ? d : new Decision(cut, 0, Optional.of(SuppressionReason.FREQUENCY));
    }

    /** The decision for every cut with members. */
    public Map<Cut, Decision> all() {
        return decisions;
    }

    /**
     * The decision for one cut.
     *
     * @param cut the peer group
     * @param n its number of organisations (do not show it when suppressed: show {@link
     *     DisclosureRule#band(int)})
     * @param suppression why it is suppressed, or empty when it may be shown
     */
    public record Decision(Cut cut, int n, Optional<SuppressionReason> suppression) {

        public Decision {
            Objects.requireNonNull(cut, "cut");
            Objects.requireNonNull(suppression, "suppression");
            if (n < 0) {
                throw new IllegalArgumentException("n must be ≥ 0, got " + n);
            }
        }

        /** Whether the cut's statistics may be shown. */
        public boolean shown() {
            return suppression.isEmpty();
        }
    }
}
