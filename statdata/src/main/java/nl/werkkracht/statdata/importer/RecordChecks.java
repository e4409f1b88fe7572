package nl.werkkracht.statdata.importer;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;

/**
 * The checks every importer applies to a record before it becomes an observation, each throwing an
 * {@link ImportException} at the current line of the source that names the offending field. The rules
 * are those of the observation model: codes in the code lists, a unit of the measure's dimension, a
 * price basis exactly for money, no negative labour input (negative money such as a loss-making
 * sector's GVA is valid and carried).
 */
public final class RecordChecks {

    /**
     * A plain decimal number with an optional exponent: no {@code NaN}, {@code Infinity}, hexadecimal or
     * type suffixes, which {@link Double#parseDouble} would accept, and no thousands separators.
     */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final ErrorSite lines;
    private final CodeLists codeLists;

    public RecordChecks(ErrorSite lines, CodeLists codeLists) {
        this.lines = lines;
        this.codeLists = codeLists;
    }

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");

    /**
     * A code of a source's code list ({@code NL}, {@code EU27_2020}, {@code DE11}) that may lie outside
     * Werkkracht's code lists and be skipped: it must at least look like a code, so that a damaged field is
     * refused rather than counted as another country.
     */
    public String sourceCode(String field, String text) {
        if (!CODE.matcher(text).matches()) {
            throw lines.error(field, "value " + Echo.quote(text) + " in column " + field + " is not a code")
                    .code("not-a-code", Echo.shorten(text, Echo.MAX), field);
        }
        return text;
    }

    /** The region code if it is in the code list. */
    public String region(String field, String code) {
        if (codeLists.region(code).isEmpty()) {
            throw lines.error(field, "unknown region code " + Echo.quote(code) + " in column " + field);
        }
        return code;
    }

    /** The sector code if it is in the code list as written (no aliases). */
    public String sector(String field, String code) {
        return sector(field, "", code);
    }

    /**
     * The canonical sector code after the aliases of a source scheme ({@code eurostat}: {@code M-N} →
     * {@code M_N}; {@code klems}: {@code TOT} → {@code TOTAL}), if it is in the code list.
     */
    public String sector(String field, String scheme, String code) {
        String canonical = codeLists.canonical(scheme, code);
        if (codeLists.sector(canonical).isEmpty()) {
            throw lines.error(field, "unknown sector code " + Echo.quote(code) + " in column " + field);
        }
        return canonical;
    }

    /**
     * A year ({@code 2015}) or quarter ({@code 2015Q1}, {@code 2015-Q1}) between 1800 and 2200. A year out of
     * that range is reported like any unparseable period (older core versions threw from {@code parse}).
     */
    public Period period(String field, String text) {
        Optional<Period> period;
        try {
            period = Period.parse(text);
        } catch (IllegalArgumentException e) {
            period = Optional.empty();
        }
        return period.orElseThrow(() -> lines.error(
                field,
                "period " + Echo.quote(text) + " in column " + field + " is not a year (2015) or a quarter (2015Q1)"));
    }

    /** {@code CP}, {@code PYP}, {@code CLVyyyy}, or empty for none. */
    public PriceBasis priceBasis(String field, String text) {
        Optional<PriceBasis> basis;
        try {
            basis = PriceBasis.parse(text);
        } catch (IllegalArgumentException e) {
            basis = Optional.empty();
        }
        return basis.orElseThrow(
                () -> lines.error(field, "unknown price basis " + Echo.quote(text) + " in column " + field));
    }

    /**
     * Builds the observation whose fields were checked one by one. Should the record constructor still
     * refuse it (a rule added to the model later), the user gets the line, not a stack trace.
     */
    public Observation observation(Supplier<Observation> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw lines.error("", e.getMessage());
        }
    }

    /**
     * A finite decimal number such as {@code 724960}, {@code -339} or {@code 1.5e-05}. A number too large for
     * a double, or so small that it would be stored as 0 or lose its digits ({@code 1e-400}), is refused:
     * the stored value must be the one written.
     */
    public double number(String field, String text) {
        return parse(text).orElseThrow(() -> {
            boolean form = NUMBER.matcher(text).matches();
            return lines.error(
                            field,
                            "value " + Echo.quote(text) + " in column " + field
                                    + (form ? " is out of range" : " is not a number"))
                    .code(form ? "number-range" : "not-a-number", Echo.shorten(text, Echo.MAX), field);
        });
    }

    /**
     * The rule of {@link #number} without a line, for importers that are not line-based (CBS OData): the
     * value of a plain decimal number, empty when the text is not one or is out of range (infinite, or a
     * non-zero number that a double holds only as 0 or as a subnormal).
     */
    public static java.util.OptionalDouble parse(String text) {
        if (text == null || !NUMBER.matcher(text).matches()) {
            return java.util.OptionalDouble.empty();
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            return java.util.OptionalDouble.empty();
        }
        if (Math.abs(value) < Double.MIN_NORMAL && hasNonZeroDigit(text)) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(value);
    }

    private static boolean hasNonZeroDigit(String text) {
        int end = text.length();
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e >= 0) {
            end = e;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * A SDMX frequency code ({@code A} annual, {@code Q} quarterly) must fit the period of the value, so a
     * row marked quarterly is never stored as a year (and the other way round).
     */
    public void frequencyFits(String field, String frequency, Period period) {
        boolean quarter = !period.isYear();
        boolean fits =
                switch (frequency) {
                    case "A" -> !quarter;
                    case "Q" -> quarter;
                    default -> false;
                };
        if (!fits) {
            throw lines.error(
                            field,
                            "frequency " + Echo.quote(frequency) + " in column " + field + " does not fit the period "
                                    + period + " (A is annual, as 2015; Q quarterly, as 2015Q1)")
                    .code("frequency", Echo.shorten(frequency, Echo.MAX), field, period.toString());
        }
    }

    /** A unit must measure what the measure counts: no hours in euro. */
    public void unitFits(String field, Measure measure, Unit unit) {
        if (unit.dimension() != measure.dimension()) {
            throw lines.error(
                    field,
                    "unit " + unit + " does not match measure " + measure + " (" + measure + " needs a unit of "
                            + measure.dimension() + ", " + unit + " is " + unit.dimension() + ")");
        }
    }

    /** Money needs a price basis (CP, PYP, CLVyyyy); everything else has none. */
    public void priceBasisFits(String field, Measure measure, PriceBasis priceBasis) {
        boolean none = priceBasis.kind() == PriceBasis.Kind.NONE;
        if (measure.isMonetary() && none) {
            throw lines.error(field, "missing price basis for " + measure + ": money needs CP, PYP or CLVyyyy");
        }
        if (!measure.isMonetary() && !none) {
            throw lines.error(field, "price basis " + priceBasis + " given for " + measure + ", which has none");
        }
    }

    /** Labour input (hours, persons, jobs, FTE) cannot be negative; money and growth rates can. */
    public void notNegativeLabour(String field, Measure measure, double value) {
        if (measure.isLabour() && value < 0) {
            throw lines.error(field, "negative labour input " + value + " for " + measure + " in column " + field);
        }
    }
}
