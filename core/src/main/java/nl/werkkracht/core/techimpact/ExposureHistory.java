package nl.werkkracht.core.techimpact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.werkkracht.core.benchmark.DisclosureRule;
import nl.werkkracht.core.benchmark.SuppressionReason;
import nl.werkkracht.core.benchmark.WindowLedger;

/**
 * The published versions of a network's role-exposure table, and what one viewer is shown of them (METHODS.md
 * §9, insiders and over time; the rules of ADR 0013 applied to the table of ADR 0026).
 *
 * <ul>
 *   <li>Nothing is answered from the current state: each cell is published as versions. A new shown version only
 *       when its organisations differ from every earlier shown version by none or by at least {@code k} (an
 *       organisation whose parts in the cell changed counts as differing); otherwise the earlier version stays
 *       shown with its date, unless an organisation it counted no longer contributes (left, withdrew consent,
 *       removed its roles): then the cell is suppressed at once ({@link SuppressionReason#HISTORY}). When the
 *       current rules suppress a cell it is suppressed at once.
 *   <li>A viewer is shown a cell's current version only when the current rules for this viewer show it ({@link
 *       NetworkExposure#decision}: at least {@code k} organisations the viewer cannot access, undominated, and
 *       no derivable group unsafe once the viewer's parts are subtracted), and when the {@link WindowLedger}
 *       over every shown version of every cell lets the viewer see it: a version is a row over the variables
 *       "organisation × its part as counted", and it is withheld when, with the rows shown before, it would
 *       determine a part the viewer does not know, or the viewer knows half of it.
 * </ul>
 */
public final class ExposureHistory {

    private final DisclosureRule rule;
    private final Map<ExposureCell, List<ExposureVersion>> versions = new TreeMap<>(ExposureCell.ORDER);
    private WindowLedger ledger;
    private final Map<ExposureVersion, Integer> rowOf = new java.util.IdentityHashMap<>();
    private final Map<Set<String>, BitSet> visible = new HashMap<>();

    private ExposureHistory(DisclosureRule rule, List<ExposureVersion> earlier) {
        this.rule = Objects.requireNonNull(rule, "rule");
        for (ExposureVersion v : earlier) {
            versions.computeIfAbsent(v.cell(), c -> new ArrayList<>()).add(v);
        }
        versions.values().forEach(l -> l.sort(Comparator.comparingInt(ExposureVersion::number)));
        rebuildLedger();
    }

    /** The history of these published versions (in any order). */
    public static ExposureHistory of(DisclosureRule rule, List<ExposureVersion> earlier) {
        return new ExposureHistory(rule, earlier);
    }

    /** What a viewer is shown of one cell. */
    public record CellAnswer(
            ExposureCell cell,
            Optional<SuppressionReason> suppression,
            String organisations,
            Optional<NetworkExposure.Figures> figures,
            Optional<Instant> publishedAt,
            int version) {
        public boolean shown() {
            return suppression.isEmpty();
        }
    }

    /** The versions of a cell, oldest first. */
    public List<ExposureVersion> versions(ExposureCell cell) {
        return List.copyOf(versions.getOrDefault(cell, List.of()));
    }

