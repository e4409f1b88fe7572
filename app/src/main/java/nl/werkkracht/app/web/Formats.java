package nl.werkkracht.app.web;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Number formatting in the request's locale for templates ({@code ${@fmt.euro(v)}} → "€ 90.500" in
 * Dutch, "€90,500" in English). A missing value (null) is shown as "–", never 0.
 */
@Component("fmt")
public class Formats {

    public static final String MISSING = "–";

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** Whole euros: "€ 90.500". */
    public String euro(Double value) {
        if (value == null) {
            return MISSING;
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(locale());
        f.setCurrency(java.util.Currency.getInstance("EUR"));
        f.setMaximumFractionDigits(0);
        f.setMinimumFractionDigits(0);
        return f.format(value);
    }

    /** Euros with cents: "€ 52,28". */
    public String euroCents(Double value) {
        if (value == null) {
            return MISSING;
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(locale());
        f.setCurrency(java.util.Currency.getInstance("EUR"));
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    /** A number with a fixed number of decimals: "104,2". */
    public String number(Double value, int decimals) {
        if (value == null) {
            return MISSING;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    /** A fraction as a percentage: 0.0152 → "1,5%" (Dutch), "1.5%" (English). */
    public String percent(Double fraction, int decimals) {
        if (fraction == null) {
            return MISSING;
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(fraction);
    }

    /** Percentage points with a sign: "+3,4". */
    public String points(Double value, int decimals) {
        if (value == null) {
            return MISSING;
        }
        return (value > 0 ? "+" : "") + number(value, decimals);
    }
}
