package nl.werkkracht.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The randomized differencing attack of issue 5: many random networks, every requestable cut, and an
 * attacker who knows every organisation's sector, size class and region and treats every shown cut as a
 * shown total (a frontier or mean times {@code n} is a total). It forms every difference it can from pairs
 * of shown cuts and their complements, and every margin (a shown cut minus its shown children along one
 * attribute), and asserts that none isolates a group of 1..k-1 organisations or a dominated group. Then a
 * stronger attacker tries every linear combination of the shown totals. This test shares no code with the
 * auditor: it recomputes membership from the peers.
 */
class DisclosureAttackTest {

    private static final int NETWORKS = 200;

    @Test
    void shouldNeverLetDifferencesIsolateFewerThanKOrganisations() {
        var tally = new Tally();
        for (int seed = 0; seed < NETWORKS; seed++) {
            attack(seed, tally);
        }
        System.out.printf(
                "differencing attack: %d networks, %d cuts, %d shown, %d differences tried, suppressed %s%n",
                NETWORKS, tally.cuts, tally.shown, tally.differences, tally.reasons);
        System.out.printf("linear attack: %d small groups of cells checked, none derivable%n", tally.linearGroups);
        assertThat(tally.cuts).isGreaterThan(10_000);
        assertThat(tally.differences).isGreaterThan(100_000);
        assertThat(tally.reasons) // every rule of one state was exercised
                .containsKeys(SuppressionReason.FREQUENCY, SuppressionReason.DOMINANCE, SuppressionReason.SECONDARY);
        assertThat(tally.shown).isGreaterThan(tally.cuts / 10);
        assertThat(tally.linearGroups).isGreaterThan(100_000);
    }

    private static final class Tally {
        long cuts;
        long shown;
        long differences;
        long linearGroups;
        final Map<SuppressionReason, Integer> reasons = new EnumMap<>(SuppressionReason.class);
    }

    private record Known(String what, BitSet members, double total) {}

    private static void attack(int seed, Tally tally) {
        var random = new Random(seed);
        int k = seed % 10 == 9 ? 7 : DisclosureRule.MINIMUM_K;
        boolean additive = seed % 2 == 0;
        List<String> sectors = codes("S", 2 + random.nextInt(4));
        List<String> regions = codes("R", 1 + random.nextInt(4));
        List<Peer> peers = randomPeers(random, sectors, regions, additive);
        var metric = additive ? Metric.VALUE_ADDED_PER_HOUR : Metric.JOB_QUALITY;
        PeerBenchmark benchmark = PeerBenchmark.of(metric, peers, new DisclosureRule(k));
        BenchmarkHistory history = BenchmarkHistory.empty(metric, new DisclosureRule(k));
        history.publish(benchmark, java.time.Instant.EPOCH);

        List<Known> known = new ArrayList<>();
        List<Cut> shownCuts = new ArrayList<>();
        for (Cut cut : allCuts(sectors, regions)) {
            BitSet members = members(peers, cut);
            BenchmarkAnswer answer = history.answer(cut, Viewer.OUTSIDER, benchmark);
            tally.cuts++;
            if (answer instanceof BenchmarkAnswer.Shown shown) {
                tally.shown++;
                assertThat(shown.statistics().n())
                        .isEqualTo(members.cardinality())
                        .isGreaterThanOrEqualTo(k);
                assertThat(additive && dominated(peers, members))
                        .as("dominated " + cut)
                        .isFalse();
                known.add(new Known(cut.toString(), members, total(peers, members)));
                shownCuts.add(cut);
            } else {
                var suppressed = (BenchmarkAnswer.Suppressed) answer;
                tally.reasons.merge(suppressed.reason(), 1, Integer::sum);
                assertThat(suppressed.band().fewerThanK()).isEqualTo(members.cardinality() < k);
            }
        }
        BitSet everyone = new BitSet();
        everyone.set(0, peers.size());
        Optional<Known> all =
                known.stream().filter(c -> c.members.equals(everyone)).findFirst();
        all.ifPresent(a -> List.copyOf(known).forEach(c -> known.add(complement(a, c))));

        for (Known x : known) {
            for (Known y : known) {
                if (contains(y.members, x.members)) {
                    BitSet d = (BitSet) y.members.clone();
                    d.andNot(x.members);
                    tally.differences++;
                    assertSafe(peers, d, y.total - x.total, y.what + " minus " + x.what, k, additive);
                }
            }
        }
        for (Known parent : known.subList(0, shownCuts.size())) {
            Cut p = shownCuts.get(known.indexOf(parent));
            for (int dimension = 0; dimension < 3; dimension++) {
                BitSet rest = (BitSet) parent.members.clone();
                double restTotal = parent.total;
                for (int i = 0; i < shownCuts.size(); i++) {
                    if (isChild(shownCuts.get(i), p, dimension)) {
                        rest.andNot(known.get(i).members);
                        restTotal -= known.get(i).total;
                    }
                }
                tally.differences++;
                assertSafe(peers, rest, restTotal, parent.what + " minus its shown children", k, additive);
            }
        }
        assertNoLinearCombinationIsolatesAGroup(
                peers,
                known.subList(0, shownCuts.size()).stream().map(Known::members).toList(),
                k,
                tally);
    }