    /**
     * Publishes the current state: a new version for every cell where the rules call for one.
     *
     * @return the new versions, to be saved
     */
    public List<ExposureVersion> publish(NetworkExposure current, Instant now) {
        List<ExposureVersion> fresh = new ArrayList<>();
        java.util.TreeSet<ExposureCell> cells = new java.util.TreeSet<>(ExposureCell.ORDER);
        cells.addAll(current.cells());
        cells.addAll(versions.keySet());
        Map<ExposureCell, ExposureVersion> candidates = new TreeMap<>(ExposureCell.ORDER);
        for (ExposureCell cell : cells) {
            next(cell, current, now).ifPresent(v -> candidates.put(cell, v));
        }
        // cells that keep an earlier version although fewer than k of its organisations changed ("stale")
        List<ExposureCell> stale = new ArrayList<>();
        List<ExposureCell> fromNow = new ArrayList<>();
        for (ExposureCell cell : cells) {
            if (candidates.containsKey(cell)) {
                continue;
            }
            List<ExposureVersion> list = versions.getOrDefault(cell, List.of());
            if (!list.isEmpty() && list.get(list.size() - 1).shown()) {
                ExposureVersion latest = list.get(list.size() - 1);
                boolean same = differing(latest, ExposureVersion.contributors(current.parts(cell))) == 0;
                (same ? fromNow : stale).add(cell);
            }
        }
        List<ExposureVersion> newlyShown = new ArrayList<>(
                candidates.values().stream().filter(ExposureVersion::shown).toList());
        newlyShown.sort(Comparator.comparingInt((ExposureVersion v) -> -v.n())
                .thenComparing(ExposureVersion::cell, ExposureCell.ORDER));
        for (ExposureVersion v : newlyShown) {
            fromNow.add(v.cell());
            if (!stale.isEmpty() && !independentOfTheRest(current, stale, fromNow)) {
                fromNow.remove(fromNow.size() - 1);
                List<ExposureVersion> list = versions.getOrDefault(v.cell(), List.of());
                Optional<ExposureVersion> latest =
                        list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
                Optional<ExposureVersion> instead =
                        suppressed(v.cell(), v.number(), now, v.n(), SuppressionReason.SECONDARY, latest);
                if (instead.isPresent()) {
                    candidates.put(v.cell(), instead.get());
                } else {
                    candidates.remove(v.cell());
                }
            }
        }
        for (ExposureVersion v : candidates.values()) {
            versions.computeIfAbsent(v.cell(), c -> new ArrayList<>()).add(v);
            fresh.add(v);
        }
        if (!fresh.isEmpty()) {
            rebuildLedger();
        }
        return fresh;
    }

    private Optional<ExposureVersion> next(ExposureCell cell, NetworkExposure current, Instant now) {
        List<ExposureVersion> earlier = versions.getOrDefault(cell, List.of());
        Optional<ExposureVersion> latest =
                earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
        int number = earlier.size() + 1;
        List<NetworkExposure.Part> parts = current.parts(cell);
        int n = current.n(cell);
        Optional<SuppressionReason> decision = current.decision(cell, Set.of());
        if (decision.isPresent()) {
            return suppressed(cell, number, now, n, decision.get(), latest);
        }
        Map<String, String> now_ = ExposureVersion.contributors(parts);
        boolean safe = true;
        for (ExposureVersion v : earlier) {
            if (!v.shown()) {
                continue;
            }
            int differing = differing(v, now_);
            if (differing == 0) {
                return latest.filter(l -> l == v).isPresent()
                        ? Optional.empty()
                        : Optional.of(shown(cell, number, now, n, parts)); // the same figures again
            }
            safe &= differing >= rule.k();
        }
        if (safe) {
            return Optional.of(shown(cell, number, now, n, parts));
        }
        boolean someoneLeft = latest.filter(ExposureVersion::shown)
                .map(l -> deleted(l) > 0
                        || !now_.keySet().containsAll(l.contributors().keySet()))
                .orElse(true);
        if (!someoneLeft) {
            return Optional.empty(); // the earlier version stays shown, with its date
        }
        return suppressed(cell, number, now, n, SuppressionReason.HISTORY, latest);
    }

    /**
     * Whether the stale cells (shown with an earlier version, fewer than {@code k} organisations changed since) are
     * linearly independent of each other and of the cells shown from the current state, over the interior cells
     * of the current state. If a stale cell's current total could be computed from the others, its shown version
     * minus that would be the change of fewer than {@code k} organisations: all roles shown from before an
     * organisation moved a role, next to a major group shown since that now holds every role (the one-moment
     * audit sees "all minus the major group" as an empty group, which it is only now).
     */
    private static boolean independentOfTheRest(
            NetworkExposure current, List<ExposureCell> stale, List<ExposureCell> fromNow) {
        List<String> atoms = current.parts().stream()
                .map(NetworkExposure.Part::atom)
                .distinct()
                .toList();
        return rank(rows(fromNow, atoms)) + stale.size()
                == rank(rows(
                        java.util.stream.Stream.concat(fromNow.stream(), stale.stream())
                                .toList(),
                        atoms));
    }

