package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The period a scan ran in (issue 9: a scan open until 31 December 2026 was shown as 2027Q1 and 2027):
 * the day of its last open moment, in Dutch time, at the boundary and across the time zone.
 */
class ScanPeriodTest {

    @Test
    void shouldCountAScanOpenUntilNewYearsEveInTheOldYear() {
        Instant closes = ScanApi.parseClosesAt("2026-12-31"); // the end of 31 December, Dutch time

        assertThat(closes).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
        assertThat(ScanPeriod.lastDay(closes)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ScanPeriod.year(closes)).isEqualTo(2026);
        assertThat(ScanPeriod.quarter(closes)).isEqualTo(4);
    }

    @Test
    void shouldCountTheFirstMomentOfTheNewYearInTheNewYear() {
        // closed one microsecond after midnight Dutch time: it took answers on 1 January
        Instant closes = Instant.parse("2026-12-31T23:00:00.000001Z");

        assertThat(ScanPeriod.lastDay(closes)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(ScanPeriod.year(closes)).isEqualTo(2027);
        assertThat(ScanPeriod.quarter(closes)).isEqualTo(1);
    }

    @Test
    void shouldUseDutchTimeNotUtc() {
        // 23:30 UTC on 31 December is 00:30 on 1 January in Amsterdam (winter time, UTC+1)
        assertThat(ScanPeriod.year(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo(2027);
        // closed early at 23:30 Dutch time on 31 December: still 2026
        assertThat(ScanPeriod.year(Instant.parse("2026-12-31T22:30:00Z"))).isEqualTo(2026);
        // summer time (UTC+2): open until 30 June closes at 22:00 UTC, the second quarter
        Instant june = ScanApi.parseClosesAt("2026-06-30");
        assertThat(june).isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
        assertThat(ScanPeriod.quarter(june)).isEqualTo(2);
        assertThat(ScanPeriod.quarter(Instant.parse("2026-06-30T22:00:00.001Z")))
                .isEqualTo(3);
    }
}