    /**
     * The strongest attacker on totals: any linear combination of the shown totals. A group of
     * organisations has a derivable total exactly when its indicator vector (over the cells sector × size ×
     * region, which no cut can split) lies in the span of the shown cuts' indicator vectors, i.e. is
     * orthogonal to the null space. Computed here from scratch (row reduction modulo a prime) and checked
     * for every group of cells holding fewer than k organisations.
     */
    private static void assertNoLinearCombinationIsolatesAGroup(
            List<Peer> peers, List<BitSet> shown, int k, Tally tally) {
        java.util.Map<String, Integer> cellOf = new java.util.LinkedHashMap<>();
        List<Integer> count = new ArrayList<>();
        int[] cellOfPeer = new int[peers.size()];
        for (int i = 0; i < peers.size(); i++) {
            Peer p = peers.get(i);
            String key = p.sector() + "|" + p.sizeClass() + "|" + p.region();
            Integer cell = cellOf.get(key);
            if (cell == null) {
                cell = cellOf.size();
                cellOf.put(key, cell);
                count.add(0);
            }
            count.set(cell, count.get(cell) + 1);
            cellOfPeer[i] = cell;
        }
        int cells = cellOf.size();
        List<long[]> basis = new ArrayList<>();
        List<Integer> pivots = new ArrayList<>();
        for (BitSet members : shown) {
            long[] row = new long[cells];
            members.stream().forEach(i -> row[cellOfPeer[i]] = 1);
            addToEchelonBasis(row, basis, pivots);
        }
        List<long[]> nullSpace = new ArrayList<>();
        for (int free = 0; free < cells; free++) {
            if (pivots.contains(free)) {
                continue;
            }
            long[] z = new long[cells];
            z[free] = 1;
            for (int b = 0; b < basis.size(); b++) {
                z[pivots.get(b)] = (PRIME - basis.get(b)[free]) % PRIME;
            }
            nullSpace.add(z);
        }
        int[] small = java.util.stream.IntStream.range(0, cells)
                .filter(c -> count.get(c) < k)
                .toArray();
        searchGroups(small, 0, new ArrayList<>(), 0, count, k, nullSpace, tally);
    }

    private static final long PRIME = 2_147_483_647L;

    private static void searchGroups(
            int[] small,
            int from,
            List<Integer> group,
            int n,
            List<Integer> count,
            int k,
            List<long[]> nullSpace,
            Tally tally) {
        if (!group.isEmpty()) {
            tally.linearGroups++;
            boolean derivable = nullSpace.stream()
                    .allMatch(z -> group.stream().mapToLong(c -> z[c]).sum() % PRIME == 0);
            assertThat(derivable)
                    .as("a linear combination of shown totals isolates cells %s with %d organisation(s)", group, n)
                    .isFalse();
        }
        for (int i = from; i < small.length; i++) {
            if (n + count.get(small[i]) < k) {
                group.add(small[i]);
                searchGroups(small, i + 1, group, n + count.get(small[i]), count, k, nullSpace, tally);
                group.remove(group.size() - 1);
            }
        }
    }

    /** Gauss–Jordan step modulo PRIME: reduces the row and, when independent, adds it in reduced form. */
    private static void addToEchelonBasis(long[] row, List<long[]> basis, List<Integer> pivots) {
        for (int b = 0; b < basis.size(); b++) {
            long f = row[pivots.get(b)];
            if (f != 0) {
                long[] base = basis.get(b);
                for (int j = 0; j < row.length; j++) {
                    row[j] = Math.floorMod(row[j] - f * base[j], PRIME);
                }
            }
        }
        int pivot = -1;
        for (int j = 0; j < row.length && pivot < 0; j++) {
            if (row[j] != 0) {
                pivot = j;
            }
        }
        if (pivot < 0) {
            return;
        }
        long inverse = java.math.BigInteger.valueOf(row[pivot])
                .modInverse(java.math.BigInteger.valueOf(PRIME))
                .longValue();
        for (int j = 0; j < row.length; j++) {
            row[j] = row[j] * inverse % PRIME;
        }
        for (long[] base : basis) {
            long f = base[pivot];
            if (f != 0) {
                for (int j = 0; j < row.length; j++) {
                    base[j] = Math.floorMod(base[j] - f * row[j], PRIME);
                }
            }
        }
        basis.add(row);
        pivots.add(pivot);
    }

