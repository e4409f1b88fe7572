package nl.werkkracht.core.techimpact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.werkkracht.core.benchmark.DisclosureRule;
import nl.werkkracht.core.benchmark.SuppressionReason;
import nl.werkkracht.core.occupation.ExposureGradient;
import nl.werkkracht.core.techimpact.ExposureHistory.CellAnswer;
import nl.werkkracht.core.techimpact.NetworkExposure.MemberRole;
import org.junit.jupiter.api.Test;

/**
 * The network's role-exposure table (ADR 0026): a worked example checked by hand, the rules of METHODS.md §9
 * (frequency, dominance, secondary, insiders, over time) and invariants over random networks. The numbers are
 * made up for the test.
 */
class NetworkExposureTest {

    private static final DisclosureRule K5 = DisclosureRule.DEFAULT;
    private static final ExposureCell MG4 = ExposureCell.majorGroup("4");
    private static final ExposureCell G3 = ExposureCell.gradient(ExposureGradient.GRADIENT_3);

    private static MemberRole clerk(
            String org, int people, double hours, double mean, ExposurePattern p, boolean high) {
        return new MemberRole(org, "4110", ExposureGradient.GRADIENT_3, people, hours, mean, p, high);
    }

    /**
     * Six invented offices with one clerical role each (ISCO 4110, gradient 3). The people in high-exposure and
     * automation-pattern roles are spread so that no office dominates them, even without o1 (dominance holds for
     * every total a cell reveals: NetworkExposureAttackTest).
     */
    private static List<MemberRole> sixOffices() {
        return new ArrayList<>(List.of(
                clerk("o1", 10, 16000, 0.60, ExposurePattern.AUTOMATION, true),
                clerk("o2", 8, 12000, 0.50, ExposurePattern.LOW, true),
                clerk("o3", 6, 9000, 0.40, ExposurePattern.AUTOMATION, true),
                clerk("o4", 5, 8000, 0.30, ExposurePattern.LOW, true),
                clerk("o5", 4, 6000, 0.20, ExposurePattern.AUTOMATION, false),
                clerk("o6", 3, 4000, 0.10, ExposurePattern.AUTOMATION, false)));
    }

    @Test
    void shouldMatchTheWorkedExampleByHand() {
        NetworkExposure t = NetworkExposure.of(sixOffices(), K5);

        assertThat(t.cells()).containsExactly(ExposureCell.ALL, MG4, G3);
        assertThat(t.decisions(Set.of()).values()).allMatch(Optional::isEmpty);
        NetworkExposure.Figures f = t.figures(ExposureCell.ALL);
        // people 10+8+6+5+4+3 = 36, shown to tens
        assertThat(f.people()).isEqualTo(40);
        // (16000·0.6 + 12000·0.5 + 9000·0.4 + 8000·0.3 + 6000·0.2 + 4000·0.1) / 55000 = 23200 / 55000 = 0.42182
        assertThat(f.meanExposure().getAsDouble()).isCloseTo(0.422, within(1e-9));
        assertThat(f.highShare()).isCloseTo(80.6, within(1e-9)); // (10 + 8 + 6 + 5) / 36 = 80.56 %
        assertThat(f.automationShare()).isCloseTo(63.9, within(1e-9)); // (10 + 6 + 4 + 3) / 36 = 63.89 %
        assertThat(f.augmentationShare()).isCloseTo(0.0, within(1e-9));
        assertThat(NetworkExposure.organisationBand(6, 5)).isEqualTo("5–9");
        assertThat(NetworkExposure.organisationBand(4, 5)).isEqualTo("< 5");
        assertThat(NetworkExposure.organisationBand(120, 5)).isEqualTo("≥ 100");
    }

    @Test
    void shouldSuppressBelowKForDominanceAndWhatWouldRevealASmallGroup() {
        List<MemberRole> four = sixOffices().subList(0, 4);
        assertThat(NetworkExposure.of(four, K5).decision(ExposureCell.ALL, Set.of()))
                .contains(SuppressionReason.FREQUENCY);

        List<MemberRole> dominated = new ArrayList<>(sixOffices().subList(0, 5));
        dominated.add(clerk("big", 200, 300000, 0.5, ExposurePattern.AUGMENTATION, true));
        assertThat(NetworkExposure.of(dominated, K5).decision(ExposureCell.ALL, Set.of()))
                .contains(SuppressionReason.DOMINANCE);

        // a seventh organisation with one cleaner (major group 9, not exposed): all minus major group 4 would be it
        List<MemberRole> seven = sixOffices();
        seven.add(
                new MemberRole("o7", "9112", ExposureGradient.NOT_EXPOSED, 2, 3000, 0.05, ExposurePattern.LOW, false));
        NetworkExposure t = NetworkExposure.of(seven, K5);
        Map<ExposureCell, Optional<SuppressionReason>> d = t.decisions(Set.of());
        assertThat(d.get(ExposureCell.ALL)).isEmpty();
        assertThat(d.get(ExposureCell.majorGroup("9"))).contains(SuppressionReason.FREQUENCY);
        assertThat(d.get(MG4)).contains(SuppressionReason.SECONDARY);
        assertThat(d.get(G3)).contains(SuppressionReason.SECONDARY);
    }

