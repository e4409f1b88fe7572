package nl.werkkracht.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The current state and its audit, also for a viewer who knows its own values. */
class PeerBenchmarkTest {

    // sector A: a0..a5 (6), sector B: b0..b4 (5); one size class and region, absenteeism (not additive)
    private final List<Peer> peers = peers();
    private final PeerBenchmark benchmark = PeerBenchmark.of(Metric.ABSENTEEISM, peers, DisclosureRule.DEFAULT);
    private final Cut a = Cut.of("A", null, null);
    private final Cut b = Cut.of("B", null, null);

    private static List<Peer> peers() {
        List<Peer> peers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            peers.add(new Peer("a" + i, "A", SizeClass.SMALL, "R1", 3 + i));
        }
        for (int i = 0; i < 5; i++) {
            peers.add(new Peer("b" + i, "B", SizeClass.SMALL, "R1", 4 + i));
        }
        return peers;
    }

    @Test
    void shouldAuditAMemberAgainWithoutItsOwnValue() {
        // outsiders: all (11), A (6: all - A = B holds 5), B (5)
        assertThat(benchmark.decisions().of(Cut.ALL).shown()).isTrue();
        assertThat(benchmark.decisions().of(a).shown()).isTrue();
        assertThat(benchmark.decisions().of(b).shown()).isTrue();
        // b0 knows its own value: all - A = B leaves it 4 others, so for b0 A gives way (B has 4: frequency)
        DisclosureDecisions member = benchmark.decisionsFor(Set.of("b0"));
        assertThat(member.of(Cut.ALL).shown()).isTrue();
        assertThat(member.of(a).suppression()).contains(SuppressionReason.SECONDARY);
        assertThat(member.of(b).suppression()).contains(SuppressionReason.FREQUENCY);
        assertThat(benchmark.decisionsFor(Set.of("nobody"))).isSameAs(benchmark.decisions());
    }

    @Test
    void shouldAuditAnAdviserAgainWithoutItsOrganisations() {
        DisclosureDecisions adviser = benchmark.decisionsFor(Set.of("a0", "a1", "not-a-peer"));

        // without a0 and a1: all 9, A 4 (frequency), and B would make all - B = A (4) derivable
        assertThat(adviser.of(Cut.ALL).shown()).isTrue();
        assertThat(adviser.of(a).suppression()).contains(SuppressionReason.FREQUENCY);
        assertThat(adviser.of(b).suppression()).contains(SuppressionReason.SECONDARY);
        assertThat(benchmark.decisionsFor(Set.of("a1", "a0"))).isSameAs(adviser);
    }

    @Test
    void shouldFindPeersAndMembersOfACut() {
        assertThat(benchmark.peer("a3").orElseThrow().value()).isEqualTo(6.0);
        assertThat(benchmark.peer("nobody")).isEmpty();
        assertThat(benchmark.members(b)).extracting(Peer::organisationId).containsExactly("b0", "b1", "b2", "b3", "b4");
    }
}
