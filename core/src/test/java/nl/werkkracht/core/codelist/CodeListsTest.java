package nl.werkkracht.core.codelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeListsTest {

    private static final Sector TOTAL =
            new Sector("TOTAL", SectorLevel.TOTAL, "Totaal", "Total", List.of("A", "B", "C"));
    private static final Sector A = new Sector("A", SectorLevel.SECTION, "Landbouw", "Agriculture", List.of("A"));
    private static final Sector B_C =
            new Sector("B-C", SectorLevel.AGGREGATE, "Industrie", "Industry", List.of("B", "C"));
    private static final Sector B = new Sector("B", SectorLevel.SECTION, "Delfstoffen", "Mining", List.of("B"));
    private static final Region NL =
            new Region("NL", RegionLevel.COUNTRY, "Nederland", "Netherlands", Optional.empty(), Optional.empty());
    private static final Region NL3 = new Region(
            "NL3", RegionLevel.NUTS1, "West-Nederland", "West Netherlands", Optional.of("NL"), Optional.of("LD03"));

    @Test
    void shouldAcceptBreakdownThatPartitionsTotal() {
        var lists = new CodeLists(
                List.of(NL, NL3),
                List.of(TOTAL, A, B_C, B),
                Map.of("A2", List.of("A", "B-C")),
                Map.of("cbs", Map.of("NL01", "NL")));

        assertThat(lists.breakdown("A2")).contains(List.of("A", "B-C"));
        assertThat(lists.regions(RegionLevel.NUTS1)).containsExactly(NL3);
        assertThat(lists.sector("B-C")).contains(B_C);
        assertThat(lists.region("XX")).isEmpty();
    }

    @Test
    void shouldTranslateSourceCodeToCanonicalCode() {
        var lists = new CodeLists(List.of(NL), List.of(A), Map.of(), Map.of("cbs", Map.of("NL01", "NL")));

        assertThat(lists.canonical("cbs", "NL01")).isEqualTo("NL");
        assertThat(lists.canonical("cbs", "NL3")).isEqualTo("NL3");
        assertThat(lists.canonical("klems", "M-N")).isEqualTo("M-N");
    }

    @Test
    void shouldRejectBreakdownThatCoversSectionTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CodeLists(
                        List.of(NL), List.of(TOTAL, A, B_C, B), Map.of("bad", List.of("A", "B-C", "B")), Map.of()))
                .withMessageContaining("twice");
    }

    @Test
    void shouldRejectBreakdownThatDoesNotCoverTotal() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new CodeLists(List.of(NL), List.of(TOTAL, A, B_C), Map.of("bad", List.of("A")), Map.of()))
                .withMessageContaining("does not cover");
    }

    @Test
    void shouldRejectBreakdownContainingTotalOrUnknownSector() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new CodeLists(List.of(NL), List.of(TOTAL), Map.of("bad", List.of("TOTAL")), Map.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CodeLists(List.of(NL), List.of(TOTAL), Map.of("bad", List.of("Z")), Map.of()));
    }

    @Test
    void shouldRejectDuplicateCodes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CodeLists(List.of(NL, NL), List.of(), Map.of(), Map.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CodeLists(List.of(), List.of(A, A), Map.of(), Map.of()));
    }
}