    private static long[][] rows(List<ExposureCell> cells, List<String> atoms) {
        long[][] rows = new long[cells.size()][atoms.size()];
        for (int r = 0; r < cells.size(); r++) {
            for (int c = 0; c < atoms.size(); c++) {
                String[] mg = atoms.get(c).split("\\|");
                rows[r][c] = cells.get(r).contains(mg[0], nl.werkkracht.core.occupation.ExposureGradient.valueOf(mg[1]))
                        ? 1
                        : 0;
            }
        }
        return rows;
    }

    private static final long PRIME = 2_147_483_647L;

    /** The rank of a small matrix, modulo a prime (exact for these 0/1 rows). */
    private static int rank(long[][] m) {
        int rank = 0;
        int cols = m.length == 0 ? 0 : m[0].length;
        for (int c = 0; c < cols && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length && pivot < 0; r++) {
                pivot = m[r][c] != 0 ? r : -1;
            }
            if (pivot < 0) {
                continue;
            }
            long[] t = m[rank];
            m[rank] = m[pivot];
            m[pivot] = t;
            long inverse = java.math.BigInteger.valueOf(m[rank][c])
                    .modInverse(java.math.BigInteger.valueOf(PRIME))
                    .longValue();
            for (int r = 0; r < m.length; r++) {
                if (r != rank && m[r][c] != 0) {
                    long f = m[r][c] * inverse % PRIME;
                    for (int k = c; k < cols; k++) {
                        m[r][k] = Math.floorMod(m[r][k] - f * m[rank][k], PRIME);
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    private static Optional<ExposureVersion> suppressed(
            ExposureCell cell,
            int number,
            Instant now,
            int n,
            SuppressionReason reason,
            Optional<ExposureVersion> latest) {
        boolean same = latest.filter(
                        l -> !l.shown() && l.n() == n && l.suppression().orElseThrow() == reason)
                .isPresent();
        return same
                ? Optional.empty()
                : Optional.of(
                        new ExposureVersion(cell, number, now, n, Optional.of(reason), Optional.empty(), List.of()));
    }

    private static ExposureVersion shown(
            ExposureCell cell, int number, Instant now, int n, List<NetworkExposure.Part> parts) {
        return new ExposureVersion(
                cell, number, now, n, Optional.empty(), Optional.of(NetworkExposure.Figures.of(parts)), parts);
    }

    /**
     * Organisations in one and not the other, plus those in both whose parts differ, plus the organisations the
     * version counted that were deleted since (their parts went with them; as in the benchmark's history, a
     * deletion is a leave).
     */
    static int differing(ExposureVersion then, Map<String, String> now) {
        return differing(then, now, Set.of());
    }

    /** As {@link #differing(ExposureVersion, Map)}, counting only organisations outside {@code known}. */
    static int differing(ExposureVersion then, Map<String, String> now, Set<String> known) {
        Map<String, String> before = then.contributors();
        int d = deleted(then);
        for (var e : before.entrySet()) {
            String other = now.get(e.getKey());
            d += !known.contains(e.getKey()) && (other == null || !other.equals(e.getValue())) ? 1 : 0;
        }
        for (String org : now.keySet()) {
            d += before.containsKey(org) || known.contains(org) ? 0 : 1;
        }
        return d;
    }

    /** How many organisations a shown version counted that have been deleted since. */
    private static int deleted(ExposureVersion v) {
        return v.shown() ? Math.max(0, v.n() - v.contributors().size()) : 0;
    }

    /** Every cell as a viewer who can access the organisations {@code known} is shown it, in display order. */
    public List<CellAnswer> answer(NetworkExposure current, Set<String> known) {
        BitSet rows = visible.computeIfAbsent(Set.copyOf(known), k -> {
            Map<ExposureVersion, Boolean> cells = new java.util.IdentityHashMap<>();
            List<ExposureVersion> byRow = new ArrayList<>(rowOf.keySet());
            Map<Integer, ExposureVersion> versionOfRow = new HashMap<>();
            byRow.forEach(v -> versionOfRow.put(rowOf.get(v), v));
            return ledger.visibleTo(k, id -> cells.computeIfAbsent(versionOfRow.get(id), v -> cellVisible(v, k)));
        });
        List<CellAnswer> out = new ArrayList<>();
        for (var e : versions.entrySet()) {
            List<ExposureVersion> list = e.getValue();
            ExposureVersion v = list.get(list.size() - 1);
            if (!v.shown()) {
                out.add(suppressedAnswer(v, v.suppression().orElseThrow()));
            } else if (rowOf.get(v) == null || deleted(v) > 0) {
                out.add(suppressedAnswer(v, SuppressionReason.HISTORY)); // an organisation it counted was deleted
            } else if (!cellVisible(v, known)
                    || !differsEnoughForInsider(list, v, known)
                    || current.decision(v.cell(), known).isPresent()
                    || !rows.get(rowOf.get(v))) {
                boolean publicRow = ledger.isPublic(rowOf.get(v));
                out.add(suppressedAnswer(
                        v, publicRow && !known.isEmpty() ? SuppressionReason.INSIDER : SuppressionReason.SECONDARY));
            } else {
                out.add(new CellAnswer(
                        v.cell(),
                        Optional.empty(),
                        NetworkExposure.organisationBand(v.n(), rule.k()),
                        v.figures(),
                        Optional.of(v.publishedAt()),
                        v.number()));
            }
        }
        return out;
    }

    /**
     * For a viewer who can access some organisations: the version differs from every earlier shown version of the
     * cell by 0 or at least {@code k} organisations the viewer cannot access. Otherwise a viewer that changed its
     * own organisations' roles along with fewer than {@code k} others would subtract its own changes from the
     * difference of the two versions and read the others' (the ledger sees rows over parts, not changes).
     */
    private boolean differsEnoughForInsider(List<ExposureVersion> list, ExposureVersion v, Set<String> known) {
        if (known.isEmpty()) {
            return true;
        }
        Map<String, String> now = v.contributors();
        for (ExposureVersion w : list) {
            if (w == v || !w.shown() || w.number() > v.number()) {
                continue;
            }
            int d = differing(w, now, known);
            if (d != 0 && d < rule.k()) {
                return false;
            }
        }
        return true;
    }

    private CellAnswer suppressedAnswer(ExposureVersion v, SuppressionReason reason) {
        return new CellAnswer(
                v.cell(),
                Optional.of(reason),
                rule.band(v.n()).label(),
                Optional.empty(),
                Optional.of(v.publishedAt()),
                v.number());
    }

    /** At least k organisations the viewer cannot access in the version, undominated among themselves. */
    private boolean cellVisible(ExposureVersion v, Set<String> known) {
        if (!v.shown()) {
            return false;
        }
        if (known.isEmpty()) {
            return true;
        }
        List<NetworkExposure.Part> others = v.parts().stream()
                .filter(p -> !known.contains(p.organisationId()))
                .toList();
        return NetworkExposure.of(List.of(), rule).primary(others).isEmpty();
    }

    private void rebuildLedger() {
        ledger = new WindowLedger();
        rowOf.clear();
        visible.clear();
        List<ExposureVersion> shown = new ArrayList<>();
        versions.values().forEach(l -> l.stream().filter(ExposureVersion::shown).forEach(shown::add));
        shown.sort(Comparator.comparing(ExposureVersion::publishedAt)
                .thenComparing(ExposureVersion::cell, ExposureCell.ORDER)
                .thenComparingInt(ExposureVersion::number));
        Map<String, Double> codes = new HashMap<>();
        for (ExposureVersion v : shown) {
            if (v.parts().isEmpty()) {
                continue; // every organisation it counted was deleted
            }
            java.util.stream.IntStream variables = v.parts().stream()
                    .mapToInt(p -> ledger.variable(
                            p.organisationId(),
                            codes.computeIfAbsent(
                                    p.organisationId() + "|" + p.fingerprint(), f -> (double) codes.size() + 1)));
            if (deleted(v) > 0) {
                // the organisations it counted that were deleted since: one unknown in their place, so that the
                // row is not taken for a later one without them (their difference is what was deleted)
                variables = java.util.stream.IntStream.concat(
                        variables,
                        java.util.stream.IntStream.of(
                                ledger.variable("deleted:" + v.cell().key() + "#" + v.number(), 0)));
            }
            rowOf.put(v, ledger.add(variables.toArray()));
        }
    }
}
