package nl.werkkracht.core.benchmark;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
 * the prime only makes the guard stricter. Rows fall apart into connected components (windows that share no
 * organisation, directly or through others, cannot be combined to isolate anything), and each component
 * keeps its row space in reduced row echelon form. Cost: O(r·c) per added row for a component of {@code c}
 * variables and {@code r} independent rows; per viewer who knows values, O(rows·r·c) over its components.
 */
public final class WindowLedger {

    static final long P = LinearGuard.P;

    private record Variable(String organisation, long bits) {}

    private final Map<Variable, Integer> index = new HashMap<>();
    private final List<String> organisationOf = new ArrayList<>();
    private final List<Integer> parent = new ArrayList<>();
    private final Map<Integer, Component> components = new HashMap<>();
    private final List<int[]> rows = new ArrayList<>();
    private final BitSet isPublic = new BitSet();

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
        int[] vars = distinct(row);
        if (vars.length == 0) {
            throw new IllegalArgumentException("a window has at least one organisation");
        }
        Set<Integer> roots = new LinkedHashSet<>();
        for (int v : vars) {
            roots.add(find(v));
        }
        Component merged = Component.merge(roots.stream().map(this::componentOf).toList());
        int id = rows.size();
        rows.add(vars);
        Component tried = merged.copy();
        if (!tried.add(merged.embed(vars)) || !tried.determinesAValue()) {
            merged = tried;
            isPublic.set(id);
        }
        merged.rowIds.add(id);
        int root = roots.iterator().next();
        for (int r : roots) {
            components.remove(r);
            parent.set(r, root);
        }
        components.put(root, merged);
        return id;
    }

    /** Whether a viewer who knows no value is shown the row. */
    public boolean isPublic(int id) {
        return isPublic.get(id);
    }

    private Component componentOf(int root) {
        Component c = components.get(root);
        return c != null ? c : Component.single(root);
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
        for (Component c : components.values()) {
            boolean[] knownLocal = new boolean[c.variables.size()];
            boolean any = false;
            for (int i = 0; i < knownLocal.length; i++) {
                knownLocal[i] = known.contains(organisationOf.get(c.variables.get(i)));
                any |= knownLocal[i];
            }
            if (!any) {
                c.rowIds.stream()
                        .filter(id -> isPublic.get(id) && seen.test(id))
                        .forEach(visible::set);
                continue;
            }
            Component view = Component.empty(c);
            for (int id : c.rowIds) {
                if (!seen.test(id)) {
                    continue;
                }
                int[] local = c.embedLocal(rows.get(id));
                int knownCount = 0;
                for (int i : local) {
                    knownCount += knownLocal[i] ? 1 : 0;
                }
                if (2 * knownCount >= local.length) {
                    continue;
                }
                long[] vector = new long[c.variables.size()];
                for (int i : local) {
                    vector[i] = knownLocal[i] ? 0 : 1;
                }
                Component next = view.copy();
                if (!next.add(vector) || !next.determinesAValue()) {
                    view = next;
                    visible.set(id);
                }
            }
        }
        return visible;
    }

    private static int[] distinct(int[] row) {
        return java.util.Arrays.stream(row).distinct().sorted().toArray();
    }

    /** One connected component: its variables and its row space in reduced row echelon form. */
    private static final class Component {
        final List<Integer> variables;
        final Map<Integer, Integer> local;
        final List<long[]> basis = new ArrayList<>();
        final List<Integer> pivots = new ArrayList<>();
        final List<Integer> rowIds = new ArrayList<>();

        private Component(List<Integer> variables) {
            this.variables = variables;
            this.local = new HashMap<>();
            for (int i = 0; i < variables.size(); i++) {
                local.put(variables.get(i), i);
            }
        }

        /** A component over the same variables (the index is shared: it never changes once built). */
        private Component(Component same) {
            this.variables = same.variables;
            this.local = same.local;
        }

        static Component single(int variable) {
            return new Component(new ArrayList<>(List.of(variable)));
        }

        /** No rows yet, over the variables of {@code like}. */
        static Component empty(Component like) {
            return new Component(like);
        }

        /** The union of disjoint components: their echelon forms side by side are one echelon form. */
        static Component merge(List<Component> parts) {
            if (parts.size() == 1) {
                return parts.get(0).copy();
            }
            List<Integer> vars = new ArrayList<>();
            parts.forEach(p -> vars.addAll(p.variables));
            Component m = new Component(vars);
            int offset = 0;
            for (Component p : parts) {
                for (int b = 0; b < p.basis.size(); b++) {
                    long[] row = new long[vars.size()];
                    System.arraycopy(p.basis.get(b), 0, row, offset, p.variables.size());
                    m.basis.add(row);
                    m.pivots.add(p.pivots.get(b) + offset);
                }
                offset += p.variables.size();
            }
            parts.forEach(p -> m.rowIds.addAll(p.rowIds));
            m.rowIds.sort(null);
            return m;
        }

        Component copy() {
            Component c = new Component(this);
            basis.forEach(b -> c.basis.add(b.clone()));
            c.pivots.addAll(pivots);
            c.rowIds.addAll(rowIds);
            return c;
        }

        int[] embedLocal(int[] globalVars) {
            int[] l = new int[globalVars.length];
            for (int i = 0; i < l.length; i++) {
                l[i] = local.get(globalVars[i]);
            }
            return l;
        }

        long[] embed(int[] globalVars) {
            long[] v = new long[variables.size()];
            for (int g : globalVars) {
                v[local.get(g)] = 1;
            }
            return v;
        }

        /** Adds a vector to the row space; false when it was already in it. */
        boolean add(long[] v) {
            for (int b = 0; b < basis.size(); b++) {
                long f = v[pivots.get(b)];
                if (f != 0) {
                    subtract(v, f, basis.get(b));
                }
            }
            int q = -1;
            for (int i = 0; i < v.length && q < 0; i++) {
                if (v[i] != 0) {
                    q = i;
                }
            }
            if (q < 0) {
                return false;
            }
            long inverse = inverse(v[q]);
            for (int i = 0; i < v.length; i++) {
                v[i] = v[i] * inverse % P;
            }
            for (long[] b : basis) {
                if (b[q] != 0) {
                    subtract(b, b[q], v);
                }
            }
            basis.add(v);
            pivots.add(q);
            return true;
        }

        /** Whether a row of the echelon form is a unit vector (with known columns already zero): a value follows. */
        boolean determinesAValue() {
            for (long[] b : basis) {
                int nonZero = 0;
                for (long x : b) {
                    nonZero += x != 0 ? 1 : 0;
                }
                if (nonZero == 1) {
                    return true;
                }
            }
            return false;
        }

        private static void subtract(long[] target, long factor, long[] row) {
            for (int i = 0; i < target.length; i++) {
                if (row[i] != 0) {
                    target[i] = Math.floorMod(target[i] - factor * row[i] % P, P);
                }
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
