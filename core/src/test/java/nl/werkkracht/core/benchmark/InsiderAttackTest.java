package nl.werkkracht.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The randomized insider attack of issue 9, extending the outsider's differencing attack ({@link
 * DisclosureAttackTest}). An insider — one member organisation, or an adviser who can access several,
 * possibly joining later — knows its own values and its membership of every cut, asks every requestable cut
 * after every change (joins, withdrawals, figure changes) and so sees every version, and feeds every shown
 * statistic to an exact {@link InsiderAttacker}. It must never determine a value it does not know: a value
 * determined exactly is the strongest case of "within 0.5 %", since the attacker here also gets every
 * statistic unrounded and knows every sorted position.
 *
 * <p>The same attacker, against the old publication (type-7 percentiles and a frontier of 3, live) and
 * against k-smoothed windows without versions, ledger and insider rules, finds values: it bites.
 */
class InsiderAttackTest {

    private static final int RUNS = 2_000;

    /** What a viewer is shown after each change, as equations for the attacker. */
    interface Publication {
        void step(
                List<Peer> peers,
                int step,
                Viewer viewer,
                List<Cut> cuts,
                Consumer<Map<InsiderAttacker.Variable, Long>> learn);
    }

    /** A run: its attacker's findings and how much it saw. */
    record Outcome(Set<InsiderAttacker.Variable> determined, int equations, int unknowns, String viewer) {}

    @Test
    void shouldNeverLetAnInsiderDetermineAnotherOrganisationsValue() {
        int equations = 0;
        int advisers = 0;
        int withOwnValue = 0;
        for (int seed = 0; seed < RUNS; seed++) {
            Outcome o = run(seed, Engine::new);
            assertThat(o.determined())
                    .as("run %d (%s): values determined", seed, o.viewer())
                    .isEmpty();
            equations += o.equations();
            advisers += o.viewer().startsWith("adviser") ? 1 : 0;
            withOwnValue += o.viewer().startsWith("outsider") ? 0 : 1;
        }
        System.out.printf(
                "insider attack: %d runs (%d advisers, %d with own values), %d statistics learnt, none"
                        + " determined a value%n",
                RUNS, advisers, withOwnValue, equations);
        assertThat(equations).isGreaterThan(20 * RUNS);
        assertThat(advisers).isGreaterThan(RUNS / 3);
    }

    @Test
    void shouldFindValuesInTheOldPublicationAndInWindowsWithoutTheGuards() {
        int oldLeaks = 0;
        int plainLeaks = 0;
        int runs = 200;
        for (int seed = 0; seed < runs; seed++) {
            oldLeaks += run(seed, OldType7::new).determined().isEmpty() ? 0 : 1;
            plainLeaks += run(seed, PlainWindows::new).determined().isEmpty() ? 0 : 1;
        }
        System.out.printf(
                "the attacker bites: old type 7 leaks in %d of %d runs, windows without guards in %d%n",
                oldLeaks, runs, plainLeaks);
        assertThat(oldLeaks).isGreaterThan(runs / 2);
        assertThat(plainLeaks).isGreaterThan(runs / 20);
    }

    @Test
    void shouldBeatTheThreeAttacksOfTheIssue() {
        // the network of 9: the top organisation reads the second's value from type-7 P90 (h = 7.2)
        List<Peer> nine = BenchmarkHistoryTest.peers("n", 40, 45, 50, 55, 60, 65, 70, 75, 90);
        Viewer top = Viewer.knowing(Set.of("n8"));
        Metric vaph = Metric.VALUE_ADDED_PER_HOUR;
        assertThat(attack(nine, top, new OldType7(5, vaph))).contains(new InsiderAttacker.Variable("n7", 75));
        assertThat(attack(nine, top, new Engine(5, vaph))).isEmpty();

        // the adviser's five organisations at 50 55 60 65 70 with one other at 62.5: n = 6, type-7 P50 = 61.25
        List<Peer> six = BenchmarkHistoryTest.peers("x", 50, 55, 60, 65, 70, 62.5);
        Viewer adviser = Viewer.knowing(Set.of("x0", "x1", "x2", "x3", "x4"));
        assertThat(attack(six, adviser, new OldType7(5, vaph)))
                .containsExactly(new InsiderAttacker.Variable("x5", 62.5));
        assertThat(attack(six, adviser, new Engine(5, vaph))).isEmpty();
        assertThat(attack(six, adviser, new PlainWindows(5, vaph)))
                .as("frontier x1..x5 without the insider rule")
                .containsExactly(new InsiderAttacker.Variable("x5", 62.5));
    }

    private static Set<InsiderAttacker.Variable> attack(List<Peer> peers, Viewer viewer, Publication publication) {
        InsiderAttacker attacker = new InsiderAttacker(viewer.known());
        publication.step(peers, 1, viewer, List.of(Cut.ALL), attacker::learn);
        return attacker.determined();
    }

