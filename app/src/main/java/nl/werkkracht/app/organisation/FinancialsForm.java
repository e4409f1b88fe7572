package nl.werkkracht.app.organisation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkkracht.app.web.TypedNumbers;
import nl.werkkracht.core.notation.NumberKind;
import nl.werkkracht.core.notation.NumberNotation;
import nl.werkkracht.core.notation.TypedNumber;
import nl.werkkracht.core.organisation.FieldProblem;

/**
 * The figures form as people fill it in: every number as typed, in Dutch or English notation ("4.150.000",
 * "29,5"; {@link TypedNumbers}), rates in percent (5,2 for 5.2 %), converted to the API's {@link
 * FinancialsInput}. What was typed is shown again as typed when something is wrong.
 */
public record FinancialsForm(
        String year,
        String revenue,
        String purchases,
        String otherIntermediateCosts,
        String inventoryChange,
        String hoursWorked,
        String fte,
        String contractHoursPerWeek,
        String leaveHoursPerFte,
        String absencePercent,
        String hiredHours,
        String hiredLabourCost,
        String turnoverPercent) {

    /** How each number field is read (and shown: amounts and hours with thousands grouped). */
    public static final Map<String, NumberKind> KINDS = kinds();

    private static Map<String, NumberKind> kinds() {
        Map<String, NumberKind> kinds = new LinkedHashMap<>();
        kinds.put("revenue", NumberKind.AMOUNT);
        kinds.put("purchases", NumberKind.AMOUNT);
        kinds.put("otherIntermediateCosts", NumberKind.AMOUNT);
        kinds.put("inventoryChange", NumberKind.AMOUNT);
        kinds.put("hoursWorked", NumberKind.GROUPED);
        kinds.put("fte", NumberKind.DECIMAL);
        kinds.put("contractHoursPerWeek", NumberKind.DECIMAL);
        kinds.put("leaveHoursPerFte", NumberKind.GROUPED);
        kinds.put("absencePercent", NumberKind.PERCENT);
        kinds.put("hiredHours", NumberKind.GROUPED);
        kinds.put("hiredLabourCost", NumberKind.AMOUNT);
        kinds.put("turnoverPercent", NumberKind.PERCENT);
        return java.util.Collections.unmodifiableMap(kinds);
    }

    /** The typed values by field name, for the form's template. */
    public Map<String, String> values() {
        Map<String, String> m = new HashMap<>();
        m.put("year", year);
        m.put("revenue", revenue);
        m.put("purchases", purchases);
        m.put("otherIntermediateCosts", otherIntermediateCosts);
        m.put("inventoryChange", inventoryChange);
        m.put("hoursWorked", hoursWorked);
        m.put("fte", fte);
        m.put("contractHoursPerWeek", contractHoursPerWeek);
        m.put("leaveHoursPerFte", leaveHoursPerFte);
        m.put("absencePercent", absencePercent);
        m.put("hiredHours", hiredHours);
        m.put("hiredLabourCost", hiredLabourCost);
        m.put("turnoverPercent", turnoverPercent);
        m.values().removeIf(v -> v == null);
        return m;
    }

    /** The kind of a field in lower case, for the page script ({@code data-number}). */
    public String kind(String field) {
        return KINDS.get(field).name().toLowerCase(Locale.ROOT);
    }

    /** The year; empty when it is not a year. */
    java.util.Optional<Integer> yearNumber() {
        try {
            return java.util.Optional.of(Integer.parseInt(year == null ? "" : year.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The figures as the API takes them; every number that cannot be read is added to {@code problems}
     * (naming the form's field) and left out.
     */
    FinancialsInput input(List<FieldProblem> problems) {
        Map<String, String> typed = values();
        Map<String, Double> read = new HashMap<>();
        KINDS.forEach((field, kind) -> read.put(field, TypedNumbers.read(field, typed.get(field), kind, problems)));
        return new FinancialsInput(
                read.get("revenue"),
                read.get("purchases"),
                read.get("otherIntermediateCosts"),
                read.get("inventoryChange"),
                read.get("hoursWorked"),
                read.get("fte"),
                read.get("contractHoursPerWeek"),
                read.get("leaveHoursPerFte"),
                fraction(read.get("absencePercent")),
                read.get("hiredHours"),
                read.get("hiredLabourCost"),
                fraction(read.get("turnoverPercent")));
    }

    /**
     * The problems of the API's fields as the form names them: rates are percentages in the form.
     */
    static List<FieldProblem> asTyped(List<FieldProblem> problems) {
        List<FieldProblem> out = new ArrayList<>();
        for (FieldProblem p : problems) {
            String field =
                    switch (p.field()) {
                        case "absenceRate" -> "absencePercent";
                        case "turnoverRate" -> "turnoverPercent";
                        default -> p.field();
                    };
            boolean fraction = p.message().startsWith("must be a fraction");
            out.add(
                    fraction
                            ? new FieldProblem(field, "must be a percentage from 0 up to 100")
                            : new FieldProblem(field, p.message(), p.code(), p.arguments()));
        }
        return out;
    }

    /** A new, empty form for {@code year}. */
    static FinancialsForm empty(int year) {
        return new FinancialsForm(
                String.valueOf(year), null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The stored figures as the form shows them in {@code locale}: "4.150.000" and "29,5" in Dutch. */
    static FinancialsForm of(FinancialsView v, Locale locale) {
        FinancialsInput i = v.input();
        return new FinancialsForm(
                String.valueOf(v.year()),
                shown(i.revenue(), NumberKind.AMOUNT, locale),
                shown(i.purchases(), NumberKind.AMOUNT, locale),
                shown(i.otherIntermediateCosts(), NumberKind.AMOUNT, locale),
                shown(i.inventoryChange(), NumberKind.AMOUNT, locale),
                shown(i.hoursWorked(), NumberKind.GROUPED, locale),
                shown(i.fte(), NumberKind.DECIMAL, locale),
                shown(i.contractHoursPerWeek(), NumberKind.DECIMAL, locale),
                shown(i.leaveHoursPerFte(), NumberKind.GROUPED, locale),
                shown(i.absenceRate() == null ? null : i.absenceRate() * 100, NumberKind.PERCENT, locale),
                shown(i.hiredHours(), NumberKind.GROUPED, locale),
                shown(i.hiredLabourCost(), NumberKind.AMOUNT, locale),
                shown(i.turnoverRate() == null ? null : i.turnoverRate() * 100, NumberKind.PERCENT, locale));
    }

    /**
     * A stored number as it is typed in {@code locale}, reading back to the same number: thousands grouped
     * only where three decimals make no sense (else "1.500" fte would be ambiguous), at most six decimals.
     */
    static String shown(Double value, NumberKind kind, Locale locale) {
        if (value == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(locale));
        format.setGroupingUsed(kind == NumberKind.AMOUNT || kind == NumberKind.GROUPED);
        format.setGroupingSize(3);
        BigDecimal exact = new BigDecimal(Double.toString(value));
        String text = format.format(exact);
        if (!(NumberNotation.parse(text, kind) instanceof TypedNumber.Value)) {
            // "14,125" fte could be read as 14125: "14,1250" cannot
            format.setMinimumFractionDigits(4);
            text = format.format(exact);
        }
        return text;
    }

    private static Double fraction(Double percent) {
        return percent == null ? null : percent / 100;
    }
}
