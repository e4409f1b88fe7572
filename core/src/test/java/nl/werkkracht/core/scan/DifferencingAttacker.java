package nl.werkkracht.core.scan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The employer as an attacker on one scale (test code). It knows, for every aggregate it was ever shown,
 * exactly which respondents it covers (it knows who answered when, in which team, and even who skipped
 * the scale — stronger than any real employer), and the aggregate's sum as an interval: exact for
 * unrounded means, {@code n · [v − ½, v + ½]} for a whole-point mean {@code v}. It puts every aggregate
 * into one linear system and reduces it exactly (Gauss–Jordan over the rationals, interval arithmetic
 * on the right-hand side), so it finds every differencing, not only the pairwise one: a respondent is
 * isolated when the unit vector of that respondent lies in the span of the aggregates, and then the
 * reduced row gives that respondent's score as an interval.
 */
final class DifferencingAttacker {

    /** A reduced row: coefficients per respondent, and the interval of its value. */
    private record Row(Fraction[] coefficients, Fraction low, Fraction high, int pivot) {}

    private final int respondents;
    private final List<Row> basis = new ArrayList<>();
    private final Set<BitSet> seen = new HashSet<>();
    private final List<BitSet> published = new ArrayList<>();

    DifferencingAttacker(int respondents) {
        this.respondents = respondents;
    }

    /**
     * An aggregate the employer saw: the mean over {@code members} lies in {@code [meanLow, meanHigh]}.
     */
    void saw(BitSet members, Fraction meanLow, Fraction meanHigh) {
        if (members.isEmpty()) {
            return;
        }
        if (seen.add((BitSet) members.clone())) {
            published.add((BitSet) members.clone());
            addRow(members, meanLow, meanHigh);
        }
    }

    private void addRow(BitSet members, Fraction meanLow, Fraction meanHigh) {
        Fraction n = Fraction.of(members.cardinality());
        var c = new Fraction[respondents];
        for (int j = 0; j < respondents; j++) {
            c[j] = members.get(j) ? Fraction.ONE : Fraction.ZERO;
        }
        Fraction low = meanLow.times(n);
        Fraction high = meanHigh.times(n);
        for (Row b : basis) {
            Fraction f = c[b.pivot()];
            if (!f.isZero()) {
                for (int j = 0; j < respondents; j++) {
                    c[j] = c[j].minus(f.times(b.coefficients()[j]));
                }
                Fraction[] lh = combine(low, high, f.negate(), b.low(), b.high());
                low = lh[0];
                high = lh[1];
            }
        }
        int pivot = -1;
        for (int j = 0; j < respondents && pivot < 0; j++) {
            if (!c[j].isZero()) {
                pivot = j;
            }
        }
        if (pivot < 0) {
            return; // nothing new about the respondents (its interval only re-states known sums)
        }
        Fraction p = c[pivot];
        for (int j = 0; j < respondents; j++) {
            c[j] = c[j].dividedBy(p);
        }
        Fraction[] scaled = scale(low, high, Fraction.ONE.dividedBy(p));
        var row = new Row(c, scaled[0], scaled[1], pivot);
        for (int i = 0; i < basis.size(); i++) {
            Row b = basis.get(i);
            Fraction f = b.coefficients()[pivot];
            if (!f.isZero()) {
                var bc = b.coefficients().clone();
                for (int j = 0; j < respondents; j++) {
                    bc[j] = bc[j].minus(f.times(c[j]));
                }
                Fraction[] lh = combine(b.low(), b.high(), f.negate(), row.low(), row.high());
                basis.set(i, new Row(bc, lh[0], lh[1], b.pivot()));
            }
        }
        basis.add(row);
    }

    /** {@code [low, high] + f · [l2, h2]}. */
    private static Fraction[] combine(Fraction low, Fraction high, Fraction f, Fraction l2, Fraction h2) {
        Fraction[] s = scale(l2, h2, f);
        return new Fraction[] {low.plus(s[0]), high.plus(s[1])};
    }

    private static Fraction[] scale(Fraction low, Fraction high, Fraction f) {
        Fraction a = low.times(f);
        Fraction b = high.times(f);
        return a.compareTo(b) <= 0 ? new Fraction[] {a, b} : new Fraction[] {b, a};
    }

    /**
     * The interval the system pins respondent {@code j}'s score to; empty when no combination of the
     * aggregates isolates {@code j}.
     */
    Optional<Fraction[]> isolate(int j) {
        for (Row b : basis) {
            if (b.pivot() != j) {
                continue;
            }
            for (int i = 0; i < respondents; i++) {
                if (i != j && !b.coefficients()[i].isZero()) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Fraction[] {b.low(), b.high()});
        }
        return Optional.empty();
    }

    /**
     * The smallest number of respondents whose sum the aggregates determine, bounded from below by the
     * atoms of the published sets (respondents with the same membership in every set): every row is a
     * union of atoms, so every combination of rows covers whole atoms. Empty when nothing was published.
     */
    Optional<Integer> smallestAtom() {
        Map<BitSet, Integer> atoms = new HashMap<>();
        for (int j = 0; j < respondents; j++) {
            var signature = new BitSet();
            for (int r = 0; r < published.size(); r++) {
                if (published.get(r).get(j)) {
                    signature.set(r);
                }
            }
            if (!signature.isEmpty()) {
                atoms.merge(signature, 1, Integer::sum);
            }
        }
        return atoms.values().stream().min(Integer::compare);
    }
}
