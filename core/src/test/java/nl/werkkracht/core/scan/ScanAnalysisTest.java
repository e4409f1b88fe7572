package nl.werkkracht.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScanAnalysisTest {

    private final Instrument instrument = TestInstruments.small();

    private static List<Response> team(String team, int n, int answer) {
        var out = new ArrayList<Response>();
        for (int i = 0; i < n; i++) {
            out.add(Response.inTeam(team, TestInstruments.uniform(answer)));
        }
        return out;
    }

    private static List<Response> concat(List<Response> a, List<Response> b) {
        var out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void shouldSuppressTeamUnderFiveWithNoValuesAndItsPartnerTeam() {
        // Zorg 6 × answer 4 (75), Kantoor 3 × answer 2 (25): Kantoor under 5, and alone it would be
        // all - Zorg, so Zorg is suppressed too; all (9) is shown.
        var responses = concat(team("Zorg", 6, 4), team("Kantoor", 3, 2));

        var results = ScanAnalysis.analyse(instrument, List.of("Zorg", "Kantoor"), responses, AnonymityRule.DEFAULT);

        assertThat(results.responses()).isEqualTo(9);
        assertThat(results.groups()).extracting(GroupResult::group).containsExactly("ALL", "Zorg", "Kantoor");
        GroupResult kantoor = results.group("Kantoor").orElseThrow();
        assertThat(kantoor.suppressed()).isTrue();
        assertThat(kantoor.scales()).isEmpty();
        assertThat(kantoor.pillars()).isEmpty();
        assertThat(results.group("Zorg").orElseThrow().suppressed()).isTrue();
        GroupResult all = results.all();
        assertThat(all.suppressed()).isFalse();
        // (6 · 75 + 3 · 25) / 9 = 58.33… → 58 whole points
        assertThat(all.scales().get("t.x")).isEqualTo(58);
        assertThat(all.pillars()).containsOnlyKeys(Pillar.values());
    }

    @Test
    void shouldShowTeamsOfFiveOrMoreWhenTheSuppressedTeamsTogetherReachFive() {
        var responses = concat(concat(team("A", 5, 5), team("B", 3, 3)), team("C", 2, 1));

        var results = ScanAnalysis.analyse(instrument, List.of("A", "B", "C"), responses, AnonymityRule.DEFAULT);

        GroupResult a = results.group("A").orElseThrow();
        assertThat(a.suppressed()).isFalse();
        assertThat(a.scales().get("o.x")).isEqualTo(100);
        assertThat(a.pillars().get(Pillar.PEOPLE)).isEqualTo(100);
        assertThat(results.group("B").orElseThrow().suppressed()).isTrue();
        assertThat(results.group("C").orElseThrow().suppressed()).isTrue();
    }

    @Test
    void shouldSuppressEverythingUnderFiveResponsesAndGiveNoBalance() {
        var results = ScanAnalysis.analyse(
                instrument,
                List.of(),
                List.of(
                        Response.withoutTeam(TestInstruments.uniform(4)),
                        Response.withoutTeam(TestInstruments.uniform(4)),
                        Response.withoutTeam(TestInstruments.uniform(4)),
                        Response.withoutTeam(TestInstruments.uniform(4))),
                AnonymityRule.DEFAULT);

        assertThat(results.all().suppressed()).isTrue();
        assertThat(results.all().scales()).isEmpty();
        assertThat(results.balance()).isEmpty();
    }

    @Test
    void shouldHideAScaleThatTooFewRespondentsOfAGroupScored() {
        // 6 respondents, only 4 answered the technology items
        var responses = new ArrayList<Response>();
        for (int i = 0; i < 6; i++) {
            var answers = new LinkedHashMap<>(TestInstruments.uniform(4));
            if (i >= 4) {
                answers.remove("t.x.1");
                answers.remove("t.x.2");
            }
            responses.add(Response.withoutTeam(answers));
        }

        var all = ScanAnalysis.analyse(instrument, List.of(), responses, AnonymityRule.DEFAULT)
                .all();

        assertThat(all.suppressed()).isFalse();
        assertThat(all.scales()).doesNotContainKey("t.x").containsKeys("o.x", "p.x", "j.x");
        assertThat(all.pillars()).doesNotContainKey(Pillar.TECHNOLOGY);
    }

    @Test
    void shouldReleaseIdeasOnlyOfGroupsThatPass() {
        var responses = concat(concat(team("A", 5, 5), team("B", 5, 3)), team("C", 5, 1));
        responses = concat(responses, team("D", 2, 2));
        var results = ScanAnalysis.analyse(instrument, List.of("A", "B", "C", "D"), responses, AnonymityRule.DEFAULT);
        var ideas = List.of(
                new Idea(Optional.of("D"), "secret from D"),
                new Idea(Optional.of("A"), "zeker meer overleg"),
                new Idea(Optional.of("C"), "Betere roosters"),
                new Idea(Optional.of("B"), "  minder formulieren "));

        var released = ScanAnalysis.releasedIdeas(results, ideas);

        // D (2) is suppressed, and with it the smallest shown team (A, first of the 5s)
        assertThat(released).containsOnlyKeys("ALL", "B", "C");
        assertThat(released.get("ALL")).containsExactly("Betere roosters", "minder formulieren");
        assertThat(released.get("B")).containsExactly("minder formulieren");
        assertThat(released.values())
                .allSatisfy(texts -> assertThat(texts).noneMatch(t -> t.contains("secret") || t.contains("overleg")));
    }

    @Test
    void shouldRejectResponsesOutsideTheScansTeamsOrItems() {
        var noTeam = List.of(Response.withoutTeam(TestInstruments.uniform(3)));
        var unknownTeam = List.of(Response.inTeam("X", TestInstruments.uniform(3)));
        var unknownItem = List.of(Response.withoutTeam(Map.of("t.x.9", 3)));

        assertThatThrownBy(() -> ScanAnalysis.analyse(instrument, List.of("A"), noTeam, AnonymityRule.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScanAnalysis.analyse(instrument, List.of("A"), unknownTeam, AnonymityRule.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScanAnalysis.analyse(instrument, List.of(), unknownItem, AnonymityRule.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Response.withoutTeam(Map.of("t.x.1", 6))).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Random scans with random team sizes and skipped items: every shown cell rests on at least k
     * scorers, and for every scale "all" minus the shown teams' cells is a pool of nobody or of at least
     * k scorers — the sum a viewer could derive never belongs to a single suppressed team or a group
     * under k.
     */
    @Test
    void shouldNeverRevealASuppressedCellByDifferencing() {
        var random = new Random(77_001L);
        var rule = AnonymityRule.DEFAULT;
        for (int c = 0; c < 2_000; c++) {
            var teams = new ArrayList<String>();
            var responses = new ArrayList<Response>();
            int teamCount = 1 + random.nextInt(5);
            for (int t = 0; t < teamCount; t++) {
                String name = "T" + t;
                teams.add(name);
                int n = random.nextInt(3) == 0 ? random.nextInt(20) : random.nextInt(9);
                for (int i = 0; i < n; i++) {
                    var answers = new HashMap<String, Integer>();
                    for (Item item : instrument.items()) {
                        if (random.nextInt(5) > 0) {
                            answers.put(item.id(), 1 + random.nextInt(5));
                        }
                    }
                    responses.add(Response.inTeam(name, answers));
                }
            }

            var results = ScanAnalysis.analyse(instrument, teams, responses, rule);

            for (Scale scale : instrument.scales()) {
                var scorers = new HashMap<String, Integer>();
                for (Response r : responses) {
                    OptionalDouble s = ScaleScoring.respondentScore(instrument.itemsOf(scale.id()), r.answers());
                    if (s.isPresent()) {
                        scorers.merge(r.team().orElseThrow(), 1, Integer::sum);
                        scorers.merge(ScanResults.ALL, 1, Integer::sum);
                    }
                }
                String label = "case " + c + " scale " + scale.id() + " scorers " + scorers;
                int shownTeams = 0;
                for (GroupResult g : results.groups()) {
                    if (g.scales().containsKey(scale.id())) {
                        assertThat(scorers.getOrDefault(g.group(), 0))
                                .as("shown cell %s, %s", g.group(), label)
                                .isGreaterThanOrEqualTo(rule.k());
                        assertThat(g.n()).as("shown group %s", g.group()).isGreaterThanOrEqualTo(rule.k());
                        if (!g.group().equals(ScanResults.ALL)) {
                            shownTeams += scorers.getOrDefault(g.group(), 0);
                        }
                    }
                }
                if (results.all().scales().containsKey(scale.id())) {
                    int derived = scorers.getOrDefault(ScanResults.ALL, 0) - shownTeams;
                    assertThat(derived == 0 || derived >= rule.k())
                            .as("all minus shown teams = %d scorers, %s", derived, label)
                            .isTrue();
                }
            }
        }
    }
}