    private static void assertSafe(
            List<Peer> peers, BitSet group, double derived, String how, int k, boolean additive) {
        int n = group.cardinality();
        assertThat(n == 0 || n >= k)
                .as("%s isolates %d organisation(s) with total %.6f", how, n, derived)
                .isTrue();
        assertThat(n > 0 && additive && dominated(peers, group))
                .as("%s isolates a dominated group", how)
                .isFalse();
    }

    private static Known complement(Known all, Known cut) {
        BitSet rest = (BitSet) all.members.clone();
        rest.andNot(cut.members);
        return new Known("all minus " + cut.what, rest, all.total - cut.total);
    }

    private static boolean isChild(Cut child, Cut parent, int dimension) {
        return switch (dimension) {
            case 0 ->
                parent.sector().isEmpty()
                        && child.sector().isPresent()
                        && child.withoutSector().equals(parent);
            case 1 ->
                parent.sizeClass().isEmpty()
                        && child.sizeClass().isPresent()
                        && child.withoutSizeClass().equals(parent);
            default ->
                parent.region().isEmpty()
                        && child.region().isPresent()
                        && child.withoutRegion().equals(parent);
        };
    }

    private static boolean contains(BitSet outer, BitSet inner) {
        BitSet outside = (BitSet) inner.clone();
        outside.andNot(outer);
        return outside.isEmpty();
    }

    static List<String> codes(String prefix, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(prefix + i);
        }
        return codes;
    }

    private static List<Peer> randomPeers(Random random, List<String> sectors, List<String> regions, boolean additive) {
        return randomPeers(random, sectors, regions, additive, 5 + random.nextInt(250));
    }

    /** {@code n} organisations spread over the sectors, size classes and regions, with random values. */
    static List<Peer> randomPeers(Random random, List<String> sectors, List<String> regions, boolean additive, int n) {
        List<Peer> peers = new ArrayList<>();
        SizeClass[] sizes = SizeClass.values();
        for (int i = 0; i < n; i++) {
            // skewed: many small firms, a few large ones; the first sector and region are the common ones
            String sector = sectors.get(Math.min(random.nextInt(sectors.size() + 1), sectors.size() - 1));
            SizeClass size = sizes[Math.min(sizes.length - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 1.3))];
            String region = regions.get(random.nextInt(regions.size()));
            double value = additive
                    ? Math.exp(3.5 + random.nextGaussian() * (random.nextInt(4) == 0 ? 2.0 : 0.4))
                    : 100 * random.nextDouble();
            peers.add(new Peer("org" + i, sector, size, region, value));
        }
        return peers;
    }

    /** Every requestable cut: each attribute open or any of its codes, also codes without members. */
    static List<Cut> allCuts(List<String> sectors, List<String> regions) {
        List<Cut> cuts = new ArrayList<>();
        List<String> sectorChoices = new ArrayList<>(sectors);
        sectorChoices.add(null);
        sectorChoices.add("EMPTY");
        List<String> regionChoices = new ArrayList<>(regions);
        regionChoices.add(null);
        List<SizeClass> sizeChoices = new ArrayList<>(List.of(SizeClass.values()));
        sizeChoices.add(null);
        for (String s : sectorChoices) {
            for (SizeClass c : sizeChoices) {
                for (String r : regionChoices) {
                    cuts.add(Cut.of(s, c, r));
                }
            }
        }
        return cuts;
    }

    private static BitSet members(List<Peer> peers, Cut cut) {
        BitSet members = new BitSet();
        for (int i = 0; i < peers.size(); i++) {
            if (cut.contains(peers.get(i))) {
                members.set(i);
            }
        }
        return members;
    }

    private static double total(List<Peer> peers, BitSet members) {
        return members.stream().mapToDouble(i -> peers.get(i).value()).sum();
    }

    private static boolean dominated(List<Peer> peers, BitSet members) {
        return DisclosureRule.dominated(
                members.stream().mapToDouble(i -> peers.get(i).value()).toArray());
    }
}
