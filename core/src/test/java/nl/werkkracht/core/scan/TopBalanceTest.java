package nl.werkkracht.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import nl.werkkracht.core.WorkedExample;
import org.junit.jupiter.api.Test;

class TopBalanceTest {

    private final WorkedExample example = WorkedExample.load("scan/top-balance.txt");

    @Test
    void shouldFlagGapsAboveFifteenAndNameTheLaggingPillar() {
        for (var row : example.table("cases")) {
            var balance = TopBalance.of(row.number("technology"), row.number("organisation"), row.number("people"));

            String c = row.text("case");
            assertThat(balance.gap()).as("gap %s", c).isCloseTo(row.number("gap"), within(1e-9));
            assertThat(balance.flagged()).as("flagged %s", c).isEqualTo(Boolean.parseBoolean(row.text("flagged")));
            assertThat(balance.lagging()).as("lagging %s", c).isEqualTo(Pillar.valueOf(row.text("lagging")));
        }
    }

    @Test
    void shouldGiveNoBalanceWithoutAllThreePillars() {
        assertThat(TopBalance.of(Map.of(Pillar.TECHNOLOGY, 50.0, Pillar.PEOPLE, 40.0)))
                .isEmpty();
        assertThat(TopBalance.of(Map.of(Pillar.TECHNOLOGY, 50.0, Pillar.PEOPLE, 40.0, Pillar.ORGANISATION, 70.0)))
                .hasValueSatisfying(b -> assertThat(b.lagging()).isEqualTo(Pillar.PEOPLE));
    }
}
