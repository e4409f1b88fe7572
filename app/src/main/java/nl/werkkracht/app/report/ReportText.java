package nl.werkkracht.app.report;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.werkkracht.app.report.ReportView.Note;
import org.springframework.context.MessageSource;

/**
 * The report's sentences in one language, from the {@code messages/report} bundle, with numbers in that
 * language's format.
 */
record ReportText(MessageSource messages, Locale locale) {

    /** Dates are shown in the Dutch time zone: the product serves Dutch organisations. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    ReportText {
        if (messages == null || locale == null) {
            throw new IllegalArgumentException("messages and locale are required");
        }
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The message, or {@code fallback} when the bundle has no such key. */
    String getOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** A note with code {@code code} and the text of {@code report.note.<code>}. */
    Note note(String code, Object... args) {
        return new Note(code, get("report.note." + code, args));
    }

    /** A number with a fixed number of decimals: "52,3". */
    String number(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    /** A ratio as a percentage without decimals: 0.84 → "84%". */
    String percent(double fraction) {
        return percent(fraction, 0);
    }

    /** A ratio as a percentage with a fixed number of decimals: 0.028 → "2,8%". */
    String percent(double fraction, int decimals) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(fraction);
    }

    /** Whole euro: "€ 37.500". */
    String euro(double value) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(java.util.Currency.getInstance("EUR"));
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(0);
        return f.format(value);
    }

    /** Euro with cents: "€ 52,28". */
    String euroCents(double value) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(java.util.Currency.getInstance("EUR"));
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    /** A date: "1 maart 2026". */
    String date(Instant instant) {
        return date(instant.atZone(ZONE).toLocalDate());
    }

    /** A date: "1 maart 2026". */
    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}
