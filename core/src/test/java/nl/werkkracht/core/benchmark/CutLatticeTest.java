package nl.werkkracht.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CutLatticeTest {

    /** An invented network: 3 sectors × 4 size classes × 3 regions, drawn at random. */
    private static List<Peer> network(int n) {
        var random = new Random(14);
        var peers = new ArrayList<Peer>();
        for (int i = 0; i < n; i++) {
            peers.add(new Peer(
                    "org-" + i,
                    "ABC".substring(random.nextInt(3)).substring(0, 1),
                    SizeClass.values()[random.nextInt(SizeClass.values().length)],
                    "R" + random.nextInt(3),
                    10 + random.nextDouble()));
        }
        return peers;
    }

    @Test
    void shouldGiveEveryCutItsMembersInPeerOrder() {
        List<Peer> peers = network(500);
        CutLattice lattice = CutLattice.of(peers);

        for (Cut cut : lattice.cuts()) {
            List<Peer> expected = peers.stream().filter(cut::contains).toList();
            assertThat(lattice.members(cut)).as(cut.toString()).containsExactlyElementsOf(expected);
            assertThat(lattice.values(cut))
                    .containsExactly(expected.stream().mapToDouble(Peer::value).toArray());
            assertThat(lattice.size(cut)).isEqualTo(expected.size());
        }
        assertThat(lattice.cuts()).contains(Cut.ALL);
        assertThat(lattice.members(Cut.ALL)).containsExactlyElementsOf(peers);
    }

    @Test
    void shouldGiveNoMembersForACutOutsideTheLattice() {
        CutLattice lattice = CutLattice.of(network(50));

        assertThat(lattice.members(Cut.of("Z", null, null))).isEmpty();
        assertThat(lattice.values(Cut.of("A", null, "R9"))).isEmpty();
    }
}
