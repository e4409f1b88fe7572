package nl.werkkracht.statdata.klems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.statdata.importer.CheckedDelivery;
import nl.werkkracht.statdata.importer.Echo;
import nl.werkkracht.statdata.importer.FileImporter;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.importer.MappedMeasure;
import nl.werkkracht.statdata.importer.ObservationSink;
import nl.werkkracht.statdata.importer.RecordChecks;
import nl.werkkracht.statdata.importer.SkipTally;
import nl.werkkracht.statdata.importer.SourceLines;
import nl.werkkracht.statdata.text.CsvLine;

/**
 * Reads EU KLEMS &amp; INTANProd growth accounts in long CSV form, as written from the LUISS release:
 * header {@code "geo","nace_r2","nace_r2_name","year","var","value"}, one value per line, e.g. {@code
 * "NL","TOT","Total - all NACE activities",2019,"VA_CP",722150}. {@link KlemsVariables} says which
 * variables become which measures; the others are skipped and counted.
 *
 * <p>The region is the {@code geo} code (the country, {@code NL}); rows of other countries, as in the
 * all-country file, are skipped and counted. Industry codes go through the {@code klems} aliases of the
 * code lists ({@code TOT} → {@code TOTAL}, {@code M-N} → {@code M_N}, {@code C22-C23} → {@code C22_C23})
 * and must then be in the sector code list. A value {@code NA} or empty (R writes {@code NA}; the NL file
 * has none) is not available: skipped and counted, like Eurostat's {@code :}. Every Dutch row is validated
 * completely — region, industry, year and value — also when its variable is skipped, so a damaged file is
 * rejected whichever line is damaged. Values are published figures: all statuses are DEFINITIVE.
 */
public final class KlemsImporter implements FileImporter {

    /** The column names, in order. */
    public static final List<String> COLUMNS = List.of("geo", "nace_r2", "nace_r2_name", "year", "var", "value");

    static final String OUTSIDE_NL = "countries other than the Netherlands";
    static final String NOT_AVAILABLE = "not available (NA)";
    static final String NOT_MAPPED = "KLEMS variables Werkkracht does not import";

    private final CodeLists codeLists;

    public KlemsImporter(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    @Override
    public ImportSummary importFile(Path file, ObservationSink sink, ImportProgress progress) {
        try (var lines = SourceLines.open(file, progress)) {
            readHeader(lines);
            var checks = new RecordChecks(lines, codeLists);
            var delivery = new CheckedDelivery(lines, sink);
            var tally = new SkipTally();
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (!line.isBlank()) {
                    read(fields(lines, line), lines, checks, delivery, tally);
                }
            }
            lines.finish();
            return new ImportSummary(delivery.delivered(), tally.total(), tally.notes());
        }
    }

    /** True when {@code line} is the KLEMS header (quoted or not, any case). */
    public static boolean isHeader(String line) {
        try {
            var names = new ArrayList<String>();
            CsvLine.split(line.strip(), ',').forEach(f -> names.add(f.strip().toLowerCase(Locale.ROOT)));
            return names.equals(COLUMNS);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void readHeader(SourceLines lines) {
        String header = lines.next();
        if (header == null) {
            throw lines.error("", "the file is empty; expected the EU KLEMS header " + quoted());
        }
        if (!isHeader(header)) {
            throw lines.error("", "malformed header " + Echo.quote(header.strip()) + "; expected " + quoted());
        }
    }

    private static String quoted() {
        return "\"" + String.join("\",\"", COLUMNS) + "\"";
    }

    private static List<String> fields(SourceLines lines, String line) {
        List<String> fields;
        try {
            fields = CsvLine.split(line, ',');
        } catch (IllegalArgumentException e) {
            throw lines.error("", e.getMessage());
        }
        if (fields.size() != COLUMNS.size()) {
            throw lines.error("", "expected " + COLUMNS.size() + " fields, got " + fields.size());
        }
        return fields.stream().map(String::strip).toList();
    }

    private static void read(
            List<String> f, SourceLines lines, RecordChecks checks, CheckedDelivery delivery, SkipTally tally) {
        String geo = checks.sourceCode("geo", f.get(0));
        String variable = f.get(4);
        String text = f.get(5);
        if (!geo.startsWith("NL")) {
            tally.add(OUTSIDE_NL, geo, 1);
            return;
        }
        String region = checks.region("geo", geo);
        String sector = checks.sector("nace_r2", "klems", f.get(1));
        Period period = checks.period("year", f.get(3));
        if (variable.isEmpty()) {
            throw lines.error("var", "empty var");
        }
        if (text.isEmpty() || text.equals("NA")) {
            tally.add(NOT_AVAILABLE, variable, 1);
            return;
        }
        double value = checks.number("value", text);
        var target = KlemsVariables.lookup(variable);
        if (target.isEmpty()) {
            tally.add(NOT_MAPPED, variable, 1);
            return;
        }
        MappedMeasure m = target.get();
        checks.notNegativeLabour("value", m.measure(), value);
        delivery.deliver(checks.observation(() -> Observation.of(
                m.measure(), region, sector, period, value, m.unit(), m.priceBasis(), Status.DEFINITIVE)));
    }
}