    @Test
    void shouldCountOnlyWhatAnInsiderDoesNotKnow() {
        NetworkExposure t = NetworkExposure.of(sixOffices(), K5);
        assertThat(t.decision(ExposureCell.ALL, Set.of("o1"))).isEmpty(); // five others
        assertThat(t.decision(ExposureCell.ALL, Set.of("o1", "o2"))).contains(SuppressionReason.INSIDER);
    }

    @Test
    void shouldNotLetAReaderDifferenceAJoinOrALeave() {
        Instant t1 = Instant.parse("2026-01-01T00:00:00Z");
        Instant t2 = Instant.parse("2026-02-01T00:00:00Z");
        ExposureHistory h = ExposureHistory.of(K5, List.of());
        NetworkExposure before = NetworkExposure.of(sixOffices(), K5);
        assertThat(h.publish(before, t1)).hasSize(3);
        CellAnswer first = all(h.answer(before, Set.of()));

        List<MemberRole> joined = sixOffices();
        joined.add(clerk("o7", 4, 6000, 0.9, ExposurePattern.AUTOMATION, true));
        NetworkExposure after = NetworkExposure.of(joined, K5);
        assertThat(h.publish(after, t2)).isEmpty(); // one organisation differs: the earlier version stays
        CellAnswer second = all(h.answer(after, Set.of()));
        assertThat(second.figures()).isEqualTo(first.figures());
        assertThat(second.publishedAt()).contains(t1);

        NetworkExposure left = NetworkExposure.of(sixOffices().subList(1, 6), K5); // o1 withdrew
        h.publish(left, t2);
        assertThat(all(h.answer(left, Set.of())).suppression()).contains(SuppressionReason.HISTORY);

        List<MemberRole> five = new ArrayList<>(sixOffices().subList(1, 6));
        for (int i = 0; i < 5; i++) {
            five.add(clerk("n" + i, 5 + i, 7000 + 500 * i, 0.3, ExposurePattern.LOW, false));
        }
        NetworkExposure renewed = NetworkExposure.of(five, K5);
        assertThat(h.publish(renewed, t2)).isNotEmpty(); // six differ from the first version: a new one
        assertThat(all(h.answer(renewed, Set.of())).shown()).isTrue();
    }

    @Test
    void shouldKeepEveryShownCellAndEveryRemainderAtKOrMoreInRandomNetworks() {
        Random random = new Random(13);
        ExposureGradient[] gradients = ExposureGradient.values();
        for (int run = 0; run < 40; run++) {
            List<MemberRole> roles = new ArrayList<>();
            int orgs = 3 + random.nextInt(20);
            for (int o = 0; o < orgs; o++) {
                for (int r = 0; r < 1 + random.nextInt(3); r++) {
                    String isco = (1 + random.nextInt(9)) + "111";
                    roles.add(new MemberRole(
                            "o" + o,
                            isco,
                            gradients[random.nextInt(gradients.length)],
                            1 + random.nextInt(30),
                            100 + random.nextInt(30000),
                            random.nextDouble(),
                            ExposurePattern.values()[random.nextInt(3)],
                            random.nextBoolean()));
                }
            }
            NetworkExposure t = NetworkExposure.of(roles, K5);
            Map<ExposureCell, Optional<SuppressionReason>> d = t.decisions(Set.of());
            boolean allShown = d.get(ExposureCell.ALL).isEmpty();
            for (ExposureCell.Kind kind : List.of(ExposureCell.Kind.MAJOR_GROUP, ExposureCell.Kind.GRADIENT)) {
                Set<String> rest = new HashSet<>();
                for (var e : d.entrySet()) {
                    if (e.getValue().isEmpty()) {
                        assertThat(t.n(e.getKey())).isGreaterThanOrEqualTo(5);
                        assertThat(t.figures(e.getKey()).people() % 10).isZero();
                    }
                    if (e.getKey().kind() == kind && e.getValue().isPresent()) {
                        t.parts(e.getKey()).forEach(p -> rest.add(p.organisationId()));
                    }
                }
                if (allShown) { // all minus the shown cells of one breakdown
                    assertThat(rest.size() == 0 || rest.size() >= 5)
                            .as("run %d %s", run, kind)
                            .isTrue();
                }
            }
        }
    }

    private static CellAnswer all(List<CellAnswer> answers) {
        return answers.stream()
                .filter(a -> a.cell().equals(ExposureCell.ALL))
                .findFirst()
                .orElseThrow();
    }
}
