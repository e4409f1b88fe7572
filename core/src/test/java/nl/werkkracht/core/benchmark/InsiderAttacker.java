package nl.werkkracht.core.benchmark;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The exact attacker of the insider test, sharing no code with the engine: it collects every published
 * statistic as a linear equation over organisations' values (a variable per organisation and value, so a
 * changed figure is a new variable) and finds every value it can determine, given the values it knows (its
 * own organisations'). It knows more than a real attacker: which organisation sits at which sorted position
 * of every cut and version, and each statistic unrounded. Row reduction modulo the prime 2³¹ - 1.
 */
final class InsiderAttacker {

    static final long PRIME = 2_147_483_647L;

    /** One organisation's value as published. */
    record Variable(String organisation, double value) {
        Variable {
            value = value + 0.0;
        }
    }

    private final Map<Variable, Integer> columns = new HashMap<>();
    private final List<Variable> variables = new ArrayList<>();
    private final Set<String> known;
    private final List<long[]> basis = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();
    private int equations;

    InsiderAttacker(Set<String> known) {
        this.known = Set.copyOf(known);
    }

    /** The fraction {@code numerator / denominator} modulo the prime. */
    static long fraction(long numerator, long denominator) {
        return Math.floorMod(numerator, PRIME)
                * BigInteger.valueOf(denominator)
                        .modInverse(BigInteger.valueOf(PRIME))
                        .longValue()
                % PRIME;
    }

    /**
     * Learns one published statistic: {@code Σ coefficient · value = published}. Known values are moved to
     * the right-hand side, so only the unknown part matters for what can be determined.
     */
    void learn(Map<Variable, Long> coefficients) {
        equations++;
        Map<Integer, Long> row = new HashMap<>();
        coefficients.forEach((v, c) -> {
            if (!known.contains(v.organisation()) && Math.floorMod(c, PRIME) != 0) {
                row.merge(column(v), Math.floorMod(c, PRIME), (a, b) -> (a + b) % PRIME);
            }
        });
        long[] dense = new long[variables.size()];
        row.forEach((col, c) -> dense[col] = c);
        add(dense);
    }

    int equations() {
        return equations;
    }

    int unknowns() {
        return variables.size();
    }

    /** The unknown values the equations pin down exactly (a row of the echelon form with a single entry). */
    Set<Variable> determined() {
        Set<Variable> found = new TreeSet<>(
                java.util.Comparator.comparing(Variable::organisation).thenComparingDouble(Variable::value));
        for (int b = 0; b < basis.size(); b++) {
            long[] row = basis.get(b);
            int nonZero = 0;
            for (int i = 0; i < row.length; i++) {
                nonZero += row[i] != 0 ? 1 : 0;
            }
            if (nonZero == 1) {
                found.add(variables.get(pivots.get(b)));
            }
        }
        return found;
    }

    private int column(Variable v) {
        return columns.computeIfAbsent(v, x -> {
            variables.add(x);
            for (int b = 0; b < basis.size(); b++) {
                basis.set(b, java.util.Arrays.copyOf(basis.get(b), variables.size()));
            }
            return variables.size() - 1;
        });
    }

    private void add(long[] v) {
        for (int b = 0; b < basis.size(); b++) {
            long f = v[pivots.get(b)];
            if (f != 0) {
                long[] base = basis.get(b);
                for (int j = 0; j < v.length; j++) {
                    v[j] = Math.floorMod(v[j] - f * base[j] % PRIME, PRIME);
                }
            }
        }
        int pivot = -1;
        for (int j = 0; j < v.length && pivot < 0; j++) {
            if (v[j] != 0) {
                pivot = j;
            }
        }
        if (pivot < 0) {
            return;
        }
        long inverse = fraction(1, v[pivot]);
        for (int j = 0; j < v.length; j++) {
            v[j] = v[j] * inverse % PRIME;
        }
        for (long[] base : basis) {
            long f = base[pivot];
            if (f != 0) {
                for (int j = 0; j < v.length; j++) {
                    base[j] = Math.floorMod(base[j] - f * v[j] % PRIME, PRIME);
                }
            }
        }
        basis.add(v);
        pivots.add(pivot);
    }
}
