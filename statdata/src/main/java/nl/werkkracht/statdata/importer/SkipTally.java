package nl.werkkracht.statdata.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts values an importer deliberately leaves out, by reason and source code, and turns them into the
 * notes of an {@link ImportSummary}: one note per reason, such as "skipped 1311 values: derived from GDP
 * per inhabitant or in purchasing power standards (EUR_HAB 1311)". At most {@value #CODES_SHOWN} codes
 * are named per note so that a file with thousands of foreign regions still gives a short note.
 */
public final class SkipTally {

    static final int CODES_SHOWN = 10;

    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private long total;

    /** Counts {@code values} values of source code {@code code} left out for {@code reason}. */
    public void add(String reason, String code, long values) {
        if (values <= 0) {
            return;
        }
        counts.computeIfAbsent(reason, r -> new LinkedHashMap<>()).merge(code, values, Long::sum);
        total += values;
    }

    /** All values left out. */
    public long total() {
        return total;
    }

    public List<String> notes() {
        var notes = new ArrayList<String>();
        counts.forEach((reason, byCode) -> notes.add(note(reason, byCode)));
        return notes;
    }

    private static String note(String reason, Map<String, Long> byCode) {
        long sum = byCode.values().stream().mapToLong(Long::longValue).sum();
        var codes = new ArrayList<String>();
        byCode.entrySet().stream().limit(CODES_SHOWN).forEach(e -> codes.add(e.getKey() + " " + e.getValue()));
        if (byCode.size() > CODES_SHOWN) {
            codes.add("and " + (byCode.size() - CODES_SHOWN) + " more");
        }
        return "skipped " + sum + " values: " + reason + " (" + String.join(", ", codes) + ")";
    }
}
