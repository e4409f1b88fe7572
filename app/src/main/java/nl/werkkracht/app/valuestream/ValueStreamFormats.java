package nl.werkkracht.app.valuestream;

import java.text.NumberFormat;
import nl.werkkracht.app.web.Formats;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers of the value-stream pages in the request's locale ({@code ${@vsfmt.minutes(m)}}): minutes and
 * hours with a decimal only where it says something ("7,5", "120"). A missing value is "–".
 */
@Component("vsfmt")
public class ValueStreamFormats {

    /** Minutes: whole minutes without decimals, otherwise one ("7,5"); thousands grouped ("5.335"). */
    public String minutes(Double value) {
        return compact(value, 1);
    }

    /** Minutes as hours: one decimal below 100 hours ("88,9"), none above ("1.250"). */
    public String hours(Double minutes) {
        if (minutes == null) {
            return Formats.MISSING;
        }
        double hours = minutes / 60.0;
        return fixed(hours, Math.abs(hours) < 100 ? 1 : 0);
    }

    /** A count or volume: no decimals unless it has them ("1.200", "310,5"). */
    public String count(Double value) {
        return compact(value, 1);
    }

    private static String compact(Double value, int maxDecimals) {
        if (value == null) {
            return Formats.MISSING;
        }
        NumberFormat f = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(maxDecimals);
        return f.format(value);
    }

    private static String fixed(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }
}
