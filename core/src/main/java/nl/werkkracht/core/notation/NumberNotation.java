package nl.werkkracht.core.notation;

import java.math.BigDecimal;
import java.util.Locale;
import nl.werkkracht.core.notation.TypedNumber.Reason;
import nl.werkkracht.core.notation.TypedNumber.Refused;

/**
 * Reads a number as a person types it, in Dutch ("4.150.000", "29,5") or English ("4,150,000",
 * "29.5") notation, the same way whatever the language of the page: the notation is recognised from the
 * text itself, and what could mean two things is refused rather than guessed.
 *
 * <ul>
 *   <li>Spaces (also non-breaking and thin ones, as pasted from a spreadsheet) are ignored; a sign ("-",
 *       "+", "−") may lead.
 *   <li>With both "." and "," the last one is the decimal separator and may occur once; the other groups
 *       thousands: "4.150.000,50" and "4,150,000.50" are 4150000.5; "1,234.5,6" is refused.
 *   <li>One separator occurring more than once groups thousands: "4.150.000" and "4,150,000" are 4150000.
 *   <li>One separator occurring once is the decimal separator ("29,5", "0.05", ",5"), except when exactly
 *       three digits follow a first group of one to three digits that is not "0": "4.150" is 4150 in
 *       Dutch and 4.15 in English. For an {@link NumberKind#AMOUNT}, a {@link NumberKind#GROUPED} quantity
 *       or a {@link NumberKind#WHOLE} number it is 4150 (a tenth of a cent, a thousandth of an hour or a
 *       fraction of a count makes no sense); for a {@link NumberKind#DECIMAL} or {@link NumberKind#PERCENT}
 *       it is {@link Reason#AMBIGUOUS}.
 *   <li>Thousands are grouped in threes after a first group of one to three digits, or the text is
 *       refused ({@link Reason#BAD_GROUPING}).
 *   <li>Amounts may carry "€" or "EUR" and the Dutch whole-euro ending ",-"; percentages a "%" at the end.
 *       No exponents, no other signs.
 * </ul>
 *
 * <p>The page script {@code number-input.js} implements the same rules to show the value before it is
 * saved; a browser test compares both on the same cases.
 */
public final class NumberNotation {

    private NumberNotation() {}

    /** Reads {@code text} (null is blank) as a number of {@code kind}. */
    public static TypedNumber parse(String text, NumberKind kind) {
        String typed = text == null ? "" : stripSpaces(text, false);
        if (typed.isEmpty()) {
            return new TypedNumber.Blank();
        }
        String s = stripSpaces(typed, true);
        boolean negative = false;
        if (kind == NumberKind.AMOUNT) {
            s = withoutCurrency(s);
        }
        if (!s.isEmpty() && "+-\u2212".indexOf(s.charAt(0)) >= 0) {
            negative = s.charAt(0) != '+';
            s = s.substring(1);
        }
        if (kind == NumberKind.AMOUNT) {
            s = withoutCurrency(s);
            if (s.endsWith(",-") || s.endsWith(".-")) {
                s = s.substring(0, s.length() - 2);
            } else if (s.endsWith(",--")) {
                s = s.substring(0, s.length() - 3);
            }
        } else if (kind == NumberKind.PERCENT && s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || !s.matches("[0-9.,]+") || !s.matches(".*[0-9].*")) {
            return Refused.of(Reason.NOT_A_NUMBER, typed);
        }
        TypedNumber read = digits(s, kind, typed);
        if (read instanceof TypedNumber.Value v) {
            double value = negative ? -v.value() : v.value();
            if (!Double.isFinite(value)) {
                return Refused.of(Reason.NOT_A_NUMBER, typed);
            }
            if (kind == NumberKind.WHOLE && value != Math.rint(value)) {
                return Refused.of(Reason.NOT_WHOLE, typed);
            }
            return new TypedNumber.Value(value == 0 ? 0 : value);
        }
        if (read instanceof Refused r && r.reason() == Reason.AMBIGUOUS && negative) {
            return new Refused(Reason.AMBIGUOUS, typed, -r.grouped(), -r.decimal());
        }
        return read;
    }

    /** Digits with "." and "," only, at least one digit, no sign. */
    private static TypedNumber digits(String s, NumberKind kind, String typed) {
        int dots = count(s, '.');
        int commas = count(s, ',');
        if (dots == 0 && commas == 0) {
            return value(s, "");
        }
        if (dots > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            if (count(s, decimal) > 1) {
                return Refused.of(Reason.MIXED_SEPARATORS, typed);
            }
            int at = s.indexOf(decimal);
            String whole = s.substring(0, at);
            String fraction = s.substring(at + 1);
            if (fraction.isEmpty() || !grouped(whole, group)) {
                return Refused.of(fraction.isEmpty() ? Reason.NOT_A_NUMBER : Reason.BAD_GROUPING, typed);
            }
            return value(whole.replace(String.valueOf(group), ""), fraction);
        }
        char separator = dots > 0 ? '.' : ',';
        if (count(s, separator) > 1) {
            return grouped(s, separator)
                    ? value(s.replace(String.valueOf(separator), ""), "")
                    : Refused.of(Reason.BAD_GROUPING, typed);
        }
        int at = s.indexOf(separator);
        String whole = s.substring(0, at);
        String fraction = s.substring(at + 1);
        if (fraction.isEmpty()) {
            return Refused.of(Reason.NOT_A_NUMBER, typed);
        }
        boolean couldGroup = fraction.length() == 3 && grouped(s, separator);
        if (!couldGroup) {
            return value(whole, fraction);
        }
        if (kind == NumberKind.AMOUNT || kind == NumberKind.GROUPED || kind == NumberKind.WHOLE) {
            return value(whole + fraction, "");
        }
        return new Refused(
                Reason.AMBIGUOUS,
                typed,
                Double.parseDouble(whole + fraction),
                new BigDecimal(whole + "." + fraction).doubleValue());
    }

    /**
     * Whether {@code s} is digits grouped in threes by {@code separator} after a first group of one to
     * three digits that does not start with 0 ("4.150.000"), or has no separator at all.
     */
    static boolean grouped(String s, char separator) {
        String[] groups = s.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
        if (groups.length == 1) {
            return true;
        }
        String first = groups[0];
        if (first.isEmpty() || first.length() > 3 || first.charAt(0) == '0') {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static TypedNumber value(String whole, String fraction) {
        String number = (whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction);
        if (!number.matches("[0-9]+(\\.[0-9]+)?")) {
            return Refused.of(Reason.NOT_A_NUMBER, number);
        }
        return new TypedNumber.Value(new BigDecimal(number).doubleValue());
    }

    private static String withoutCurrency(String s) {
        String t = s;
        if (t.startsWith("€")) {
            t = t.substring(1);
        } else if (t.toUpperCase(Locale.ROOT).startsWith("EUR")) {
            t = t.substring(3);
        }
        if (t.endsWith("€")) {
            t = t.substring(0, t.length() - 1);
        } else if (t.toUpperCase(Locale.ROOT).endsWith("EUR")) {
            t = t.substring(0, t.length() - 3);
        }
        return t;
    }

    /** Strips leading and trailing white space, and with {@code inside} every space within as well. */
    private static String stripSpaces(String text, boolean inside) {
        if (!inside) {
            int start = 0;
            int end = text.length();
            while (start < end && space(text.charAt(start))) {
                start++;
            }
            while (end > start && space(text.charAt(end - 1))) {
                end--;
            }
            return text.substring(start, end);
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!space(text.charAt(i))) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
