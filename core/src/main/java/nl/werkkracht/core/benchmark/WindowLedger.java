package nl.werkkracht.core.benchmark;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Every set of organisations whose sum has been published, for one network, metric and year, over every cut
 * and every version: the exact guard against insiders and differencing over time (METHODS.md §9).
 *
 * <p>Each statistic is the mean of a window of sorted values ({@link PeerDistribution}), so it reveals the
 * sum over the window's organisations and nothing else; {@code n} is a count. A <em>variable</em> is one
 * organisation's value as it was used (an organisation that changed its figures has a variable per value),
 * a <em>row</em> is a window. Anyone can combine rows linearly; a viewer who knows some variables (every
 * value of the organisations it can access) can also subtract those. A value is <em>determined</em> for a
 * viewer when its unit vector lies in the span of the rows the viewer was shown plus its known variables. The
 * attacker this models knows more than a real one: which organisation sits at which sorted position of
 * every cut and version, and every statistic unrounded.
 *
 * <p>What a viewer is shown ({@link #visibleTo}): the rows in publication order, each unless the viewer knows
 * at least half of its window, or unless, with the rows shown to this viewer before it, it would determine a
 * value the viewer does not know. The order makes the answer stable: a new row never changes what was decided
 * for an older one. For a viewer who knows nothing the decision is made when the row is added ({@link
 * #isPublic}); a row it refuses typically differs from an earlier one in one organisation each (a median
 * that moved by one place between versions) in a way that, with a third, isolates a value. For a viewer who
 * knows values only the components holding them are decided again; everywhere else the viewer gets what a
 * viewer who knows nothing gets (fewer rows than that never reveal more).
 *
 * <p>Arithmetic is exact modulo the prime 2³¹ - 1 (as {@link LinearGuard}); the rows are 0/1 vectors, so a
 * rational combination that isolates a value maps to one modulo the prime, and a spurious one found modulo
 * the prime only makes the guard stricter. A row space is kept in sparse reduced row echelon form; a new
 * row's pivot is the column held by the fewest rows, which keeps the fill-in small (a window usually holds an
 * organisation no earlier window held). Rows fall apart into connected components (windows that share no
 * organisation, directly or through others, cannot be combined to isolate anything): for a viewer who knows
 * values only the components holding them are decided again.
 */
public final class WindowLedger {

    static final long P = LinearGuard.P;

    private record Variable(String organisation, long bits) {}

    private final Map<Variable, Integer> index = new HashMap<>();
    private final List<String> organisationOf = new ArrayList<>();
    private final List<Integer> parent = new ArrayList<>();
    private final Map<Integer, List<Integer>> rowsOfComponent = new HashMap<>();
    private final List<int[]> rows = new ArrayList<>();
    private final BitSet isPublic = new BitSet();
    private final RowSpace publicSpace = new RowSpace();

    /** The variable of one organisation's value (created on first use). */
    public int variable(String organisation, double value) {
        return index.computeIfAbsent(new Variable(organisation, Double.doubleToLongBits(value + 0.0)), v -> {
            organisationOf.add(organisation);
            parent.add(organisationOf.size() - 1);
            return organisationOf.size() - 1;
        });
    }

    /** The number of rows. */
    public int size() {
        return rows.size();
    }

    /** The variables of a row. */
    public int[] row(int id) {
        return rows.get(id).clone();
    }

    /**
     * Records a published window and decides it for a viewer who knows no value.
     *
     * @param row the window's variables
     * @return the row's id (rows are numbered in the order they are added, from 0)
     */
    public int add(int[] row) {
        int[] vars = java.util.Arrays.stream(row).distinct().sorted().toArray();
        if (vars.length == 0) {
            throw new IllegalArgumentException("a window has at least one organisation");
        }
        int id = rows.size();
        rows.add(vars);
        Map<Integer, Long> vector = new HashMap<>();
        for (int v : vars) {
            vector.put(v, 1L);
        }
        if (publicSpace.addUnlessItDetermines(vector)) {
            isPublic.set(id);
        }
        int root = find(vars[0]);
        List<Integer> ids = rowsOfComponent.computeIfAbsent(root, r -> new ArrayList<>());
        for (int v : vars) {
            int other = find(v);
            if (other != root) {
                parent.set(other, root);
                List<Integer> merged = rowsOfComponent.remove(other);
                if (merged != null) {
                    ids.addAll(merged);
                }
            }
        }
        ids.add(id);
        return id;
    }

    /** Whether a viewer who knows no value is shown the row. */
    public boolean isPublic(int id) {
        return isPublic.get(id);
    }

    private int find(int v) {
        int r = v;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        while (parent.get(v) != r) {
            int next = parent.get(v);
            parent.set(v, r);
            v = next;
        }
        return r;
    }

    /**
     * The rows a viewer is shown (see the class comment).
     *
     * @param known the organisations the viewer can access (it knows every value of theirs)
     * @param seen which rows the viewer's cell rules let it see at all
     */
    public BitSet visibleTo(Set<String> known, IntPredicate seen) {
        BitSet visible = new BitSet();
        Set<Integer> knownRoots = new java.util.HashSet<>();
        for (int v = 0; v < organisationOf.size(); v++) {
            if (known.contains(organisationOf.get(v))) {
                knownRoots.add(find(v));
            }
        }
        for (Map.Entry<Integer, List<Integer>> component : rowsOfComponent.entrySet()) {
            List<Integer> ids = new ArrayList<>(component.getValue());
            ids.sort(null);
            if (!knownRoots.contains(component.getKey())) {
                ids.stream().filter(id -> isPublic.get(id) && seen.test(id)).forEach(visible::set);
                continue;
            }
            RowSpace view = new RowSpace();
            for (int id : ids) {
                if (!seen.test(id)) {
                    continue;
                }
                int[] vars = rows.get(id);
                Map<Integer, Long> vector = new HashMap<>();
                for (int v : vars) {
                    if (!known.contains(organisationOf.get(v))) {
                        vector.put(v, 1L);
                    }
                }
                if (2 * (vars.length - vector.size()) < vars.length && view.addUnlessItDetermines(vector)) {
                    visible.set(id);
                }
            }
        }
        return visible;
    }

    /**
     * A row space in reduced row echelon form, sparse: each row has 1 at its pivot, 0 at every other pivot,
     * and entries at free columns only; an index tells which rows hold a free column.
     */
    private static final class RowSpace {
        private final List<Map<Integer, Long>> rows = new ArrayList<>();
        private final Map<Integer, Integer> rowOfPivot = new HashMap<>();
        private final Map<Integer, Set<Integer>> rowsWith = new HashMap<>();

        /**
         * Adds the vector unless that puts a unit vector in the space (a value would be determined); true when
         * the vector is accepted (also when it was in the space already).
         */
        boolean addUnlessItDetermines(Map<Integer, Long> vector) {
            Map<Integer, Long> v = reduce(vector);
            if (v.isEmpty()) {
                return true;
            }
            // the pivot: the column held by the fewest rows, so that as few rows as possible change (fill-in)
            int q = v.keySet().stream()
                    .min(java.util.Comparator.comparingInt((Integer c) ->
                                    rowsWith.getOrDefault(c, Set.of()).size())
                            .thenComparingInt(c -> c))
                    .orElseThrow();
            long inverse = inverse(v.get(q));
            v.replaceAll((c, x) -> x * inverse % P);
            if (v.size() == 1) {
                return false;
            }
            Set<Integer> touched = rowsWith.getOrDefault(q, Set.of());
            for (int r : touched) {
                if (becomesUnit(rows.get(r), v, q)) {
                    return false;
                }
            }
            for (int r : List.copyOf(touched)) {
                Map<Integer, Long> row = rows.get(r);
                long f = row.get(q);
                v.forEach((c, x) -> put(r, row, c, row.getOrDefault(c, 0L) - f * x % P));
            }
            rowsWith.remove(q);
            int id = rows.size();
            rows.add(v);
            rowOfPivot.put(q, id);
            v.keySet().stream().filter(c -> c != q).forEach(c -> rowsWith.computeIfAbsent(
                            c, k -> new java.util.HashSet<>())
                    .add(id));
            return true;
        }

        /** The vector minus its parts along the pivots: what is new in it (empty when nothing). */
        private Map<Integer, Long> reduce(Map<Integer, Long> vector) {
            Map<Integer, Long> v = new HashMap<>(vector);
            for (int c : List.copyOf(vector.keySet())) {
                Integer r = rowOfPivot.get(c);
                Long f = v.get(c);
                if (r == null || f == null) {
                    continue;
                }
                rows.get(r).forEach((col, x) -> {
                    long y = Math.floorMod(v.getOrDefault(col, 0L) - f * x % P, P);
                    if (y == 0) {
                        v.remove(col);
                    } else {
                        v.put(col, y);
                    }
                });
            }
            return v;
        }

        /** Whether {@code row - row[q]·v} keeps only its pivot: its free part equals row[q] times v's. */
        private static boolean becomesUnit(Map<Integer, Long> row, Map<Integer, Long> v, int q) {
            if (row.size() - 1 != v.size()) {
                return false;
            }
            long f = row.get(q);
            for (Map.Entry<Integer, Long> e : v.entrySet()) {
                Long x = row.get(e.getKey());
                if (x == null || x != f * e.getValue() % P) {
                    return false;
                }
            }
            return true;
        }

        private void put(int r, Map<Integer, Long> row, int column, long value) {
            long y = Math.floorMod(value, P);
            if (y == 0) {
                row.remove(column);
                Set<Integer> holders = rowsWith.get(column);
                if (holders != null) {
                    holders.remove(r);
                }
            } else {
                row.put(column, y);
                rowsWith.computeIfAbsent(column, k -> new java.util.HashSet<>()).add(r);
            }
        }
    }

    static long inverse(long a) {
        long result = 1;
        long base = Math.floorMod(a, P);
        for (long e = P - 2; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result * base % P;
            }
            base = base * base % P;
        }
        return result;
    }
}
