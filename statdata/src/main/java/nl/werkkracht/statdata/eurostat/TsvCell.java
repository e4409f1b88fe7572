package nl.werkkracht.statdata.eurostat;

import java.util.OptionalDouble;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.statdata.importer.Echo;
import nl.werkkracht.statdata.importer.RecordChecks;
import nl.werkkracht.statdata.importer.SourceLines;

/**
 * One cell of a Eurostat bulk TSV: a number or {@code :} (not available), then optionally a space and
 * one or more flag letters: {@code 49700 p}, {@code :}, {@code : c}, {@code 123 e}, {@code 5.1 bp};
 * surrounding spaces are ignored.
 *
 * <p>Flags that change the status: {@code c} confidential (the value is withheld; should a number stand
 * next to it, it is dropped, so a confidential cell never carries a figure), {@code e} estimated,
 * {@code p} provisional, in that order of precedence when several are given ({@code ep} is ESTIMATED).
 * The other Eurostat flags — {@code b} break in time series, {@code d} definition differs, {@code f}
 * forecast, {@code n} not significant, {@code r} revised, {@code s} Eurostat estimate, {@code u} low
 * reliability, {@code z} not applicable — are accepted and do not change the status, because the
 * observation model has no state for them; a break or a definition change is a matter of the dataset's
 * metadata, not of one value. Any other letter is an error.
 *
 * @param value the value, empty for {@code :} and for confidential cells
 * @param status DEFINITIVE, PROVISIONAL, ESTIMATED, CONFIDENTIAL, or MISSING for a plain {@code :}
 */
record TsvCell(OptionalDouble value, Status status) {

    static final String KNOWN_FLAGS = "bcdefnprsuz";

    static TsvCell parse(String text, String column, SourceLines lines, RecordChecks checks) {
        String cell = text.strip();
        boolean notAvailable = cell.startsWith(":");
        String number;
        String flags;
        if (notAvailable) {
            number = "";
            flags = cell.substring(1);
        } else {
            int space = cell.indexOf(' ');
            number = space < 0 ? cell : cell.substring(0, space);
            flags = space < 0 ? "" : cell.substring(space + 1);
        }
        Status status = status(flags.replace(" ", ""), notAvailable, column, lines);
        if (notAvailable) {
            return new TsvCell(OptionalDouble.empty(), status);
        }
        double value = checks.number(column, number);
        return status.hasValue()
                ? new TsvCell(OptionalDouble.of(value), status)
                : new TsvCell(OptionalDouble.empty(), status);
    }

    private static Status status(String flags, boolean notAvailable, String column, SourceLines lines) {
        for (char flag : flags.toCharArray()) {
            if (KNOWN_FLAGS.indexOf(flag) < 0) {
                throw lines.error(
                                column,
                                "unknown status flag " + Echo.quote(String.valueOf(flag)) + " in column " + column
                                        + "; Eurostat's flags are " + KNOWN_FLAGS)
                        .code("unknown-flag", Echo.shorten(String.valueOf(flag), 4), column);
            }
        }
        if (flags.indexOf('c') >= 0) {
            return Status.CONFIDENTIAL;
        }
        if (notAvailable) {
            return Status.MISSING;
        }
        if (flags.indexOf('e') >= 0) {
            return Status.ESTIMATED;
        }
        return flags.indexOf('p') >= 0 ? Status.PROVISIONAL : Status.DEFINITIVE;
    }
}