    private static Outcome run(int seed, java.util.function.BiFunction<Integer, Metric, Publication> publications) {
        Random random = new Random(seed);
        int k = seed % 10 == 9 ? 6 : DisclosureRule.MINIMUM_K;
        boolean additive = seed % 2 == 0;
        Publication publication = publications.apply(k, additive ? Metric.VALUE_ADDED_PER_HOUR : Metric.ENGAGEMENT);
        List<String> sectors = DisclosureAttackTest.codes("S", 1 + random.nextInt(3));
        List<String> regions = DisclosureAttackTest.codes("R", 1 + random.nextInt(2));
        List<Peer> pool = new ArrayList<>(DisclosureAttackTest.randomPeers(random, sectors, regions, additive, 90));
        java.util.Collections.shuffle(pool, random);
        Map<String, Peer> peers = new LinkedHashMap<>();
        int initial = 5 + random.nextInt(36);
        pool.subList(0, initial).forEach(p -> peers.put(p.organisationId(), p));
        pool = new ArrayList<>(pool.subList(initial, pool.size()));
        int kind = random.nextInt(10);
        Set<String> known = new HashSet<>();
        String description;
        if (kind < 4) {
            known.add(new ArrayList<>(peers.keySet()).get(random.nextInt(peers.size())));
            description = "member " + known;
        } else if (kind < 8) {
            List<String> ids = new ArrayList<>(peers.keySet());
            int inside = 1 + random.nextInt(4);
            for (int i = 0; i < inside; i++) {
                known.add(ids.get(random.nextInt(ids.size())));
            }
            for (int i = 0; i < 1 + random.nextInt(3); i++) { // organisations it will bring in later
                known.add(pool.get(i).organisationId());
            }
            description = "adviser " + known;
        } else {
            description = "outsider";
        }
        Viewer viewer = Viewer.knowing(known);
        InsiderAttacker attacker = new InsiderAttacker(known);
        List<Cut> cuts = DisclosureAttackTest.allCuts(sectors, regions);
        publication.step(List.copyOf(peers.values()), 0, viewer, cuts, attacker::learn);
        int steps = 3 + random.nextInt(5);
        for (int step = 1; step <= steps; step++) {
            change(random, peers, pool);
            publication.step(List.copyOf(peers.values()), step, viewer, cuts, attacker::learn);
        }
        return new Outcome(attacker.determined(), attacker.equations(), attacker.unknowns(), description);
    }

    /** One random change: organisations join, withdraw, or change their figures, or a mix. */
    private static void change(Random random, Map<String, Peer> peers, List<Peer> pool) {
        int event = random.nextInt(4);
        if ((event == 0 || event == 3) && !pool.isEmpty()) {
            int joining = Math.min(pool.size(), event == 0 ? 1 + random.nextInt(6) : 1 + random.nextInt(3));
            for (int i = 0; i < joining; i++) {
                Peer p = pool.remove(0);
                peers.put(p.organisationId(), p);
            }
        }
        if (event == 1 && peers.size() > 1) {
            for (int i = 0; i < 1 + random.nextInt(2); i++) {
                List<String> ids = new ArrayList<>(peers.keySet());
                peers.remove(ids.get(random.nextInt(ids.size())));
            }
        }
        if (event == 2 || event == 3) {
            for (int i = 0; i < (event == 2 ? 1 + random.nextInt(3) : 1); i++) {
                List<Peer> all = new ArrayList<>(peers.values());
                Peer p = all.get(random.nextInt(all.size()));
                double v = p.value() * (1 + 0.1 * random.nextGaussian());
                peers.put(p.organisationId(), new Peer(p.organisationId(), p.sector(), p.sizeClass(), p.region(), v));
            }
        }
    }

    /** The members of a cut sorted as METHODS.md §9 sorts them (by value; ties by id). */
    static List<Peer> sorted(List<Peer> peers, Cut cut) {
        return peers.stream()
                .filter(cut::contains)
                .sorted(Comparator.comparingDouble(Peer::value).thenComparing(Peer::organisationId))
                .toList();
    }

    /** The window of a statistic, from METHODS.md §9 directly: {from, to}, or null when not shown. */
    static int[] window(Statistic s, int n, Direction direction, int k) {
        if (s == Statistic.FRONTIER) {
            int m = Math.max((n + 19) / 20, k);
            return n < m
                    ? null
                    : direction == Direction.HIGHER_IS_BETTER ? new int[] {n - m, n - 1} : new int[] {0, m - 1};
        }
        int c = ((n - 1) * s.percent() + 50) / 100; // floor((n-1)p + 1/2)
        int from = c - k / 2;
        int to = from + k - 1;
        return from >= 1 && to <= n - 2 ? new int[] {from, to} : null;
    }

