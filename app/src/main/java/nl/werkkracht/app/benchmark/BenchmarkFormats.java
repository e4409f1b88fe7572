package nl.werkkracht.app.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.werkkracht.app.web.Formats;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Benchmark figures in the request's locale for templates ({@code ${@bm.number(v)}}): 3 significant digits
 * (METHODS.md §9), with the zeros that belong to them ("62,0", "4,00", "123.000"); a missing value is "–".
 */
@Component("bm")
public class BenchmarkFormats {

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** A benchmark figure with 3 significant digits: "61,3", "0,839", "123.000". */
    public String number(Double value) {
        return number(value, locale());
    }

    static String number(Double value, Locale locale) {
        if (value == null || !Double.isFinite(value)) {
            return Formats.MISSING;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).round(new MathContext(3, RoundingMode.HALF_UP));
        int decimals = Math.max(0, rounded.scale());
        if (value != 0 && rounded.precision() < 3) {
            decimals = Math.max(0, decimals + 3 - rounded.precision());
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(rounded);
    }

    /** A ratio as a percentage with 3 significant digits: 0.839 → "83,9%". */
    public String percent(Double fraction) {
        if (fraction == null || !Double.isFinite(fraction)) {
            return Formats.MISSING;
        }
        return number(fraction * 100, locale()) + "%";
    }

    /** A publication date: "3 mrt 2026" (Dutch), "3 Mar 2026" (English), in Dutch time. */
    public String date(Instant instant) {
        if (instant == null) {
            return Formats.MISSING;
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale())
                .format(instant.atZone(BenchmarkValues.ZONE));
    }
}
