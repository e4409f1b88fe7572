package nl.werkkracht.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Versions over time and what each viewer sees (METHODS.md §9), with the numbers of the worked example
 * {@code benchmark/statistics.txt}.
 */
class BenchmarkHistoryTest {

    private static final Metric METRIC = Metric.VALUE_ADDED_PER_HOUR;
    private static final DisclosureRule RULE = DisclosureRule.DEFAULT;
    private static final Instant MARCH = Instant.parse("2026-03-03T09:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-01T09:00:00Z");
    private static final Instant MAY = Instant.parse("2026-05-01T09:00:00Z");

    private final BenchmarkHistory history = BenchmarkHistory.empty(METRIC, RULE);

    static List<Peer> peers(String prefix, double... values) {
        List<Peer> peers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            peers.add(new Peer(prefix + i, "F", SizeClass.SMALL, "R1", values[i]));
        }
        return peers;
    }

    private PeerBenchmark state(List<Peer> peers) {
        return PeerBenchmark.of(METRIC, peers, RULE);
    }

    private BenchmarkAnswer publishAndAsk(List<Peer> peers, Instant when, Viewer viewer) {
        PeerBenchmark state = state(peers);
        history.publish(state, when);
        return history.answer(Cut.ALL, viewer, state);
    }

    private static BenchmarkAnswer.Shown shown(BenchmarkAnswer answer) {
        assertThat(answer).isInstanceOf(BenchmarkAnswer.Shown.class);
        return (BenchmarkAnswer.Shown) answer;
    }

    private static double[] oneTo(int n) {
        return IntStream.rangeClosed(1, n).asDoubleStream().toArray();
    }

    @Test
    void shouldPublishTheWorkedExampleRoundedWithTheOwnPositionInABand() {
        List<Peer> a = peers("a", PeerStatisticsTest.values("a"));
        String own = a.stream()
                .filter(p -> p.value() == 52)
                .findFirst()
                .orElseThrow()
                .organisationId();

        BenchmarkAnswer.Shown answer =
                shown(publishAndAsk(a, MARCH, Viewer.knowing(Set.of(own)).as(own)));

        assertThat(answer.version()).isEqualTo(1);
        assertThat(answer.publishedAt()).isEqualTo(MARCH);
        assertThat(answer.statistics().get(Statistic.P50)).hasValue(PeerStatisticsTest.expected("a.p50"));
        assertThat(answer.statistics().get(Statistic.FRONTIER)).hasValue(PeerStatisticsTest.expected("a.frontier"));
        assertThat(answer.withheld())
                .containsEntry(Statistic.P25, Withholding.TOO_FEW)
                .containsEntry(Statistic.P90, Withholding.TOO_FEW)
                .hasSize(4);
        BenchmarkAnswer.OwnPosition position = answer.own().orElseThrow();
        assertThat(position.counted()).isTrue();
        assertThat(position.percentileRank()).isEmpty();
        assertThat(position.rankBand()).hasValue((int) PeerStatisticsTest.expected("a.rankBand52"));
        assertThat(position.distanceToFrontier()).hasValue(PeerStatisticsTest.expected("a.distance52"));
    }

    @Test
    void shouldWithholdP90NextToTheFrontierFromTheTwoOrganisationsItWouldExpose() {
        List<Peer> thirty = peers("b", oneTo(30)); // b<i> holds i + 1, at sorted position i
        BenchmarkAnswer.Shown outsider = shown(publishAndAsk(thirty, MARCH, Viewer.OUTSIDER));
        BenchmarkAnswer.Shown top = shown(history.answer(Cut.ALL, Viewer.knowing(Set.of("b29")), state(thirty)));
        BenchmarkAnswer.Shown middle = shown(history.answer(Cut.ALL, Viewer.knowing(Set.of("b15")), state(thirty)));

        assertThat(outsider.withheld()).isEmpty();
        assertThat(outsider.statistics().get(Statistic.P90)).hasValue(PeerStatisticsTest.expected("b.p90"));
        assertThat(outsider.dispersion().orElseThrow().ratio()).isEqualTo(PeerStatisticsTest.expected("b.dispersion"));
        assertThat(top.withheld()).containsExactly(java.util.Map.entry(Statistic.P90, Withholding.INSIDER));
        assertThat(top.statistics().get(Statistic.FRONTIER)).hasValue(PeerStatisticsTest.expected("b.frontier"));
        assertThat(top.dispersion().orElseThrow().measure()).isEqualTo("P75/P25");
        assertThat(top.dispersion().orElseThrow().ratio())
                .isEqualTo(PeerStatisticsTest.expected("b.publishedDispersion"));
        assertThat(middle.withheld()).isEmpty();
    }

    @Test
    void shouldWithholdTheFrontierFromTheOrganisationItWouldGiveTheOthersValue() {
        List<Peer> d = peers("d", PeerStatisticsTest.values("d")); // sorted: d1 d0 d3 d4 d2 d5 d6
        BenchmarkAnswer.Shown outsider = shown(publishAndAsk(d, MARCH, Viewer.OUTSIDER));
        BenchmarkAnswer.Shown top = shown(history.answer(Cut.ALL, Viewer.knowing(Set.of("d6")), state(d)));

        assertThat(outsider.statistics().get(Statistic.P50)).hasValue(PeerStatisticsTest.expected("d.p50"));
        assertThat(outsider.statistics().get(Statistic.FRONTIER)).hasValue(PeerStatisticsTest.expected("d.frontier"));
        assertThat(top.statistics().get(Statistic.P50)).hasValue(PeerStatisticsTest.expected("d.p50"));
        assertThat(top.withheld()).containsEntry(Statistic.FRONTIER, Withholding.INSIDER);
    }

    @Test
    void shouldKeepTheEarlierVersionUntilFiveOrganisationsDifferAndCountAChangedFigure() {
        List<Peer> ten = peers("a", PeerStatisticsTest.values("a"));
        shown(publishAndAsk(ten, MARCH, Viewer.OUTSIDER));

        List<Peer> thirteen = new ArrayList<>(ten);
        thirteen.addAll(peers("j", 50, 51, 53));
        BenchmarkAnswer.Shown stale = shown(publishAndAsk(thirteen, APRIL, Viewer.OUTSIDER));
        assertThat(stale.version()).isEqualTo(1);
        assertThat(stale.publishedAt()).isEqualTo(MARCH);
        assertThat(stale.statistics().n()).isEqualTo(10);

        List<Peer> changed = new ArrayList<>(thirteen);
        changed.set(0, new Peer(ten.get(0).organisationId(), "F", SizeClass.SMALL, "R1", 43)); // 42 -> 43
        changed.addAll(peers("k", 57)); // 3 joined + 1 changed + 1 joined = 5
        BenchmarkAnswer.Shown fresh = shown(publishAndAsk(changed, MAY, Viewer.OUTSIDER));
        assertThat(fresh.version()).isEqualTo(2);
        assertThat(fresh.statistics().n()).isEqualTo(14);
        assertThat(BenchmarkHistory.differing(changed, history.versions(Cut.ALL).get(0)))
                .isEqualTo(5);
    }

    @Test
    void shouldGiveAnOrganisationThatChangedItsFigureItsPositionWithTheValueCountedAndItsValueNow() {
        List<Peer> ten = peers("a", PeerStatisticsTest.values("a"));
        shown(publishAndAsk(ten, MARCH, Viewer.OUTSIDER));
        List<Peer> changed = new ArrayList<>(ten);
        changed.set(6, new Peer("a6", "F", SizeClass.SMALL, "R1", 57)); // 52 -> 57: one differs, version 1 stays

        BenchmarkAnswer.Shown answer =
                shown(publishAndAsk(changed, APRIL, Viewer.knowing(Set.of("a6")).as("a6")));

        assertThat(answer.version()).isEqualTo(1);
        BenchmarkAnswer.OwnPosition own = answer.own().orElseThrow();
        assertThat(own.value()).isEqualTo(52.0);
        assertThat(own.rankBand()).hasValue(40);
        assertThat(own.currentValue()).hasValue(57.0);
    }

    @Test
    void shouldSuppressAtOnceWhenAContributorWithdrawsAndShowAgainWhenEnoughChanged() {
        List<Peer> twenty = peers("o", oneTo(20));
        shown(publishAndAsk(twenty, MARCH, Viewer.OUTSIDER));

        List<Peer> withdrawn = twenty.subList(1, 20);
        BenchmarkAnswer gone = publishAndAsk(withdrawn, APRIL, Viewer.OUTSIDER);
        assertThat(gone).isInstanceOf(BenchmarkAnswer.Suppressed.class);
        assertThat(((BenchmarkAnswer.Suppressed) gone).reason()).isEqualTo(SuppressionReason.HISTORY);
        assertThat(((BenchmarkAnswer.Suppressed) gone).since()).contains(APRIL);

        List<Peer> more = new ArrayList<>(withdrawn);
        more.addAll(peers("n", 3.5, 7.5, 11.5, 15.5)); // 1 left + 4 joined = 5 differ from version 1
        BenchmarkAnswer.Shown back = shown(publishAndAsk(more, MAY, Viewer.OUTSIDER));
        assertThat(back.version()).isEqualTo(3);
        assertThat(back.statistics().n()).isEqualTo(23);
    }

    @Test
    void shouldSuppressACellAtOnceWhenAWithdrawalLeavesFewerThanK() {
        List<Peer> six = peers("s", 10, 20, 30, 40, 50, 60);
        shown(publishAndAsk(six, MARCH, Viewer.OUTSIDER));

        BenchmarkAnswer after = publishAndAsk(six.subList(0, 4), APRIL, Viewer.OUTSIDER);

        assertThat(((BenchmarkAnswer.Suppressed) after).reason()).isEqualTo(SuppressionReason.FREQUENCY);
        assertThat(((BenchmarkAnswer.Suppressed) after).band().label()).isEqualTo("< 5");
    }

    @Test
    void shouldNotShowTheAdviserWithFiveOrganisationsTheSixthsValue() {
        List<Peer> six = peers("x", PeerStatisticsTest.values("adviser"));
        Set<String> adviser = Set.of("x0", "x1", "x2", "x3", "x4");
        PeerBenchmark state = state(six);
        history.publish(state, MARCH);

        BenchmarkAnswer toAdviser =
                history.answer(Cut.ALL, Viewer.knowing(adviser).as("x2"), state);
        BenchmarkAnswer.Shown toTheSixth = shown(history.answer(Cut.ALL, Viewer.knowing(Set.of("x5")), state));
        BenchmarkAnswer.Shown toOutsider = shown(history.answer(Cut.ALL, Viewer.OUTSIDER, state));

        assertThat(((BenchmarkAnswer.Suppressed) toAdviser).reason()).isEqualTo(SuppressionReason.INSIDER);
        assertThat(toAdviser.own().orElseThrow().value()).isEqualTo(60.0);
        assertThat(toAdviser.own().orElseThrow().counted()).isFalse();
        assertThat(toTheSixth.statistics().get(Statistic.FRONTIER))
                .hasValue(PeerStatisticsTest.expected("adviser.frontier"));
        assertThat(toOutsider.statistics().get(Statistic.P50)).isEmpty();
        assertThat(toOutsider.withheld()).containsEntry(Statistic.P50, Withholding.TOO_FEW);
    }

    @Test
    void shouldHideFromAnAdviserTheWindowItMostlyKnows() {
        // 12 organisations: P50 h = 5.5, c = floor(6.0) = 6, window 4..8
        List<Peer> twelve = peers("t", oneTo(12));
        PeerBenchmark state = state(twelve);
        history.publish(state, MARCH);
        // sorted position i holds t<i>: the P50 window 4..8 holds t4..t8; the adviser holds t4, t5, t6
        BenchmarkAnswer.Shown adviser = shown(history.answer(Cut.ALL, Viewer.knowing(Set.of("t4", "t5", "t6")), state));
        BenchmarkAnswer.Shown single = shown(history.answer(Cut.ALL, Viewer.knowing(Set.of("t6")), state));

        assertThat(adviser.withheld()).containsEntry(Statistic.P50, Withholding.INSIDER);
        assertThat(single.statistics().get(Statistic.P50)).hasValue(7.0); // (5+6+7+8+9)/5
    }

    @Test
    void shouldShowTheTopOfANetworkOfNineNoP90AndNothingThatGivesItsNeighbour() {
        List<Peer> nine = peers("n", 40, 45, 50, 55, 60, 65, 70, 75, 90);
        PeerBenchmark state = state(nine);
        history.publish(state, MARCH);

        BenchmarkAnswer.Shown top =
                shown(history.answer(Cut.ALL, Viewer.knowing(Set.of("n8")).as("n8"), state));

        assertThat(top.statistics().values().keySet()).containsExactly(Statistic.P50, Statistic.FRONTIER);
        assertThat(top.statistics().get(Statistic.P50)).hasValue(60.0); // 50 55 60 65 70
        assertThat(top.statistics().get(Statistic.FRONTIER)).hasValue(72.0); // 60 65 70 75 90
        assertThat(top.own().orElseThrow().distanceToFrontier().getAsDouble()).isCloseTo(1.25, within(1e-12));
    }
}
