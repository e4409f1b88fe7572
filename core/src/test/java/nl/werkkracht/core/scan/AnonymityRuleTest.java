package nl.werkkracht.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.werkkracht.core.WorkedExample;
import org.junit.jupiter.api.Test;

class AnonymityRuleTest {

    private static final int RANDOM_CASES = 20_000;

    private final WorkedExample example = WorkedExample.load("scan/disclosure.txt");

    private static Map<String, Integer> teams(String spec) {
        var out = new LinkedHashMap<String, Integer>();
        if (!spec.isEmpty()) {
            for (String part : spec.split(";")) {
                String[] kv = part.split("=");
                out.put(kv[0], Integer.parseInt(kv[1]));
            }
        }
        return out;
    }

    @Test
    void shouldSuppressTheWorkedExampleCases() {
        for (var row : example.table("cases")) {
            var rule = new AnonymityRule(row.integer("k"));
            Set<String> expectedHidden = row.text("hidden").isEmpty()
                    ? Set.of()
                    : Arrays.stream(row.text("hidden").split(";")).collect(Collectors.toSet());

            var suppression = rule.suppress(row.integer("total"), teams(row.text("teams")));

            String c = row.text("case");
            assertThat(suppression.teams()).as("hidden teams %s", c).isEqualTo(expectedHidden);
            assertThat(!suppression.all()).as("all shown %s", c).isEqualTo(Boolean.parseBoolean(row.text("all")));
        }
    }

    @Test
    void shouldAllowRaisingKButNeverLoweringIt() {
        assertThat(new AnonymityRule(7).k()).isEqualTo(7);
        assertThatThrownBy(() -> new AnonymityRule(4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AnonymityRule.DEFAULT.k()).isEqualTo(5);
    }

    /**
     * For thousands of random team sizes: every shown group has at least k respondents, and "all" minus
     * the shown teams is either nobody or a group of at least k — so no suppressed team (or set of
     * suppressed teams under k) can be derived by subtraction.
     */
    @Test
    void shouldNeverLetASuppressedTeamBeDerivedFromAllMinusTheShownTeams() {
        var random = new Random(20_260_302L);
        for (int c = 0; c < RANDOM_CASES; c++) {
            int k = 5 + (random.nextInt(4) == 0 ? random.nextInt(6) : 0);
            var rule = new AnonymityRule(k);
            int teamCount = 1 + random.nextInt(9);
            var teams = new LinkedHashMap<String, Integer>();
            for (int t = 0; t < teamCount; t++) {
                teams.put("T" + t, random.nextInt(3) == 0 ? random.nextInt(40) : random.nextInt(k + 3));
            }
            int total = teams.values().stream().mapToInt(Integer::intValue).sum();

            var suppression = rule.suppress(total, teams);

            String label = "case " + c + " k=" + k + " " + teams;
            teams.forEach((team, n) -> {
                if (!suppression.team(team)) {
                    assertThat(n).as("shown team %s, %s", team, label).isGreaterThanOrEqualTo(k);
                }
            });
            assertThat(suppression.all())
                    .as("all suppressed only under k, %s", label)
                    .isEqualTo(total < k);
            if (!suppression.all()) {
                int shownSum = teams.entrySet().stream()
                        .filter(e -> !suppression.team(e.getKey()))
                        .mapToInt(Map.Entry::getValue)
                        .sum();
                int derived = total - shownSum;
                assertThat(derived == 0 || derived >= k)
                        .as("all minus shown teams = %d respondents, %s", derived, label)
                        .isTrue();
                long hiddenWithRespondents = teams.entrySet().stream()
                        .filter(e -> suppression.team(e.getKey()) && e.getValue() > 0)
                        .count();
                assertThat(hiddenWithRespondents)
                        .as("a lone suppressed team would be derivable, %s", label)
                        .isNotEqualTo(1);
            }
        }
    }
}
