package nl.werkkracht.app.web;

import java.util.List;
import java.util.Locale;
import nl.werkkracht.core.notation.NumberKind;
import nl.werkkracht.core.notation.NumberNotation;
import nl.werkkracht.core.notation.TypedNumber;
import nl.werkkracht.core.organisation.FieldProblem;

/**
 * Numbers typed by people, as forms and the JSON API receive them: read by {@link NumberNotation} (Dutch
 * and English notation, nothing guessed), and a refusal turned into a {@link FieldProblem} naming the
 * field, with message key {@code notation.<REASON>} for the user's language.
 */
public final class TypedNumbers {

    private TypedNumbers() {}

    /**
     * The value typed in {@code field}; null when nothing was typed or when it was refused, in which case
     * the problem is added to {@code problems}.
     */
    public static Double read(String field, String text, NumberKind kind, List<FieldProblem> problems) {
        TypedNumber read = NumberNotation.parse(text, kind);
        if (read instanceof TypedNumber.Value v) {
            return v.value();
        }
        if (read instanceof TypedNumber.Refused r) {
            problems.add(problem(field, r));
        }
        return null;
    }

    /** The problem of a refused text in {@code field}, in English with a key and arguments for translation. */
    public static FieldProblem problem(String field, TypedNumber.Refused r) {
        String text = r.text();
        String message =
                switch (r.reason()) {
                    case NOT_A_NUMBER -> "'" + text + "' is not a number";
                    case AMBIGUOUS ->
                        "'" + text + "' can mean " + plain(r.grouped()) + " or " + plain(r.decimal())
                                + ": type one of these";
                    case MIXED_SEPARATORS -> "'" + text + "' has two decimal separators; type for example 1234.5";
                    case BAD_GROUPING -> "'" + text + "' does not group thousands in threes; type for example 4150000";
                    case NOT_WHOLE -> "'" + text + "' is not a whole number";
                };
        List<Object> arguments =
                r.reason() == TypedNumber.Reason.AMBIGUOUS ? List.of(text, r.grouped(), r.decimal()) : List.of(text);
        return new FieldProblem(field, message, "notation." + r.reason().name(), arguments);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value)
                .stripTrailingZeros()
                .toPlainString()
                .toLowerCase(Locale.ROOT);
    }
}
