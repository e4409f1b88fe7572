package nl.werkkracht.statdata.cbs;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.statdata.importer.Echo;
import nl.werkkracht.statdata.importer.RecordChecks;

/**
 * A CBS cell read as a value and a status, following the symbols CBS explains under every table ("Verklaring
 * van symbolen"):
 *
 * <ul>
 *   <li>a number (typed {@code 7559.0}, untyped {@code "   135.5"}): that value;
 *   <li>{@code .} ("onbekend", not available): {@link Status#MISSING};
 *   <li>{@code x} ("geheim", confidential): {@link Status#CONFIDENTIAL};
 *   <li>{@code -} ("nihil", the figure is really 0): the value 0. CBS uses {@code -} only for an exact zero,
 *       never for a missing figure, so this is the one symbol that carries a number;
 *   <li>{@code ?} (figure too unreliable to publish): {@link Status#MISSING}, since CBS publishes no number;
 *   <li>an empty cell ("een cijfer kan op logische gronden niet voorkomen") or JSON null:
 *       {@link Status#MISSING}. A {@code TypedDataSet} turns every symbol into null, so confidential cells read
 *       from it are missing too; the {@code UntypedDataSet} keeps the {@code x}.
 * </ul>
 *
 * <p>v4 carries the symbol in {@code ValueAttribute}: {@code None} (a value, or missing when the value is null),
 * {@code Missing}, {@code Impossible} and {@code Unreliable} (missing), {@code Confidential} (confidential),
 * {@code Nil} (0). Any other attribute is an error, so a new CBS attribute is never guessed. Raw source format.
 *
 * @param status the status; {@link Status#DEFINITIVE} for every value (the period's status is applied later)
 * @param value the value in the CBS unit, empty exactly when the status carries none
 */
record CbsValue(Status status, OptionalDouble value) {

    static final CbsValue MISSING = new CbsValue(Status.MISSING, OptionalDouble.empty());
    static final CbsValue CONFIDENTIAL = new CbsValue(Status.CONFIDENTIAL, OptionalDouble.empty());
    static final CbsValue NIL = new CbsValue(Status.DEFINITIVE, OptionalDouble.of(0));

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    CbsValue {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Interprets one raw cell.
     *
     * @throws IllegalArgumentException when the text is neither a number nor a CBS symbol, or the v4 attribute
     *     is unknown; the message says which
     */
    static CbsValue of(String text, String attribute) {
        String a = attribute == null ? "" : attribute.trim();
        if (!a.isEmpty() && !a.equalsIgnoreCase("None")) {
            return fromAttribute(a);
        }
        return fromText(text);
    }

    private static CbsValue fromText(String text) {
        String t = text == null ? "" : text.strip();
        switch (t) {
            case "", ".", "?":
                return MISSING;
            case "x", "X":
                return CONFIDENTIAL;
            case "-":
                return NIL;
            default:
                break;
        }
        if (!NUMBER.matcher(t).matches()) {
            throw new IllegalArgumentException(
                    "value " + Echo.quote(text) + " is not a number or a CBS symbol (. x - ? or empty)");
        }
        OptionalDouble v = RecordChecks.parse(t);
        if (v.isEmpty()) {
            throw new IllegalArgumentException("value " + Echo.quote(text) + " is out of range");
        }
        return new CbsValue(Status.DEFINITIVE, v);
    }

    private static CbsValue fromAttribute(String attribute) {
        return switch (attribute.toLowerCase(Locale.ROOT)) {
            case "missing", "impossible", "unreliable" -> MISSING;
            case "confidential", "secret" -> CONFIDENTIAL;
            case "nil" -> NIL;
            default ->
                throw new IllegalArgumentException("ValueAttribute " + Echo.quote(attribute)
                        + " is unknown (known: None, Missing, Impossible, Unreliable, Confidential, Nil)");
        };
    }
}
