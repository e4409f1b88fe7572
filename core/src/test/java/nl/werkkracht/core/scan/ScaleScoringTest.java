package nl.werkkracht.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import nl.werkkracht.core.WorkedExample;
import org.junit.jupiter.api.Test;

class ScaleScoringTest {

    private static final double TOLERANCE = 1e-9;

    private final WorkedExample example = WorkedExample.load("scan/scoring.txt");
    private final Instrument instrument = TestInstruments.of(example);
    private final Map<String, Map<String, Integer>> answers = TestInstruments.answers(example);

    private double score(String respondent, String scale) {
        return ScaleScoring.respondentScore(instrument.itemsOf(scale), answers.get(respondent))
                .orElseThrow();
    }

    @Test
    void shouldScoreRespondentsWithReverseKeysOnZeroToHundred() {
        for (String respondent : List.of("r1", "r2", "r3", "r5", "r6")) {
            assertThat(score(respondent, "t.a"))
                    .as("%s on t.a", respondent)
                    .isCloseTo(example.expected("score." + respondent + ".t.a"), within(TOLERANCE));
        }
        assertThat(score("r5", "o.b")).isCloseTo(example.expected("score.r5.o.b"), within(TOLERANCE));
        assertThat(score("r4", "p.a")).isCloseTo(example.expected("score.r4.p.a"), within(TOLERANCE));
        assertThat(score("r1", "j.a")).isCloseTo(example.expected("score.r1.j.a"), within(TOLERANCE));
    }

    @Test
    void shouldScoreWhenExactlyHalfOfTheItemsIsAnswered() {
        assertThat(score("r2", "o.b")).isCloseTo(example.expected("score.r2.o.b"), within(TOLERANCE));
    }

    @Test
    void shouldGiveNoScoreWhenFewerThanHalfOfTheItemsAreAnswered() {
        assertThat(ScaleScoring.respondentScore(instrument.itemsOf("t.a"), answers.get("r4")))
                .isEmpty();
        assertThat(ScaleScoring.respondentScore(instrument.itemsOf("o.b"), answers.get("r3")))
                .isEmpty();
    }

    @Test
    void shouldMapTheAnswerRangeOntoZeroToHundred() {
        assertThat(ScaleScoring.toHundred(1)).isZero();
        assertThat(ScaleScoring.toHundred(3)).isCloseTo(50, within(TOLERANCE));
        assertThat(ScaleScoring.toHundred(5)).isCloseTo(100, within(TOLERANCE));
    }

