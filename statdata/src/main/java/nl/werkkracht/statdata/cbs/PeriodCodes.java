package nl.werkkracht.statdata.cbs;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.Status;

/**
 * The periods of a CBS table: their codes ({@code 2021JJ00} = year 2021, {@code 2011KW01} = its first quarter)
 * and their status. CBS marks provisional figures per period in the period code list ("Voorlopig", "Nader
 * voorlopig"; on StatLine the asterisk in "2021*"), not per cell; a value of such a period becomes
 * {@link Status#PROVISIONAL}. Months and other CBS period codes have no Werkkracht period and are an error.
 */
final class PeriodCodes {

    private final Map<String, Status> statuses = new HashMap<>();
    private final Map<String, Period> periods = new HashMap<>();

    PeriodCodes(List<CbsCode> codes) {
        for (CbsCode c : codes) {
            statuses.put(
                    c.key(),
                    c.status().toLowerCase(Locale.ROOT).contains("voorlopig") ? Status.PROVISIONAL : Status.DEFINITIVE);
        }
    }

    /**
     * @throws IllegalArgumentException when the code is not a CBS year or quarter
     */
    Period period(String key) {
        Period p = periods.get(key);
        if (p == null) {
            p = Period.parse(key)
                    .filter(x -> key.length() == 8)
                    .orElseThrow(() -> new IllegalArgumentException("period code '" + key
                            + "' is not a CBS year (2021JJ00) or quarter (2021KW01); Werkkracht stores years and"
                            + " quarters only"));
            periods.put(key, p);
        }
        return p;
    }

    /** The status of a value of this period that CBS published without a symbol. */
    Status status(String key) {
        return statuses.getOrDefault(key, Status.DEFINITIVE);
    }
}
