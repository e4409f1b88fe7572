package nl.werkkracht.statdata.cbs;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the keys of one CBS dimension (regions or sectors) become Werkkracht codes, or how a table without such
 * a dimension gets a fixed code. A key is resolved in this order: an explicit {@code code} entry; an explicit
 * skip by key; an explicit {@code title} entry (for keys not known in advance, matched on the CBS title); a
 * skip by title suffix; for sectors with {@code sbiTitles}, the SBI 2008 letter code that starts the CBS
 * title ("B-E Nijverheid…" → B-E, "A-U …" → TOTAL); the key itself or its {@code cbs} alias when the
 * Werkkracht code list has it; {@code skipOthers}. Anything left is an error: an unknown code is never
 * imported silently and never dropped silently.
 *
 * @param dimension the CBS dimension name ({@code RegioS}), empty when the table has none
 * @param fixedCode the code every observation gets when there is no dimension (e.g. {@code NL})
 * @param codes CBS key → Werkkracht code
 * @param titles CBS title → Werkkracht code
 * @param skipCodes CBS key → why it is not imported
 * @param skipTitleSuffixes title suffix (e.g. {@code (CP)}) → why such keys are not imported
 * @param skipOthers why keys matched by no other rule are not imported; empty makes them an error
 * @param sbiTitles whether sector keys may be resolved from the SBI 2008 code that starts their title
 */
public record CodeMapping(
        Optional<String> dimension,
        Optional<String> fixedCode,
        Map<String, String> codes,
        Map<String, String> titles,
        Map<String, String> skipCodes,
        Map<String, String> skipTitleSuffixes,
        Optional<String> skipOthers,
        boolean sbiTitles) {

    public CodeMapping {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(fixedCode, "fixedCode");
        codes = Map.copyOf(codes);
        titles = Map.copyOf(titles);
        skipCodes = Map.copyOf(skipCodes);
        skipTitleSuffixes = Map.copyOf(skipTitleSuffixes);
        Objects.requireNonNull(skipOthers, "skipOthers");
        if (dimension.isPresent() == fixedCode.isPresent()) {
            throw new IllegalArgumentException("give either a dimension or a fixed code, not both or neither");
        }
    }
}
