package nl.werkkracht.statdata.cbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.core.observation.Status;
import org.junit.jupiter.api.Test;

/**
 * Paging through the real UntypedDataSet of 83599NED (regional vacancies): page 1 holds 10,000 rows and an
 * {@code odata.nextLink} to {@code $skip=10000}; page 2 holds 5,504 rows and no link.
 */
class V3PagingTest {

    private static final List<String> DIMENSIONS = List.of("RegioS", "BedrijfstakkenBranchesSBI2008", "Perioden");

    @Test
    void shouldFollowNextLinkAcrossBothPagesAndNumberRowsThroughout() {
        var reader =
                new V3CubeReader("83599NED", new ODataClient(CbsSamples.source(CbsSamples.V3_83599)), "UntypedDataSet");
        var records = new ArrayList<CbsRecord>();
        var progress = new ArrayList<long[]>();

        long rows = reader.rows(
                DIMENSIONS,
                List.of("OpenstaandeVacatures_1"),
                records::add,
                (n, done, total) -> progress.add(new long[] {n, done, total}));

        assertThat(rows).isEqualTo(15_504);
        assertThat(records).hasSize(15_504);
        assertThat(records.get(15_503).number()).isEqualTo(15_504);
        assertThat(progress).extracting(p -> p[0]).containsExactly(10_000L, 15_504L);
        assertThat(progress).extracting(p -> p[1]).containsExactly(1L, 2L);
    }

    @Test
    void shouldTrimPaddedKeysAndKeepTheUntypedValueText() {
        var reader =
                new V3CubeReader("83599NED", new ODataClient(CbsSamples.source(CbsSamples.V3_83599)), "UntypedDataSet");
        var records = new ArrayList<CbsRecord>();
        reader.rows(DIMENSIONS, List.of("OpenstaandeVacatures_1"), records::add, (n, d, t) -> {});

        CbsRecord first = records.get(0);
        assertThat(first.dimensions())
                .containsEntry("RegioS", "NL01")
                .containsEntry("BedrijfstakkenBranchesSBI2008", "T001081")
                .containsEntry("Perioden", "2011KW01");
        assertThat(first.values().get(0).text()).isEqualTo("   135.5");
        CbsValue value = CbsValue.of(first.values().get(0).text(), "");
        assertThat(value.value().getAsDouble()).isCloseTo(135.5, within(1e-12));
        CbsRecord firstOfPage2 = records.get(10_000);
        assertThat(firstOfPage2.number()).isEqualTo(10_001);
        assertThat(records)
                .extracting(r -> r.dimensions().get("RegioS"))
                .allMatch(k -> k.equals(k.strip()) && k.length() == 4);
        assertThat(records)
                .extracting(r -> CbsValue.of(r.values().get(0).text(), "").status())
                .filteredOn(s -> s == Status.MISSING)
                .hasSize(1);
    }
}
