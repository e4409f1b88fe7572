package nl.werkkracht.statdata.cbs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the values an import deliberately leaves out, grouped by the reason the user reads in the summary
 * ("12 values: topic Werknemers_2 'Werknemers' (1 000 banen) is not mapped").
 */
final class SkipCounter {

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long total;

    void add(String reason, long values) {
        if (values > 0) {
            counts.merge(reason, values, Long::sum);
            total += values;
        }
    }

    long total() {
        return total;
    }

    List<String> notes() {
        var out = new ArrayList<String>();
        counts.forEach((reason, n) -> out.add("skipped " + n + (n == 1 ? " value: " : " values: ") + reason));
        return out;
    }
}