    static Map<InsiderAttacker.Variable, Long> sum(List<Peer> group, int from, int to) {
        Map<InsiderAttacker.Variable, Long> equation = new HashMap<>();
        for (int i = from; i <= to; i++) {
            equation.put(
                    new InsiderAttacker.Variable(
                            group.get(i).organisationId(), group.get(i).value()),
                    1L);
        }
        return equation;
    }

    /** The product: versions, the window ledger and the insider rules, answering through the public API. */
    static final class Engine implements Publication {
        private final int k;
        private final BenchmarkHistory history;
        private final Map<Integer, List<Peer>> snapshots = new HashMap<>();
        private final Set<String> learnt = new HashSet<>();

        Engine(int k, Metric metric) {
            this.k = k;
            this.history = BenchmarkHistory.empty(metric, new DisclosureRule(k));
        }

        @Override
        public void step(
                List<Peer> peers,
                int step,
                Viewer viewer,
                List<Cut> cuts,
                Consumer<Map<InsiderAttacker.Variable, Long>> learn) {
            snapshots.put(step, peers);
            PeerBenchmark state = PeerBenchmark.of(history.metric(), peers, history.rule());
            history.publish(state, Instant.ofEpochSecond(step));
            for (Cut cut : cuts) {
                if (history.answer(cut, viewer, state) instanceof BenchmarkAnswer.Shown shown) {
                    List<Peer> group =
                            sorted(snapshots.get((int) shown.publishedAt().getEpochSecond()), cut);
                    assertThat(shown.statistics().n()).isEqualTo(group.size()).isGreaterThanOrEqualTo(k);
                    shown.statistics().values().forEach((s, value) -> {
                        if (learnt.add(cut + "|" + shown.version() + "|" + s)) {
                            int[] w = window(s, group.size(), history.metric().direction(), k);
                            assertThat(w)
                                    .as("%s of %s shown only where METHODS §9 defines it", s, cut)
                                    .isNotNull();
                            double mean = group.subList(w[0], w[1] + 1).stream()
                                    .mapToDouble(Peer::value)
                                    .average()
                                    .orElseThrow();
                            assertThat(value).as("%s of %s", s, cut).isEqualTo(threeDigits(mean));
                            learn.accept(sum(group, w[0], w[1]));
                        }
                    });
                }
            }
        }
    }

    static double threeDigits(double x) {
        return new BigDecimal(Double.toString(x))
                .round(new MathContext(3, RoundingMode.HALF_UP))
                .doubleValue();
    }

    /** Windows of METHODS.md §9 for every cut of at least k, live at every step: no versions, ledger or insider rules. */
    static final class PlainWindows implements Publication {
        private final int k;
        private final Direction direction;

        PlainWindows(int k, Metric metric) {
            this.k = k;
            this.direction = metric.direction();
        }

        @Override
        public void step(
                List<Peer> peers,
                int step,
                Viewer viewer,
                List<Cut> cuts,
                Consumer<Map<InsiderAttacker.Variable, Long>> learn) {
            for (Cut cut : cuts) {
                List<Peer> group = sorted(peers, cut);
                if (group.size() >= k) {
                    for (Statistic s : Statistic.values()) {
                        int[] w = window(s, group.size(), direction, k);
                        if (w != null) {
                            learn.accept(sum(group, w[0], w[1]));
                        }
                    }
                }
            }
        }
    }

    /** The publication before issue 9: type-7 P10…P90 and the mean of the top max(3, ⌈5 %⌉), live, n ≥ k. */
    static final class OldType7 implements Publication {
        private final int k;
        private final Direction direction;

        OldType7(int k, Metric metric) {
            this.k = k;
            this.direction = metric.direction();
        }

        @Override
        public void step(
                List<Peer> peers,
                int step,
                Viewer viewer,
                List<Cut> cuts,
                Consumer<Map<InsiderAttacker.Variable, Long>> learn) {
            for (Cut cut : cuts) {
                List<Peer> group = sorted(peers, cut);
                int n = group.size();
                if (n < k) {
                    continue;
                }
                for (int percent : new int[] {10, 25, 50, 75, 90}) {
                    int lo = (n - 1) * percent / 100;
                    int rest = (n - 1) * percent % 100; // h = lo + rest/100
                    Map<InsiderAttacker.Variable, Long> equation = new HashMap<>();
                    equation.put(variable(group.get(lo)), InsiderAttacker.fraction(100 - rest, 100));
                    if (rest != 0) {
                        equation.put(variable(group.get(lo + 1)), InsiderAttacker.fraction(rest, 100));
                    }
                    learn.accept(equation);
                }
                int m = Math.max(3, (n + 19) / 20);
                learn.accept(direction == Direction.HIGHER_IS_BETTER ? sum(group, n - m, n - 1) : sum(group, 0, m - 1));
            }
        }

        private static InsiderAttacker.Variable variable(Peer p) {
            return new InsiderAttacker.Variable(p.organisationId(), p.value());
        }
    }
}
