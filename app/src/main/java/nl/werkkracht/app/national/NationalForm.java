package nl.werkkracht.app.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.PriceBasis;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The choices of the national page, as the GET form sends them. Parsing never fails: a value that
 * cannot be used is replaced by its default and named in {@code problems} (message keys), so that the
 * page always renders and says what it did.
 *
 * @param year year of the level; null for the last year of the dataset
 * @param from base year of the period
 * @param to last year of the period
 * @param sector the industry for growth accounting and wages (TOTAL for the whole economy)
 * @param labour HOURS or PERSONS
 * @param priceBasis PYP or CP for the shift-share; empty string for the default (PYP)
 * @param problems message keys of the values that were replaced by defaults
 */
public record NationalForm(
        Integer year, int from, int to, String sector, String labour, String priceBasis, List<String> problems) {

    public NationalForm {
        problems = List.copyOf(problems);
    }

    /** Reads the request parameters (each may be null or blank). */
    static NationalForm parse(String year, String from, String to, String sector, String labour, String priceBasis) {
        var problems = new ArrayList<String>();
        Integer y = blank(year) ? null : yearOrNull(year, problems);
        Integer f = blank(from) ? null : yearOrNull(from, problems);
        Integer t = blank(to) ? null : yearOrNull(to, problems);
        int first = f == null ? Integer.parseInt(NationalDefaults.FROM) : f;
        int last = t == null ? Integer.parseInt(NationalDefaults.TO) : t;
        if (last <= first) {
            problems.add("national.form.problem.period");
            first = Integer.parseInt(NationalDefaults.FROM);
            last = Integer.parseInt(NationalDefaults.TO);
        }
        String s = blank(sector) ? "TOTAL" : sector.trim();
        if (!s.matches("[A-Za-z0-9_-]{1,20}")) {
            problems.add("national.form.problem.sector");
            s = "TOTAL";
        }
        String l = blank(labour) ? "HOURS" : labour.trim().toUpperCase(java.util.Locale.ROOT);
        if (LabourMeasure.parse(l).isEmpty()) {
            problems.add("national.form.problem.labour");
            l = "HOURS";
        }
        String pb = blank(priceBasis) ? "" : priceBasis.trim().toUpperCase(java.util.Locale.ROOT);
        if (!pb.isEmpty() && !pb.equals("CP") && !pb.equals("PYP")) {
            problems.add("national.form.problem.priceBasis");
            pb = "";
        }
        return new NationalForm(y, first, last, s, l, pb, problems);
    }

    OptionalInt requestedYear() {
        return year == null ? OptionalInt.empty() : OptionalInt.of(year);
    }

    LabourMeasure labourMeasure() {
        return NationalDefaults.labour(labour);
    }

    Optional<PriceBasis> priceBasisChoice() {
        return NationalDefaults.priceBasis(priceBasis);
    }

    /** The query string that repeats these choices, for the API, the exports and the PDF. */
    public String query(int levelYear) {
        var b = UriComponentsBuilder.newInstance()
                .queryParam("year", levelYear)
                .queryParam("from", from)
                .queryParam("to", to)
                .queryParam("sector", sector)
                .queryParam("labour", labour);
        if (!priceBasis.isEmpty()) {
            b.queryParam("priceBasis", priceBasis);
        }
        return b.build().encode().toUriString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Integer yearOrNull(String text, List<String> problems) {
        try {
            int y = Integer.parseInt(text.trim());
            if (y >= Periods.FIRST_YEAR && y <= Periods.LAST_YEAR) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        if (!problems.contains("national.form.problem.year")) {
            problems.add("national.form.problem.year");
        }
        return null;
    }
}
