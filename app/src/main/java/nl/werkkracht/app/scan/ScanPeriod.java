package nl.werkkracht.app.scan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The period a scan ran in. A scan closes at an instant after which no answers are accepted — "open
 * until 31 December 2026" closes at 1 January 2027 00:00 Dutch time — so its period is the day of the
 * last moment it was open, in Dutch time: 31 December 2026, the fourth quarter of 2026, the year 2026.
 * Follow-up (quarters) and benchmarks (years) use this day, never the closing instant itself.
 */
public final class ScanPeriod {

    /** Dutch time, in which scans open and close. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private ScanPeriod() {}

    /** The last day the scan took answers: the day of the moment just before it closed. */
    public static LocalDate lastDay(Instant closesAt) {
        return closesAt.minusNanos(1).atZone(ZONE).toLocalDate();
    }

    /** The year the scan ran in. */
    public static int year(Instant closesAt) {
        return lastDay(closesAt).getYear();
    }

    /** The quarter (1–4) the scan ran in. */
    public static int quarter(Instant closesAt) {
        return (lastDay(closesAt).getMonthValue() - 1) / 3 + 1;
    }
}
