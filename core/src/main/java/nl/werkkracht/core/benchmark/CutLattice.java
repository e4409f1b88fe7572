package nl.werkkracht.core.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every peer group a user can request for one metric in one period, with its members: the cut lattice.
 * A cut fixes or leaves open each of sector, size class and region (so it has 2³ = 8 generalisations,
 * from the single cell up to the whole network); the lattice holds every cut with at least one member.
 * A requestable cut outside it has no members.
 *
 * <p>Membership is kept per atom: an atom is a non-empty cell sector × size class × region. Every cut is a
 * union of atoms and two organisations in the same atom belong to exactly the same cuts, so no
 * combination of cuts can tell them apart: the atom is the finest group anyone can isolate by differencing,
 * and reasoning over atoms is exact. The number of atoms, and so the cost of the audit, is bounded by the
 * code lists (sectors × 4 × regions), not by the number of organisations.
 */
public final class CutLattice {

    private final List<Peer> peers;
    private final List<Cut> cuts;
    private final Map<Cut, Integer> index;
    private final long[][] atomsOfCut;
    private final int atomCount;
    private final int[] members;
    /** The positions (in {@link #peers}) of each atom's members, ascending. */
    private final int[][] peersOfAtom;

    private final double[] largest;
    private final double[] second;
    private final double[] total;
    private final int[] byLargest;
    private final int[] cutSize;
    private final double[] cutTotal;

    private record Cell(String sector, SizeClass sizeClass, String region) {}

