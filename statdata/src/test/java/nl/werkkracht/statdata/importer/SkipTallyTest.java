package nl.werkkracht.statdata.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkipTallyTest {

    @Test
    void shouldGroupNotesByReasonAndCountValues() {
        var tally = new SkipTally();
        tally.add("derived", "EUR_HAB", 23);
        tally.add("not available", "GDP", 1);
        tally.add("derived", "EUR_HAB", 23);
        tally.add("derived", "PPS_HAB_EU27_2020", 23);
        tally.add("derived", "ignored", 0);

        assertThat(tally.total()).isEqualTo(70);
        assertThat(tally.notes())
                .containsExactly(
                        "skipped 69 values: derived (EUR_HAB 46, PPS_HAB_EU27_2020 23)",
                        "skipped 1 values: not available (GDP 1)");
    }

    @Test
    void shouldNameAtMostTenCodesPerReason() {
        var tally = new SkipTally();
        for (int i = 0; i < 12; i++) {
            tally.add("outside", "C" + i, 1);
        }

        assertThat(tally.notes())
                .containsExactly(
                        "skipped 12 values: outside (C0 1, C1 1, C2 1, C3 1, C4 1, C5 1, C6 1, C7 1, C8 1, C9 1, and 2 more)");
    }
}
