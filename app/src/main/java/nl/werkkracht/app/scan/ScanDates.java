package nl.werkkracht.app.scan;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates of scans for the pages, in Dutch time and the request's language ({@code ${@scanDates.day(t)}}
 * → "1 april 2026"). A scan that closes at midnight is shown as closing on the day before: "open until
 * 1 april" means until the end of 1 April.
 */
@Component("scanDates")
public class ScanDates {

    /** The day of a moment: "1 april 2026". */
    public String day(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale())
                .format(instant.atZone(ScanPeriod.ZONE));
    }

    /** The last day answers are accepted: the day of the moment just before closing ({@link ScanPeriod}). */
    public String lastDay(Instant closesAt) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale())
                .format(ScanPeriod.lastDay(closesAt));
    }
}
