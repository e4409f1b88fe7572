package nl.werkkracht.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeerBenchmarkTest {

    private final List<Peer> peers = DisclosureAuditorTest.peers("n1");
    private final PeerBenchmark benchmark = PeerBenchmark.of(Metric.ABSENTEEISM, peers, DisclosureRule.DEFAULT);

    @Test
    void shouldShowStatisticsAndTheViewersOwnPosition() {
        var answer = (BenchmarkAnswer.Shown) benchmark.answer(Cut.ALL, Optional.of("o3"));

        assertThat(answer.statistics().n()).isEqualTo(13);
        assertThat(answer.statistics().frontier()).isPresent();
        BenchmarkAnswer.OwnPosition own = answer.own().orElseThrow();
        assertThat(own.value()).isEqualTo(5.0);
        // 13 values: 5.0 is above 2.2 2.7 3.2 3.3 3.9 4.0 4.1 4.4 4.8 -> (9 + 0.5) / 13
        assertThat(own.percentileRank().getAsDouble()).isCloseTo(100 * 9.5 / 13, within(1e-9));
        // absenteeism: lower is better, frontier = (2.2 + 2.7 + 3.2) / 3 = 2.7
        assertThat(answer.statistics().frontier().getAsDouble()).isCloseTo(2.7, within(1e-9));
        assertThat(own.distanceToFrontier().getAsDouble()).isCloseTo(5.0 / 2.7, within(1e-9));
    }

    @Test
    void shouldGiveASuppressedGroupNoStatisticsButTheViewerItsOwnValue() {
        BenchmarkAnswer answer = benchmark.answer(Cut.of("G", null, null), Optional.of("o10"));

        assertThat(answer).isInstanceOf(BenchmarkAnswer.Suppressed.class);
        var suppressed = (BenchmarkAnswer.Suppressed) answer;
        assertThat(suppressed.reason()).isEqualTo(SuppressionReason.FREQUENCY);
        assertThat(suppressed.band().label()).isEqualTo("< 5");
        assertThat(suppressed.own().orElseThrow().value()).isEqualTo(7.1);
        assertThat(suppressed.own().orElseThrow().percentileRank()).isEmpty();
    }

    @Test
    void shouldShowACoordinatorNoOwnPosition() {
        assertThat(benchmark.answer(Cut.ALL, Optional.empty()).own()).isEmpty();
        assertThat(benchmark.answer(Cut.ALL, Optional.of("not-a-member")).own()).isEmpty();
    }

    @Test
    void shouldBandASecondarySuppressionAsEnoughParticipants() {
        var answer = (BenchmarkAnswer.Suppressed) benchmark.answer(Cut.of("F", null, null), Optional.empty());

        assertThat(answer.reason()).isEqualTo(SuppressionReason.SECONDARY);
        assertThat(answer.band().label()).isEqualTo("≥ 5");
    }

    @Test
    void shouldLeaveAWithdrawnOrganisationOutOfEveryStatistic() {
        List<Peer> withoutO3 =
                peers.stream().filter(p -> !p.organisationId().equals("o3")).toList();
        PeerBenchmark after = PeerBenchmark.of(Metric.ABSENTEEISM, withoutO3, DisclosureRule.DEFAULT);

        var all = (BenchmarkAnswer.Shown) after.answer(Cut.ALL, Optional.of("o3"));
        assertThat(all.statistics().n()).isEqualTo(12);
        assertThat(all.own()).isEmpty();
    }
}
