package nl.werkkracht.app.export;

import java.util.Arrays;
import java.util.List;

/** Small invented tables for the export tests. */
final class Tables {

    private Tables() {}

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** Two regions with a missing value, text that needs quoting and full-precision numbers. */
    static ExportTable regions() {
        return new ExportTable(
                "region-trend",
                "Productiviteit per regio",
                List.of("Regio", "Jaar", "€ per werkzame persoon", "Toelichting"),
                List.of(
                        row("Utrecht", 2019, 90500.4, "ramingen, voorlopig"),
                        row("Groningen \"stad\"", 2019L, null, "regel 1\nregel 2"),
                        row("Δ Flevoland", 2020, 0.0015219774815622422, null)),
                List.of("Bron: Eurostat, nama_10r_3gdp", "Arbeid: werkzame personen"));
    }
}
