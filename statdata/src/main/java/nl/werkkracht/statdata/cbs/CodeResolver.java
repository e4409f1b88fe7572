package nl.werkkracht.statdata.cbs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.werkkracht.core.codelist.CodeLists;

/**
 * Turns the CBS keys of one dimension into Werkkracht region or sector codes by the rules of a
 * {@link CodeMapping}, with the CBS code list at hand for titles. Each key is resolved once. The outcome is
 * a code, a deliberate skip with its reason, or an unknown key whose reason tells the user which mapping line
 * to add.
 */
final class CodeResolver {

    /** What a CBS key resolves to. */
    sealed interface Resolution permits Mapped, Skipped, Unknown {}

    /** A Werkkracht code. */
    record Mapped(String code) implements Resolution {}

    /** Deliberately not imported; {@code note} groups the skipped values in the import summary. */
    record Skipped(String note) implements Resolution {}

    /** Not in the mapping and not in the code list: an error. */
    record Unknown(String reason) implements Resolution {}

    /** An SBI 2008 section or range of sections at the start of a CBS title: "B-E Nijverheid…". */
    private static final Pattern SBI_TITLE = Pattern.compile("([A-U](?:-[A-U])?)\\s.*");

    private static final String CBS = "cbs";

    private final String what;
    private final String source;
    private final CodeMapping mapping;
    private final Map<String, CbsCode> codeList = new LinkedHashMap<>();
    private final CodeLists codeLists;
    private final Predicate<String> known;
    private final Map<String, Resolution> cache = new HashMap<>();
    private final Map<String, String> derived = new LinkedHashMap<>();

    /**
     * @param what {@code region} or {@code sector}, for messages and mapping property names
     * @param source the mapping's name, for messages
     * @param codes the CBS code list of the dimension (empty for a fixed code)
     * @param known whether a code is in the Werkkracht code list
     */
    CodeResolver(
            String what,
            String source,
            CodeMapping mapping,
            List<CbsCode> codes,
            CodeLists codeLists,
            Predicate<String> known) {
        this.what = what;
        this.source = source;
        this.mapping = mapping;
        codes.forEach(c -> codeList.put(c.key(), c));
        this.codeLists = codeLists;
        this.known = known;
    }

    /** The code of a table without this dimension. */
    Optional<String> fixed() {
        return mapping.fixedCode();
    }

    Resolution resolve(String key) {
        return cache.computeIfAbsent(key, this::compute);
    }

    private Resolution compute(String key) {
        String title =
                Optional.ofNullable(codeList.get(key)).map(CbsCode::title).orElse("");
        String named = what + " " + key + (title.isEmpty() ? "" : " '" + title + "'");
        if (mapping.codes().containsKey(key)) {
            return new Mapped(mapping.codes().get(key));
        }
        if (mapping.skipCodes().containsKey(key)) {
            return new Skipped(named + " not imported: " + mapping.skipCodes().get(key));
        }
        if (mapping.titles().containsKey(title)) {
            return new Mapped(mapping.titles().get(title));
        }
        for (var suffix : mapping.skipTitleSuffixes().entrySet()) {
            if (!title.isEmpty() && title.endsWith(suffix.getKey())) {
                return new Skipped(what + " keys whose CBS title ends in '" + suffix.getKey() + "' not imported: "
                        + suffix.getValue());
            }
        }
        Optional<String> fromTitle = sbiCode(title);
        if (fromTitle.isPresent()) {
            derived.put(key, fromTitle.get());
            return new Mapped(fromTitle.get());
        }
        String canonical = codeLists.canonical(CBS, key);
        if (known.test(canonical)) {
            return new Mapped(canonical);
        }
        if (mapping.skipOthers().isPresent()) {
            return new Skipped(what + " keys without a mapping not imported: "
                    + mapping.skipOthers().get());
        }
        return new Unknown(named + " is not in the mapping " + source + " nor in the Werkkracht " + what
                + " code list; map it with " + what + ".code." + key + " = <code> or skip it with " + what
                + ".skip.code." + key + " = <reason>");
    }

    /** The Werkkracht sector named by the SBI 2008 code that starts a CBS title, when the mapping allows it. */
    private Optional<String> sbiCode(String title) {
        if (!mapping.sbiTitles()) {
            return Optional.empty();
        }
        var m = SBI_TITLE.matcher(title);
        if (!m.matches()) {
            return Optional.empty();
        }
        String code = m.group(1).equals("A-U") ? "TOTAL" : codeLists.canonical(CBS, m.group(1));
        return known.test(code) ? Optional.of(code) : Optional.empty();
    }

    /**
     * Explicit {@code code} entries that contradict the CBS title of their key ("300002 = B-E" while CBS titles
     * 300002 "B-F Nijverheid en energie"). Only checked where the mapping declares SBI 2008 titles; this is the
     * safeguard for sector keys that could not be confirmed before the table was first imported.
     */
    List<String> contradictions() {
        var out = new ArrayList<String>();
        mapping.codes().forEach((key, code) -> {
            CbsCode cbs = codeList.get(key);
            if (cbs != null) {
                sbiCode(cbs.title())
                        .filter(fromTitle -> !fromTitle.equals(code))
                        .ifPresent(fromTitle -> out.add(what + ".code." + key + " = " + code + ", but CBS titles " + key
                                + " '" + cbs.title() + "', which is " + fromTitle));
            }
        });
        return out;
    }

    /** Notes on keys resolved from their CBS title, for the import summary. */
    List<String> notes() {
        var out = new ArrayList<String>();
        derived.forEach((key, code) ->
                out.add(what + " " + key + " '" + codeList.get(key).title() + "' imported as " + code
                        + " (from its CBS title; not in " + source + ")"));
        return out;
    }
}
