package nl.werkkracht.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.app.scan.ScanResultsView;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.app.scan.ScanSummary;
import nl.werkkracht.app.valuestream.ValueStreamService;
import nl.werkkracht.app.valuestream.ValueStreamView;
import nl.werkkracht.core.scan.AnonymityRule;
import org.junit.jupiter.api.Test;

/** How {@link BenchmarkValues} turns scans and value streams into metric values per year. */
class BenchmarkValuesTest {

    private static final double TOLERANCE = 1e-9;
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final OrganisationService organisations = mock(OrganisationService.class);
    private final ScanService scans = mock(ScanService.class);
    private final ValueStreamService streams = mock(ValueStreamService.class);
    private final BenchmarkValues values =
            new BenchmarkValues(organisations, scans, streams, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldTakeScanScoresOnlyFromAShownAllGroupInTheYearTheScanClosed() {
        when(organisations.financials(7)).thenReturn(List.of());
        when(scans.rule()).thenReturn(new AnonymityRule(5));
        // newest first: a 2025 scan whose ALL group is suppressed, a 2024 scan that is shown, one with 3 answers
        when(scans.scans(7))
                .thenReturn(List.of(
                        summary(3, "2025-12-31T23:30:00Z", 9),
                        summary(2, "2024-06-01T00:00:00Z", 12),
                        summary(1, "2023-06-01T00:00:00Z", 3)));
        when(scans.publishedResults(3)).thenReturn(java.util.Optional.of(results(3, true)));
        when(scans.publishedResults(2)).thenReturn(java.util.Optional.of(results(2, false)));
        when(streams.list(7)).thenReturn(List.of());

        BenchmarkValues.OrganisationValues v = values.collect(7);

        assertThat(v.value("engagement", 2024).getAsDouble()).isCloseTo(71, within(TOLERANCE));
        assertThat(v.value("job-quality", 2024).getAsDouble()).isCloseTo((60 + 80) / 2.0, within(TOLERANCE));
        assertThat(v.value("top-people", 2024).getAsDouble()).isCloseTo(55, within(TOLERANCE));
        // 23:30 UTC on 31 December 2025 is 2026 in Amsterdam, and that group is suppressed anyway
        assertThat(v.value("engagement", 2026)).isEmpty();
        assertThat(v.value("engagement", 2025)).isEmpty();
        assertThat(v.value("engagement", 2023)).isEmpty();
        assertThat(v.value("process-cycle-efficiency", 2026)).isEmpty();
    }

    @Test
    void shouldTakeTheLowestEfficiencyAndHighestRegistrationShareOfTheStreamsThisYear() {
        when(organisations.financials(7)).thenReturn(List.of());
        when(scans.scans(7)).thenReturn(List.of());
        ValueStreamView a = mock(ValueStreamView.class);
        ValueStreamView b = mock(ValueStreamView.class);
        when(a.processCycleEfficiency()).thenReturn(0.05);
        when(a.registrationShare()).thenReturn(0.10);
        when(b.processCycleEfficiency()).thenReturn(0.02);
        when(b.registrationShare()).thenReturn(null);
        when(streams.list(7)).thenReturn(List.of(a, b));

        BenchmarkValues.OrganisationValues v = values.collect(7);

        assertThat(v.value("process-cycle-efficiency", 2026).getAsDouble()).isCloseTo(2, within(TOLERANCE));
        assertThat(v.value("registration-share", 2026).getAsDouble()).isCloseTo(10, within(TOLERANCE));
    }

    @Test
    void shouldAverageOnlyTheJobScalesShown() {
        assertThat(BenchmarkValues.jobQuality(Map.of("job.autonomy", 70, "job.support", 50, "engagement", 10)))
                .hasValueSatisfying(m -> assertThat(m).isCloseTo(60, within(TOLERANCE)));
        assertThat(BenchmarkValues.jobQuality(Map.of("engagement", 10))).isEmpty();
    }

    private static ScanSummary summary(long id, String closesAt, int responses) {
        Instant closes = Instant.parse(closesAt);
        return new ScanSummary(id, 7, "werkkracht", 1, List.of(), closes, closes, false, responses, responses);
    }

    private static ScanResultsView results(long id, boolean suppressed) {
        ScanResultsView.GroupView all = suppressed
                ? new ScanResultsView.GroupView("ALL", null, true, "< 5", Map.of(), Map.of(), List.of())
                : new ScanResultsView.GroupView(
                        "ALL",
                        12,
                        false,
                        null,
                        Map.of("job.autonomy", 60, "job.variety", 80, "engagement", 71),
                        Map.of("technology", 40, "organisation", 50, "people", 55),
                        List.of());
        return new ScanResultsView(
                id,
                7,
                "werkkracht",
                1,
                Instant.parse("2024-06-01T00:00:00Z"),
                5,
                12,
                List.of(all),
                null,
                null,
                null,
                Instant.parse("2024-06-01T00:00:00Z"),
                null);
    }
}
