package nl.werkkracht.statdata.importer;

import java.util.Locale;
import java.util.Optional;

/** The file formats Werkkracht imports. */
public enum ImportFormat {
    /** Werkkracht canonical CSV: {@code measure,region,sector,period,value,unit,price_basis,status}. */
    CSV("csv"),
    /** Eurostat bulk-download TSV: first column {@code freq,unit,…,geo\TIME_PERIOD}, values with flags. */
    EUROSTAT_TSV("eurostat-tsv"),
    /** CBS StatLine OData v3 or v4 (a table id such as {@code cbs:84419NED}, a URL, or saved responses). */
    CBS_ODATA("cbs-odata"),
    /** EU KLEMS growth accounts, long CSV {@code geo,nace_r2,nace_r2_name,year,var,value}. */
    KLEMS("klems"),
    /** Eurostat's flat load file ("Eurobase"): {@code FLAT_FILE=STANDARD}, then one observation per line. */
    EUROBASE("eurobase"),
    /** Eurostat SDMX-CSV ({@code DATAFLOW,…,TIME_PERIOD,OBS_VALUE,OBS_FLAG}) or the same long layout with {@code value}. */
    EUROSTAT_CSV("eurostat-csv"),
    /** JSON-stat: a 2.0 dataset of Eurostat's dissemination API, or a legacy 1.x bundle of its former web service. */
    JSON_STAT("json-stat");

    private final String cliName;

    ImportFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line ({@code --format eurostat-tsv}). */
    public String cliName() {
        return cliName;
    }

    public static Optional<ImportFormat> parse(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ImportFormat f : values()) {
            if (f.cliName.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
