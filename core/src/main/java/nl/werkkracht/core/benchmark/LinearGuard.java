package nl.werkkracht.core.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The exact part of secondary suppression: keeps track of every total that can be derived from the shown
 * cuts by <em>any</em> linear combination, not only by pairs and margins, and refuses a cut that would make
 * the total of fewer than {@code k} organisations derivable.
 *
 * <p>Model: each shown cut reveals the total over its atoms (see {@link CutLattice}); a group of atoms
 * {@code G} has a derivable total exactly when its indicator vector lies in the span of the shown cuts'
 * indicator vectors, i.e. is orthogonal to every vector of the null space {@code N} (vectors over the atoms
 * whose sum over every shown cut is 0). The guard keeps a basis of {@code N} in exact arithmetic modulo the
 * prime 2³¹ - 1 (a rank modulo the prime differs from the rank over the rationals only when the prime
 * divides every maximal minor of the 0/1 matrix: not a practical concern). Showing a cut {@code C} shrinks
 * {@code N} to {@code N ∩ C⊥}; before it does, the guard takes a random vector {@code h} of the new null
 * space and looks for groups of atoms with fewer than {@code k} organisations in total whose {@code
 * h}-values sum to 0 ({@link SmallGroupSearch}: groups of at most {@code k - 1} atoms, since every atom
 * holds at least one organisation). A derivable group always sums to 0, so none is missed; a group found
 * is then checked exactly against the whole basis, so the randomness never changes a decision.
 *
 * <p>Cost per cut: O(d·|C|) to see whether the cut adds anything to the span (d = dimension of {@code N};
 * summed over all cuts this is O(8·atoms·d), as every atom lies in 8 cuts); when it does, O(s) for
 * {@code h} and O(H) for the search, with {@code s} the atoms with fewer than {@code k} organisations and
 * {@code H ≈ s²/2} their pairs (for k = 5); and O(atoms·d) to update the basis when the cut is shown.
 * Memory: the basis, atoms × d residues.
 */
final class LinearGuard {

    /** The prime modulus: 2³¹ - 1, so that products of two residues fit in a long. */
    static final long P = 2_147_483_647L;

    private final int[] members;
    private final int k;
    private final int[] small;
    private final List<long[]> nullBasis = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(0x5EC0_4DA7L);
    /** Two uniformly random vectors of N, kept in N as it shrinks: they make the random h cheap. */
    private final long[] g1;

    private final long[] g2;

    private final SmallGroupSearch search;

    LinearGuard(int[] members, int k) {
        this.members = members.clone();
        this.k = k;
        this.small = java.util.stream.IntStream.range(0, members.length)
                .filter(a -> members[a] < k)
                .toArray();
        for (int a = 0; a < members.length; a++) {
            long[] unit = new long[members.length];
            unit[a] = 1;
            nullBasis.add(unit);
        }
        g1 = random.longs(members.length, 0, P).toArray();
        g2 = random.longs(members.length, 0, P).toArray();
        search = new SmallGroupSearch(small, this.members, k, P);
    }

    /** Whether showing a cut with these atoms would make the total of fewer than k organisations derivable. */
    boolean wouldReveal(long[] atoms) {
        long[] dots = dots(atoms);
        int pivot = firstNonZero(dots);
        if (pivot < 0) {
            return false; // its total already follows from the shown cuts: nothing new
        }
        long inverse = inverse(dots[pivot]);
        // h = (g2·c) g1 - (g1·c) g2 lies in N ∩ C⊥ and is random there (Schwartz–Zippel: a group that is not
        // derivable sums to 0 with probability ≤ 2/P); should both dots vanish, draw h from the basis
        long gc1 = dot(g1, atoms);
        long gc2 = dot(g2, atoms);
        long[] h = new long[small.length];
        if (gc1 == 0 && gc2 == 0) {
            h = randomFromBasis(dots, pivot, inverse);
        } else {
            for (int i = 0; i < small.length; i++) {
                int a = small[i];
                h[i] = mod(mod(gc2 * g1[a]) - mod(gc1 * g2[a]));
            }
        }
        return search.anyDerivable(h, group -> derivable(group, dots, pivot, inverse));
    }

    private long[] randomFromBasis(long[] dots, int pivot, long inverse) {
        long[] h = new long[small.length];
        long[] zp = nullBasis.get(pivot);
        for (int j = 0; j < nullBasis.size(); j++) {
            if (j != pivot) {
                long rho = random.nextLong(P);
                long[] z = nullBasis.get(j);
                long factor = mod(dots[j] * inverse);
                for (int i = 0; i < small.length; i++) {
                    int a = small[i];
                    h[i] = mod(h[i] + rho * mod(z[a] - mod(factor * zp[a])));
                }
            }
        }
        return h;
    }

    /** Shows a cut: the null space loses the direction the cut's total pins down. */
    void accept(long[] atoms) {
        long[] dots = dots(atoms);
        int pivot = firstNonZero(dots);
        if (pivot < 0) {
            return;
        }
        long inverse = inverse(dots[pivot]);
        long[] zp = nullBasis.get(pivot);
        for (long[] g : new long[][] {g1, g2}) {
            long factor = mod(dot(g, atoms) * inverse);
            for (int a = 0; a < g.length; a++) {
                g[a] = mod(g[a] - mod(factor * zp[a]));
            }
        }
        for (int j = 0; j < nullBasis.size(); j++) {
            if (j != pivot && dots[j] != 0) {
                long factor = mod(dots[j] * inverse);
                long[] z = nullBasis.get(j);
                for (int a = 0; a < z.length; a++) {
                    if (zp[a] != 0) {
                        z[a] = mod(z[a] - mod(factor * zp[a]));
                    }
                }
            }
        }
        nullBasis.remove(pivot);
    }

    /** Exactly: is the group orthogonal to every basis vector of N ∩ C⊥? */
    private boolean derivable(int[] group, long[] dots, int pivot, long inverse) {
        long[] zp = nullBasis.get(pivot);
        long sp = 0;
        for (int i : group) {
            sp += zp[small[i]];
        }
        sp = mod(sp);
        for (int j = 0; j < nullBasis.size(); j++) {
            if (j == pivot) {
                continue;
            }
            long[] z = nullBasis.get(j);
            long s = 0;
            for (int i : group) {
                s += z[small[i]];
            }
            if (mod(mod(s) - mod(mod(dots[j] * inverse) * sp)) != 0) {
                return false;
            }
        }
        return true;
    }

    private long[] dots(long[] atoms) {
        long[] dots = new long[nullBasis.size()];
        for (int j = 0; j < dots.length; j++) {
            dots[j] = dot(nullBasis.get(j), atoms);
        }
        return dots;
    }

    /** The sum of z over the atoms, modulo P (entries below P, so the sum of up to 2³² of them fits). */
    private static long dot(long[] z, long[] atoms) {
        long s = 0;
        for (int w = 0; w < atoms.length; w++) {
            long word = atoms[w];
            while (word != 0) {
                s += z[(w << 6) + Long.numberOfTrailingZeros(word)];
                word &= word - 1;
            }
        }
        return mod(s);
    }

    private static int firstNonZero(long[] values) {
        for (int j = 0; j < values.length; j++) {
            if (values[j] != 0) {
                return j;
            }
        }
        return -1;
    }

    private static long mod(long x) {
        long r = x % P;
        return r < 0 ? r + P : r;
    }

    private static long inverse(long a) {
        long result = 1;
        long base = a;
        for (long e = P - 2; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result * base % P;
            }
            base = base * base % P;
        }
        return result;
    }
}
