package nl.werkkracht.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.werkkracht.core.benchmark.DisclosureRule;
import nl.werkkracht.core.policy.RegionalAggregates.Contribution;
import nl.werkkracht.core.policy.RegionalAggregates.Figure;
import org.junit.jupiter.api.Test;

/**
 * Regional organisation figures never let a group of 1 to k-1 organisations be derived from shown figures, by
 * nesting (NL, province, COROP) or over time.
 */
class RegionalAggregatesTest {

    private static List<Contribution> orgs(String corop, String province, int n, int from) {
        List<Contribution> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Contribution("o" + (from + i), corop, province, 10 + i));
        }
        return out;
    }

    @Test
    void shouldShowAGroupOfFiveAndHideAGroupOfFourWithWhatWouldRevealIt() {
        List<Contribution> five = new ArrayList<>(orgs("CR11", "PV23", 5, 0));
        five.addAll(orgs("CR01", "PV20", 30, 200));
        List<Contribution> four = new ArrayList<>(five);
        four.addAll(orgs("CR12", "PV24", 4, 100));

        RegionalAggregates a = RegionalAggregates.of(five, DisclosureRule.DEFAULT, false);
        RegionalAggregates b = RegionalAggregates.of(four, DisclosureRule.DEFAULT, false);

        assertThat(a.figure("CR11").shown()).isTrue();
        assertThat(a.figure("PV23").shown()).isTrue();
        assertThat(a.figure("CR11").mean()).contains(12.0);
        assertThat(b.figure("CR12").shown()).isFalse();
        assertThat(b.figure("CR12").mean()).isEmpty();
        // NL minus PV20 minus PV23 would be PV24's four: one of the five-groups gives way
        assertThat(b.figure("NL").shown()
                        && b.figure("PV20").shown()
                        && b.figure("PV23").shown())
                .isFalse();
    }

    @Test
    void shouldHideAGroupOfFiveWhoseProvinceWouldOtherwiseRevealItsNeighbourOfFour() {
        List<Contribution> c = new ArrayList<>(orgs("CR11", "PV23", 5, 0));
        c.addAll(orgs("CR12", "PV23", 4, 100));
        c.addAll(orgs("CR01", "PV20", 30, 200));

        RegionalAggregates a = RegionalAggregates.of(c, DisclosureRule.DEFAULT, false);

        assertThat(a.figure("PV23").shown()).isTrue();
        assertThat(a.figure("CR11").shown()).isFalse();
        assertThat(a.figure("CR12").shown()).isFalse();
    }

    @Test
    void shouldNotLetAProvinceMinusItsShownCoropRegionsRevealASmallGroup() {
        // PV23 = CR11 (6) + CR12 (6) + CR13 (2): showing PV23, CR11 and CR12 would reveal CR13's two
        List<Contribution> c = new ArrayList<>(orgs("CR11", "PV23", 6, 0));
        c.addAll(orgs("CR12", "PV23", 6, 100));
        c.addAll(orgs("CR13", "PV23", 2, 200));
        c.addAll(orgs("CR01", "PV20", 30, 300));

        Map<String, Figure> all =
                RegionalAggregates.of(c, DisclosureRule.DEFAULT, false).all();

        int shownInside = (all.get("CR11").shown() ? 6 : 0) + (all.get("CR12").shown() ? 6 : 0);
        if (all.get("PV23").shown()) {
            int rest = 14 - shownInside;
            assertThat(rest == 0 || rest >= 5)
                    .as("PV23 minus its shown COROP regions leaves %d", rest)
                    .isTrue();
        }
        assertThat(all.get("CR13").shown()).isFalse();
    }

    @Test
    void shouldNeverRevealASmallGroupOnRandomRegions() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            List<Contribution> c = new ArrayList<>();
            int id = 0;
            for (int p = 0; p < 3; p++) {
                for (int r = 0; r < 3; r++) {
                    int n = random.nextInt(9);
                    c.addAll(orgs("CR" + p + r, "PV" + p, n, id));
                    id += n;
                }
            }
            if (c.isEmpty()) {
                continue;
            }
            Map<String, Figure> all =
                    RegionalAggregates.of(c, DisclosureRule.DEFAULT, false).all();
            for (int p = 0; p < 3; p++) {
                Figure province = all.get("PV" + p);
                if (province == null || !province.shown()) {
                    continue;
                }
                int inside = 0;
                for (int r = 0; r < 3; r++) {
                    Figure corop = all.get("CR" + p + r);
                    inside += corop != null && corop.shown() ? corop.n() : 0;
                }
                int rest = province.n() - inside;
                assertThat(rest == 0 || rest >= 5)
                        .as("round %d PV%d leaves %d", round, p, rest)
                        .isTrue();
                Figure nl = all.get("NL");
                if (nl.shown()) {
                    int outside = nl.n() - province.n();
                    assertThat(outside == 0 || outside >= 5).isTrue();
                }
            }
        }
    }

    @Test
    void shouldKeepTheEarlierVersionUntilAtLeastKOrganisationsChanged() {
        Releases.Release first =
                new Releases.Release(List.of("a", "b", "c", "d", "e"), 5, 10, Instant.parse("2025-01-01T00:00:00Z"));

        assertThat(Releases.decide(List.of(), List.of("a", "b", "c", "d", "e"), 5))
                .isEqualTo(new Releases.ShowCurrent(true));
        assertThat(Releases.decide(List.of(first), List.of("a", "b", "c", "d", "e", "f"), 5))
                .isEqualTo(new Releases.ShowEarlier(first));
        assertThat(Releases.decide(List.of(first), List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), 5))
                .isEqualTo(new Releases.ShowCurrent(true));
        assertThat(Releases.decide(List.of(first), List.of("e", "d", "c", "b", "a"), 5))
                .isEqualTo(new Releases.ShowCurrent(false));
    }
}
