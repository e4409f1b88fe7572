package nl.werkkracht.core.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Decides, for every cut of a {@link CutLattice}, whether its statistics may be shown (METHODS.md §9):
 * the primary rules of {@link DisclosureRule}, then secondary (complementary) suppression across all cuts
 * together, so that what is shown for one cut cannot be combined with what is shown for another.
 *
 * <h2>Threat model</h2>
 *
 * A user may request every cut and knows which organisations belong to each (members of a network know
 * each other's sector, size and region). The shown statistics are percentiles and the frontier, not
 * totals, but the frontier is a mean and a mean times {@code n} is a total; so we assume the worst: every
 * shown cut reveals the sum of its members' values. Differencing two such sums reveals the sum over the
 * difference of their memberships. That is why the guard is on membership: whatever statistic is shown,
 * it cannot reveal more about a group than the group's total does, and a total is safe exactly when the
 * group passes the primary rules (at least {@code k} organisations, not dominated).
 *
 * <h2>The rule</h2>
 *
 * A <em>derivable group</em> is a set of organisations whose total follows from two or more shown totals.
 * Every derivable group must be empty or itself pass the primary rules. Two guards check that:
 *
 * <ol>
 *   <li>differences, here, with the dominance rule: nested pairs ({@code B \ A} for shown {@code A ⊂ B}:
 *       "all" minus "sector F" is the complement of F); complements (with "all" shown, {@code all \ (A ∪
 *       B)} for disjoint shown {@code A, B}, and {@code A ∩ B = A + B - all} for shown {@code A, B} that
 *       together cover everyone); and margins (a shown cut {@code P} minus its shown children along one
 *       attribute it leaves open: "sector F" minus F's shown size classes is F's other size classes);
 *   <li>any linear combination of shown totals, in {@link LinearGuard}, for the frequency rule: no
 *       combination of any number of shown cuts may isolate fewer than {@code k} organisations (such
 *       chains exist: two sectors' rows minus two size classes' columns can leave one cell).
 * </ol>
 *
 * Cuts are decided one at a time, largest first (then coarser first, then {@link Cut#STABLE_ORDER}): a
 * cut that passes the primary rules is shown when no group it would make derivable together with the
 * cuts shown so far is unsafe, and is otherwise suppressed as {@link SuppressionReason#SECONDARY}. Thus in
 * a conflict the smaller cut gives way, the result is deterministic, and it is a fixed point: every pair
 * and every margin was checked when its last member was added, later additions only shrink a margin's
 * remainder (each shrink checked in turn), and the linear guard checks the whole span at each addition.
 *
 * <h2>Limits</h2>
 *
 * The dominance rule is applied to pairs, complements and margins, not to every linear combination. The
 * model protects totals; statistics of one cut on their own can say more than its total for very small
 * groups (at n = 5 or 6 the five percentiles and the frontier pin down every sorted value, unattributed),
 * which is a matter for k, not for differencing. Cost: O(cuts² · atoms / 64) bit operations for the
 * differences, and for the linear guard O(atoms²) per cut that adds to the span, plus a search over pairs
 * of cells with fewer than {@code k} organisations; independent of the number of organisations.
 */
public final class DisclosureAuditor {

    private final CutLattice lattice;
    private final DisclosureRule rule;
    private final boolean additive;
    private final long[] everyone;
    private final List<Integer> shown = new ArrayList<>();
    private final boolean[] isShown;
    private final Map<Long, Covered> shownChildren = new HashMap<>();
    private final int everyoneCount;
    private final double everyoneTotal;
    private final LinearGuard linear;
    private boolean allShown;

    private DisclosureAuditor(CutLattice lattice, DisclosureRule rule, boolean additive) {
        this.lattice = lattice;
        this.rule = rule;
        this.additive = additive;
        this.everyone = lattice.allAtoms();
        this.everyoneCount = lattice.peerCount();
        this.everyoneTotal = lattice.grandTotal();
        this.isShown = new boolean[lattice.cuts().size()];
        this.linear = new LinearGuard(lattice.atomMembers(), rule.k());
    }

    /**
     * The decision for every cut of the lattice.
     *
     * @param additive whether the dominance rule applies ({@link Metric#additive()})
     */
    public static DisclosureDecisions audit(CutLattice lattice, DisclosureRule rule, boolean additive) {
        return new DisclosureAuditor(lattice, rule, additive).run();
    }

    private DisclosureDecisions run() {
        List<Cut> cuts = lattice.cuts();
        var decisions = new HashMap<Cut, DisclosureDecisions.Decision>();
        var candidates = new ArrayList<Integer>();
        for (int i = 0; i < cuts.size(); i++) {
            Cut cut = cuts.get(i);
            CutLattice.Group group = lattice.measure(lattice.atoms(i));
            Optional<SuppressionReason> primary = group.n() < rule.k()
                    ? Optional.of(SuppressionReason.FREQUENCY)
                    : additive && DisclosureRule.dominated(group.largest(), group.second(), group.total())
                            ? Optional.of(SuppressionReason.DOMINANCE)
                            : Optional.empty();
            if (primary.isPresent()) {
                decisions.put(cut, new DisclosureDecisions.Decision(cut, group.n(), primary));
            } else {
                candidates.add(i);
            }
        }
        // cuts are in STABLE_ORDER (coarser first), so a stable sort by size keeps that order on ties
        candidates.sort(Comparator.comparingInt((Integer i) -> -lattice.size(i)));
        for (int i : candidates) {
            Cut cut = cuts.get(i);
            boolean show = consistentWithShown(i) && !linear.wouldReveal(lattice.atoms(i));
            if (show) {
                accept(i);
            }
            decisions.put(
                    cut,
                    new DisclosureDecisions.Decision(
                            cut, lattice.size(i), show ? Optional.empty() : Optional.of(SuppressionReason.SECONDARY)));
        }
        return new DisclosureDecisions(rule, decisions);
    }

    private boolean consistentWithShown(int candidate) {
        long[] c = lattice.atoms(candidate);
        int nc = lattice.size(candidate);
        double tc = lattice.total(candidate);
        for (int other : shown) {
            long[] o = lattice.atoms(other);
            int no = lattice.size(other);
            double to = lattice.total(other);
            if (subset(c, o) && !safe(minus(o, c), no - nc, to - tc)) {
                return false;
            }
            if (subset(o, c) && !safe(minus(c, o), nc - no, tc - to)) {
                return false;
            }
            if (allShown
                    && disjoint(c, o)
                    && !safe(minus(minus(everyone, c), o), everyoneCount - nc - no, everyoneTotal - tc - to)) {
                return false;
            }
            if (allShown && covers(c, o) && !safe(and(c, o), nc + no - everyoneCount, tc + to - everyoneTotal)) {
                return false;
            }
        }
        return marginsStaySafe(candidate, c, nc, tc);
    }

    /**
     * For each attribute the candidate fixes, with its parent (that attribute open) shown: the part of the
     * parent not covered by its shown children and the candidate must stay safe.
     */
    private boolean marginsStaySafe(int candidate, long[] c, int nc, double tc) {
        Cut cut = lattice.cuts().get(candidate);
        for (int d = 0; d < 3; d++) {
            Optional<Cut> parent = parent(cut, d);
            if (parent.isEmpty() || !isShown[lattice.indexOf(parent.get())]) {
                continue;
            }
            int p = lattice.indexOf(parent.get());
            Covered covered = shownChildren.getOrDefault(key(p, d), new Covered(new long[c.length]));
            long[] remainder = minus(minus(lattice.atoms(p), covered.atoms), c);
            if (!safe(remainder, lattice.size(p) - covered.n - nc, lattice.total(p) - covered.total - tc)) {
                return false;
            }
        }
        return true;
    }

    /** The union of the shown children of one parent along one attribute (they are disjoint). */
    private static final class Covered {
        final long[] atoms;
        int n;
        double total;

        Covered(long[] atoms) {
            this.atoms = atoms;
        }
    }

    private void accept(int i) {
        shown.add(i);
        isShown[i] = true;
        linear.accept(lattice.atoms(i));
        Cut cut = lattice.cuts().get(i);
        if (cut.level() == 0) {
            allShown = true;
        }
        long[] c = lattice.atoms(i);
        for (int d = 0; d < 3; d++) {
            Optional<Cut> parent = parent(cut, d);
            if (parent.isPresent()) {
                Covered covered = shownChildren.computeIfAbsent(
                        key(lattice.indexOf(parent.get()), d), k -> new Covered(new long[c.length]));
                for (int w = 0; w < c.length; w++) {
                    covered.atoms[w] |= c[w];
                }
                covered.n += lattice.size(i);
                covered.total += lattice.total(i);
            }
        }
    }

    private static Optional<Cut> parent(Cut cut, int d) {
        List<UnaryOperator<Cut>> open = List.of(Cut::withoutSector, Cut::withoutSizeClass, Cut::withoutRegion);
        boolean fixed =
                switch (d) {
                    case 0 -> cut.sector().isPresent();
                    case 1 -> cut.sizeClass().isPresent();
                    default -> cut.region().isPresent();
                };
        return fixed ? Optional.of(open.get(d).apply(cut)) : Optional.empty();
    }

    private static long key(int parent, int d) {
        return (long) parent * 3 + d;
    }

    private boolean safe(long[] atoms, int n, double total) {
        return lattice.safeGroup(atoms, n, total, rule, additive);
    }

    private static boolean subset(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            if ((a[w] & ~b[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean disjoint(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            if ((a[w] & b[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    private boolean covers(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            if ((a[w] | b[w]) != everyone[w]) {
                return false;
            }
        }
        return true;
    }

    private static long[] minus(long[] a, long[] b) {
        long[] r = new long[a.length];
        for (int w = 0; w < a.length; w++) {
            r[w] = a[w] & ~b[w];
        }
        return r;
    }

    private static long[] and(long[] a, long[] b) {
        long[] r = new long[a.length];
        for (int w = 0; w < a.length; w++) {
            r[w] = a[w] & b[w];
        }
        return r;
    }
}