    @Test
    void shouldReverseKeyAnAnswerAsSixMinusIt() {
        var reversed = new Item("a.b.1", "a.b", true, TestInstruments.text("x"));
        var straight = new Item("a.b.2", "a.b", false, TestInstruments.text("x"));

        assertThat(reversed.keyed(1)).isEqualTo(5);
        assertThat(reversed.keyed(4)).isEqualTo(2);
        assertThat(straight.keyed(4)).isEqualTo(4);
        assertThatThrownBy(() -> reversed.keyed(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldScoreTheWorkedExampleGroupPillarsAndBalanceInWholePoints() {
        var responses = answers.values().stream().map(Response::withoutTeam).toList();

        var results = ScanAnalysis.analyse(instrument, List.of(), responses, AnonymityRule.DEFAULT);

        GroupResult all = results.all();
        assertThat(all.suppressed()).isFalse();
        assertThat(all.n()).isEqualTo(6);
        for (String scale : List.of("t.a", "o.a", "o.b", "p.a", "j.a")) {
            var tallies = answers.values().stream()
                    .map(a -> ScaleScoring.respondentTally(instrument.itemsOf(scale), a))
                    .flatMap(java.util.Optional::stream)
                    .toList();
            assertThat(tallies.stream()
                            .mapToDouble(ScaleScoring.Tally::score)
                            .average()
                            .orElseThrow())
                    .as("exact group mean %s", scale)
                    .isCloseTo(example.expected("group." + scale), within(TOLERANCE));
            assertThat(all.scales().get(scale))
                    .as("shown group score %s", scale)
                    .isEqualTo((int) example.expected("shown." + scale));
        }
        for (Pillar pillar : Pillar.values()) {
            assertThat(all.pillars().get(pillar)).as("pillar %s", pillar).isEqualTo((int)
                    example.expected("pillar." + pillar));
        }
        TopBalance balance = results.balance().orElseThrow();
        assertThat(balance.gap()).isCloseTo(example.expected("balance.gap"), within(TOLERANCE));
        assertThat(balance.flagged()).isFalse();
        assertThat(balance.lagging()).isEqualTo(Pillar.ORGANISATION);
    }

    @Test
    void shouldRoundTheExactMeanHalfUpToWholePoints() {
        assertThat(whole(7, 2)).as("62.5").isEqualTo(63);
        assertThat(whole(7, 2, 8, 2)).as("(62.5 + 75) / 2 = 68.75").isEqualTo(69);
        assertThat(whole(7, 2, 6, 2)).as("(62.5 + 50) / 2 = 56.25").isEqualTo(56);
        assertThat(whole(13, 3, 14, 3)).as("(250/3 + 275/3) / 2 = 87.5 exactly").isEqualTo(88);
        assertThat(whole(13, 3, 3, 1, 14, 3))
                .as("(250/3 + 50 + 275/3) / 3 = 75")
                .isEqualTo(75);
        assertThat(whole(1, 1)).isZero();
        assertThat(whole(20, 4)).isEqualTo(100);
        assertThat(ScaleScoring.wholeMean(List.of(50, 58))).isEqualTo(54);
        assertThat(ScaleScoring.wholeMean(List.of(50, 57))).as("53.5").isEqualTo(54);
        assertThatThrownBy(() -> new ScaleScoring.Tally(11, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Whole points of tallies given as keyed sum, answered, keyed sum, answered, … */
    private static int whole(int... sumsAndCounts) {
        var tallies = new java.util.ArrayList<ScaleScoring.Tally>();
        for (int i = 0; i < sumsAndCounts.length; i += 2) {
            tallies.add(new ScaleScoring.Tally(sumsAndCounts[i], sumsAndCounts[i + 1]));
        }
        return ScaleScoring.wholePoints(tallies);
    }

    /** Thousands of random groups: the exact rounding agrees with the mean of the doubles, ±½ point. */
    @Test
    void shouldRoundWithinHalfAPointOfTheMeanForRandomGroups() {
        var random = new java.util.Random(10_2026L);
        for (int c = 0; c < 5_000; c++) {
            var tallies = new java.util.ArrayList<ScaleScoring.Tally>();
            for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
                int a = 1 + random.nextInt(5);
                tallies.add(new ScaleScoring.Tally(a + random.nextInt(4 * a + 1), a));
            }
            double mean = tallies.stream()
                    .mapToDouble(ScaleScoring.Tally::score)
                    .average()
                    .orElseThrow();
            int whole = ScaleScoring.wholePoints(tallies);
            assertThat(whole).isBetween(0, 100);
            assertThat(Math.abs(whole - mean)).as("case %d", c).isLessThanOrEqualTo(0.5 + 1e-9);
        }
    }

    @Test
    void shouldGiveCronbachsAlphaOverCompleteRespondents() {
        var all = List.copyOf(answers.values());
        for (String scale : List.of("t.a", "o.a", "o.b", "p.a", "j.a")) {
            assertThat(CronbachAlpha.of(instrument.itemsOf(scale), all).orElseThrow())
                    .as("alpha %s", scale)
                    .isCloseTo(example.expected("alpha." + scale), within(TOLERANCE));
        }
        var responses = all.stream().map(Response::withoutTeam).toList();
        assertThat(ScanAnalysis.reliability(instrument, responses, AnonymityRule.DEFAULT)
                        .get("t.a")
                        .orElseThrow())
                .isCloseTo(example.expected("alpha.t.a"), within(TOLERANCE));
    }

    @Test
    void shouldLeaveAlphaEmptyWhenUndefined() {
        var items = instrument.itemsOf("p.a");
        Map<String, Integer> one = Map.of("p.a.1", 4, "p.a.2", 2);

        assertThat(CronbachAlpha.of(items, List.of(one))).as("n = 1").isEmpty();
        assertThat(CronbachAlpha.of(items, List.of())).as("n = 0").isEmpty();
        assertThat(CronbachAlpha.of(items, List.of(one, one, one)))
                .as("no variance")
                .isEmpty();
        assertThat(CronbachAlpha.of(items.subList(0, 1), List.of(one, Map.of("p.a.1", 2))))
                .as("one item")
                .isEmpty();
        assertThat(CronbachAlpha.of(items, List.of(one, Map.of("p.a.1", 2))))
                .as("one complete respondent")
                .isEmpty();
    }

    @Test
    void shouldGiveNoReliabilityToAnalystsBelowK() {
        var four = answers.values().stream().limit(4).map(Response::withoutTeam).toList();

        assertThat(ScanAnalysis.reliability(instrument, four, AnonymityRule.DEFAULT))
                .allSatisfy((scale, alpha) -> assertThat(alpha).isEmpty());
    }
}
