package nl.werkkracht.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.app.scan.ScanResultsView;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.app.scan.ScanSummary;
import nl.werkkracht.app.valuestream.ValueStreamService;
import nl.werkkracht.core.scan.AnonymityRule;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a scan open until 31 December 2026 counts for 2026 on the benchmark card, not 2027; and an
 * open scan (no published results) counts for nothing.
 */
class BenchmarkScanYearTest {

    private static final Instant NEW_YEARS_EVE = Instant.parse("2026-12-31T23:00:00Z"); // midnight Dutch time

    private final OrganisationService organisations = mock(OrganisationService.class);
    private final ScanService scans = mock(ScanService.class);
    private final ValueStreamService streams = mock(ValueStreamService.class);
    private final BenchmarkValues values = new BenchmarkValues(
            organisations, scans, streams, Clock.fixed(Instant.parse("2027-02-01T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void shouldCountAScanOpenUntilNewYearsEveForTheYearItRanIn() {
        when(organisations.financials(7)).thenReturn(List.of());
        when(streams.list(7)).thenReturn(List.of());
        when(scans.rule()).thenReturn(AnonymityRule.DEFAULT);
        when(scans.scans(7))
                .thenReturn(List.of(
                        new ScanSummary(
                                2,
                                7,
                                "werkkracht",
                                1,
                                List.of(),
                                Instant.parse("2027-03-01T23:00:00Z"),
                                NEW_YEARS_EVE,
                                true,
                                12,
                                12),
                        new ScanSummary(
                                1, 7, "werkkracht", 1, List.of(), NEW_YEARS_EVE, NEW_YEARS_EVE, false, 12, 12)));
        when(scans.publishedResults(2)).thenReturn(Optional.empty()); // still open
        when(scans.publishedResults(1)).thenReturn(Optional.of(results()));

        BenchmarkValues.OrganisationValues v = values.collect(7);

        assertThat(v.value("engagement", 2026)).hasValue(71);
        assertThat(v.value("engagement", 2027)).isEmpty();
    }

    private static ScanResultsView results() {
        var all = new ScanResultsView.GroupView(
                "ALL",
                12,
                false,
                null,
                Map.of("engagement", 71),
                Map.of("technology", 40, "organisation", 50, "people", 55),
                List.of());
        return new ScanResultsView(
                1,
                7,
                "werkkracht",
                1,
                NEW_YEARS_EVE,
                5,
                12,
                List.of(all),
                15,
                "technology",
                false,
                NEW_YEARS_EVE,
                null);
    }
}
