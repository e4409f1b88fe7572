package nl.werkkracht.core.benchmark;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * For {@link LinearGuard}: groups of atoms with fewer than k organisations whose h-values sum to 0 modulo P, found by
 * meeting in the middle: every such group is the union of two disjoint "halves" of at most ⌈(k-1)/2⌉
 * atoms each (or one half alone). The halves depend only on the atoms' sizes, so they are listed once;
 * each search only sums h over them and joins them through a hash table.
 */
final class SmallGroupSearch {

    private final int[] small;
    private final int[] members;
    private final int k;
    private final long prime;
    private final int width; // = ⌈(k-1)/2⌉: two halves cover every group of up to k-1 atoms
    private int size;
    private int[] atomsOf;
    private int[] counts = new int[256];
    private long[] sums;
    private int[] head;
    private int[] next;
    private int mask;

    /**
     * @param small the atoms that may take part (those with fewer than k organisations); group members
     *     are indices into this array
     * @param members organisations per atom
     * @param k the minimum group size
     * @param prime the modulus of the h-values
     */
    SmallGroupSearch(int[] small, int[] members, int k, long prime) {
        this.small = small;
        this.members = members;
        this.k = k;
        this.prime = prime;
        this.width = k / 2;
        this.atomsOf = new int[256 * width];
        collect(new int[width], 0, 0, 0);
        sums = new long[size];
        next = new int[size];
        int capacity = Integer.highestOneBit(Math.max(2, size) * 2 - 1) << 1;
        head = new int[capacity];
        mask = capacity - 1;
    }

    private void collect(int[] half, int length, int from, int count) {
        if (length > 0) {
            add(half, length, count);
        }
        if (length == width) {
            return;
        }
        for (int i = from; i < small.length; i++) {
            int c = count + members[small[i]];
            if (c < k) {
                half[length] = i;
                collect(half, length + 1, i + 1, c);
            }
        }
    }

    private void add(int[] half, int length, int count) {
        if (size == counts.length) {
            counts = Arrays.copyOf(counts, size * 2);
            atomsOf = Arrays.copyOf(atomsOf, size * 2 * width);
        }
        for (int i = 0; i < width; i++) {
            atomsOf[size * width + i] = i < length ? half[i] : -1;
        }
        counts[size] = count;
        size++;
    }

    /** Whether some group sums to 0 under h and passes the exact test. */
    boolean anyDerivable(long[] h, Predicate<int[]> exact) {
        Arrays.fill(head, -1);
        for (int x = 0; x < size; x++) {
            long sum = 0;
            for (int i = 0; i < width && atomsOf[x * width + i] >= 0; i++) {
                sum += h[atomsOf[x * width + i]];
            }
            sums[x] = sum % prime;
            int slot = slot(sums[x]);
            next[x] = head[slot];
            head[slot] = x;
        }
        for (int x = 0; x < size; x++) {
            if (sums[x] == 0 && exact.test(union(x, -1))) {
                return true;
            }
            long target = (prime - sums[x]) % prime;
            for (int y = head[slot(target)]; y >= 0; y = next[y]) {
                if (sums[y] == target && counts[x] + counts[y] < k) {
                    int[] union = union(x, y);
                    if (union.length > 0 && exact.test(union)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private int slot(long sum) {
        return (int) ((sum * 0x9E37_79B9_7F4A_7C15L) >>> 40) & mask;
    }

    /** The atoms of half x and half y (none for y = -1); empty when they share an atom. */
    private int[] union(int x, int y) {
        int[] u = new int[2 * width];
        int n = 0;
        for (int half : new int[] {x, y}) {
            for (int i = 0; half >= 0 && i < width && atomsOf[half * width + i] >= 0; i++) {
                int atom = atomsOf[half * width + i];
                for (int j = 0; j < n; j++) {
                    if (u[j] == atom) {
                        return new int[0];
                    }
                }
                u[n++] = atom;
            }
        }
        return Arrays.copyOf(u, n);
    }
}