    private CutLattice(List<Peer> peers) {
        this.peers = List.copyOf(peers);
        var cellIndex = new LinkedHashMap<Cell, Integer>();
        for (Peer p : this.peers) {
            cellIndex.putIfAbsent(new Cell(p.sector(), p.sizeClass(), p.region()), cellIndex.size());
        }
        atomCount = cellIndex.size();
        members = new int[atomCount];
        largest = new double[atomCount];
        second = new double[atomCount];
        total = new double[atomCount];
        var ids = new HashMap<String, Boolean>();
        int[] atomOfPeer = new int[this.peers.size()];
        for (int i = 0; i < this.peers.size(); i++) {
            Peer p = this.peers.get(i);
            if (ids.put(p.organisationId(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("organisation " + p.organisationId() + " appears twice");
            }
            int a = cellIndex.get(new Cell(p.sector(), p.sizeClass(), p.region()));
            atomOfPeer[i] = a;
            members[a]++;
            double v = Math.abs(p.value());
            total[a] += v;
            if (v > largest[a]) {
                second[a] = largest[a];
                largest[a] = v;
            } else if (v > second[a]) {
                second[a] = v;
            }
        }
        peersOfAtom = new int[atomCount][];
        for (int a = 0; a < atomCount; a++) {
            peersOfAtom[a] = new int[members[a]];
        }
        int[] filled = new int[atomCount];
        for (int i = 0; i < atomOfPeer.length; i++) {
            int a = atomOfPeer[i];
            peersOfAtom[a][filled[a]++] = i;
        }
        var bits = new HashMap<Cut, long[]>();
        int words = (atomCount + 63) / 64;
        cellIndex.forEach((cell, a) -> {
            for (int mask = 0; mask < 8; mask++) {
                Cut cut = Cut.of(
                        (mask & 1) != 0 ? cell.sector() : null,
                        (mask & 2) != 0 ? cell.sizeClass() : null,
                        (mask & 4) != 0 ? cell.region() : null);
                bits.computeIfAbsent(cut, c -> new long[words])[a >>> 6] |= 1L << a;
            }
        });
        var sorted = new ArrayList<>(bits.keySet());
        sorted.sort(Cut.STABLE_ORDER);
        cuts = Collections.unmodifiableList(sorted);
        index = new HashMap<>();
        atomsOfCut = new long[sorted.size()][];
        cutSize = new int[sorted.size()];
        cutTotal = new double[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i), i);
            atomsOfCut[i] = bits.get(sorted.get(i));
            Group g = measure(atomsOfCut[i]);
            cutSize[i] = g.n();
            cutTotal[i] = g.total();
        }
        byLargest = java.util.stream.IntStream.range(0, atomCount)
                .boxed()
                .sorted((a, b) -> Double.compare(largest[b], largest[a]))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * The lattice of these peers.
     *
     * @throws IllegalArgumentException when an organisation appears twice
     */
    public static CutLattice of(List<Peer> peers) {
        return new CutLattice(peers);
    }

    /** The peers, in the order given. */
    public List<Peer> peers() {
        return peers;
    }

    /** Every cut with at least one member, in {@link Cut#STABLE_ORDER}. */
    public List<Cut> cuts() {
        return cuts;
    }

    /** The number of members of the cut; 0 for a cut outside the lattice. */
    public int size(Cut cut) {
        Integer i = index.get(cut);
        return i == null ? 0 : cutSize[i];
    }

    /** The values of the cut's members, in peer order; empty for a cut outside the lattice. */
    public double[] values(Cut cut) {
        int[] positions = positions(cut);
        double[] values = new double[positions.length];
        for (int i = 0; i < positions.length; i++) {
            values[i] = peers.get(positions[i]).value();
        }
        return values;
    }

    /** The cut's members, in peer order; empty for a cut outside the lattice. */
    public List<Peer> members(Cut cut) {
        int[] positions = positions(cut);
        var members = new ArrayList<Peer>(positions.length);
        for (int p : positions) {
            members.add(peers.get(p));
        }
        return Collections.unmodifiableList(members);
    }

    /**
     * The positions of the cut's members, ascending: gathered from its atoms, so that reading every cut costs
     * about eight passes over the peers (each peer lies in eight cuts), not one pass per cut.
     */
    private int[] positions(Cut cut) {
        Integer i = index.get(cut);
        if (i == null) {
            return new int[0];
        }
        int[] positions = new int[cutSize[i]];
        int n = 0;
        long[] atoms = atomsOfCut[i];
        for (int w = 0; w < atoms.length; w++) {
            for (long bits = atoms[w]; bits != 0; bits &= bits - 1) {
                int a = (w << 6) + Long.numberOfTrailingZeros(bits);
                System.arraycopy(peersOfAtom[a], 0, positions, n, peersOfAtom[a].length);
                n += peersOfAtom[a].length;
            }
        }
        Arrays.sort(positions, 0, n);
        return n == positions.length ? positions : Arrays.copyOf(positions, n);
    }

    int indexOf(Cut cut) {
        Integer i = index.get(cut);
        return i == null ? -1 : i;
    }

    /** The number of organisations in cut {@code i}. */
    int size(int i) {
        return cutSize[i];
    }

    /** The sum of absolute values in cut {@code i}. */
    double total(int i) {
        return cutTotal[i];
    }

    /** The number of organisations in the lattice. */
    int peerCount() {
        return peers.size();
    }

    /** The sum of absolute values of all peers. */
    double grandTotal() {
        double sum = 0;
        for (double t : total) {
            sum += t;
        }
        return sum;
    }

    /**
     * Whether a derived group (a union of atoms whose size and total are already known by arithmetic on
     * cuts) is safe: empty, or at least k organisations and, for additive metrics, not dominated. The two
     * largest contributions are found by walking the atoms from the largest value down, which stops after
     * two hits for any large group. The total, obtained by subtraction, may be off in the last bits, so the
     * dominance test is made a hair stricter (relative 1e-9): a tie at the boundary is suppressed.
     */
    boolean safeGroup(long[] atoms, int n, double groupTotal, DisclosureRule rule, boolean additive) {
        if (n == 0 || !additive) {
            return n == 0 || n >= rule.k();
        }
        if (n < rule.k()) {
            return false;
        }
        double first = -1;
        double next = 0;
        for (int a : byLargest) {
            if ((atoms[a >>> 6] & (1L << a)) != 0) {
                if (first < 0) {
                    first = largest[a];
                    next = second[a];
                } else {
                    next = Math.max(next, largest[a]);
                    break;
                }
            }
        }
        return !DisclosureRule.dominated(first, next, groupTotal * (1 - 1e-9));
    }

    /** The atoms of cut {@code i}, as a bit set; do not modify. */
    long[] atoms(int i) {
        return atomsOfCut[i];
    }

    /** The number of organisations in each atom. */
    int[] atomMembers() {
        return members.clone();
    }

    /** Every atom: the whole network. */
    long[] allAtoms() {
        long[] all = new long[(atomCount + 63) / 64];
        for (int a = 0; a < atomCount; a++) {
            all[a >>> 6] |= 1L << a;
        }
        return all;
    }

    /** Size and dominance figures of a union of atoms. */
    Group measure(long[] atoms) {
        int n = 0;
        double first = 0;
        double next = 0;
        double sum = 0;
        for (int w = 0; w < atoms.length; w++) {
            long word = atoms[w];
            while (word != 0) {
                int a = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                n += members[a];
                sum += total[a];
                if (largest[a] > first) {
                    next = Math.max(first, second[a]);
                    first = largest[a];
                } else if (largest[a] > next) {
                    next = largest[a];
                }
            }
        }
        return new Group(n, first, next, sum);
    }

    /**
     * A union of atoms, measured.
     *
     * @param n organisations
     * @param largest the largest absolute value
     * @param second the second-largest absolute value
     * @param total the sum of absolute values
     */
    record Group(int n, double largest, double second, double total) {}

    @Override
    public String toString() {
        return "CutLattice[" + peers.size() + " peers, " + atomCount + " atoms, " + cuts.size() + " cuts, "
                + Arrays.stream(members).max().orElse(0) + " in the largest atom]";
    }
}
