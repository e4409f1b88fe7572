package nl.werkkracht.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import nl.werkkracht.core.WorkedExample;
import org.junit.jupiter.api.Test;

class DisclosureAuditorTest {

    private static final WorkedExample EXAMPLE = WorkedExample.load("benchmark/disclosure.txt");

    static List<Peer> peers(String network) {
        return EXAMPLE.table("peers").stream()
                .filter(r -> r.text("network").equals(network))
                .map(r -> new Peer(
                        r.text("organisation"),
                        r.text("sector"),
                        SizeClass.valueOf(r.text("size")),
                        r.text("region"),
                        r.number("value")))
                .toList();
    }

    private static Optional<String> open(String code) {
        return code.equals("*") ? Optional.empty() : Optional.of(code);
    }

    @Test
    void shouldDecideEveryCutOfTheWorkedExample() {
        var rows = EXAMPLE.table("decisions");
        for (var row : rows) {
            String network = row.text("network");
            boolean additive = !network.equals("n1");
            CutLattice lattice = CutLattice.of(peers(network));
            DisclosureDecisions decisions = DisclosureAuditor.audit(lattice, DisclosureRule.DEFAULT, additive);
            Cut cut = new Cut(
                    open(row.text("sector")), open(row.text("size")).map(SizeClass::valueOf), open(row.text("region")));

            DisclosureDecisions.Decision decision = decisions.of(cut);

            assertThat(decision.n()).as(network + " " + cut).isEqualTo(row.integer("n"));
            assertThat(decision.suppression().map(Enum::name).orElse("SHOWN"))
                    .as(network + " " + cut)
                    .isEqualTo(row.text("decision"));
        }
        assertThat(rows).hasSizeGreaterThan(20);
    }

    @Test
    void shouldDecideTheSameWhateverTheOrderOfThePeers() {
        List<Peer> peers = new java.util.ArrayList<>(peers("n1"));
        DisclosureDecisions forward = DisclosureAuditor.audit(CutLattice.of(peers), DisclosureRule.DEFAULT, false);
        java.util.Collections.reverse(peers);
        DisclosureDecisions backward = DisclosureAuditor.audit(CutLattice.of(peers), DisclosureRule.DEFAULT, false);

        assertThat(backward.all()).isEqualTo(forward.all());
    }

    @Test
    void shouldSuppressEverythingWhenTheNetworkIsTooSmall() {
        List<Peer> four = peers("n1").subList(0, 4);

        DisclosureDecisions decisions = DisclosureAuditor.audit(CutLattice.of(four), DisclosureRule.DEFAULT, false);

        assertThat(decisions.all().values())
                .allSatisfy(d -> assertThat(d.suppression()).contains(SuppressionReason.FREQUENCY));
    }

    @Test
    void shouldHonourARaisedK() {
        DisclosureDecisions decisions =
                DisclosureAuditor.audit(CutLattice.of(peers("n1")), new DisclosureRule(6), false);

        assertThat(decisions.of(Cut.of(null, SizeClass.SMALL, null)).suppression())
                .contains(SuppressionReason.FREQUENCY);
        // with SMALL (5) suppressed, MICRO (8) would reveal it as all - MICRO
        assertThat(decisions.of(Cut.of(null, SizeClass.MICRO, null)).suppression())
                .contains(SuppressionReason.SECONDARY);
        assertThat(decisions.of(Cut.ALL).shown()).isTrue();
    }

    @Test
    void shouldRejectAnOrganisationThatAppearsTwice() {
        Peer p = peers("n1").get(0);

        assertThatThrownBy(() -> CutLattice.of(List.of(p, p))).isInstanceOf(IllegalArgumentException.class);
    }
}
