package nl.werkkracht.statdata.eurostat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.statdata.eurostat.EurostatMapping.Dataset;
import nl.werkkracht.statdata.eurostat.EurostatMapping.Mapped;
import nl.werkkracht.statdata.eurostat.EurostatMapping.Outcome;
import nl.werkkracht.statdata.eurostat.EurostatMapping.Skipped;
import nl.werkkracht.statdata.importer.CheckedDelivery;
import nl.werkkracht.statdata.importer.FileImporter;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.importer.MappedMeasure;
import nl.werkkracht.statdata.importer.ObservationSink;
import nl.werkkracht.statdata.importer.RecordChecks;
import nl.werkkracht.statdata.importer.SkipTally;
import nl.werkkracht.statdata.importer.SourceLines;

/**
 * Reads a Eurostat bulk-download TSV ({@code nama_10r_3gdp}, {@code nama_10r_3empers}; see
 * {@link EurostatMapping} for which rows become which measures): a header {@code freq,unit,geo\TIME_PERIOD}
 * and period columns, then one tab-separated row per series with cells such as {@code 49700 p} (see
 * {@link TsvCell} for the flags).
 *
 * <p>Missing cells. A confidential cell ({@code : c}) becomes an observation with status CONFIDENTIAL and
 * no value, so that analyses see that a figure exists but is suppressed (METHODS.md §4: missing, never
 * 0). A plain {@code :} (not available) is not passed on: Eurostat writes it for every year a series does
 * not cover (all NUTS-3 rows of 2022, all years before a series starts), so importing it would fill the
 * store with thousands of empty rows that say nothing a missing row does not. Such cells are counted in
 * {@link ImportSummary#skipped()} with a note.
 *
 * <p>Rows of regions outside the Netherlands (geo not starting with {@code NL}), as in the full Europe-wide
 * bulk file, are skipped and counted; a Dutch code that is not in the code list is an error. Every other
 * row is validated completely (row key, region, sector, every cell) before any of its observations goes to
 * the sink; {@code skipped} counts values, so observations + skipped = rows × periods.
 */
public final class EurostatTsvImporter implements FileImporter {

    static final String OUTSIDE_NL = "regions outside the Netherlands";
    static final String NOT_AVAILABLE = "not available (':')";

    private final CodeLists codeLists;

    public EurostatTsvImporter(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    @Override
    public ImportSummary importFile(Path file, ObservationSink sink, ImportProgress progress) {
        try (var lines = SourceLines.open(file, progress)) {
            var checks = new RecordChecks(lines, codeLists);
            TsvHeader header = TsvHeader.read(lines, checks);
            Dataset dataset = EurostatMapping.forDimensions(header.dimensions())
                    .orElseThrow(() -> lines.error(
                            header.firstColumn(),
                            "unknown Eurostat dataset with dimensions " + String.join(",", header.dimensions())
                                    + "; this importer reads " + EurostatMapping.known()));
            var rows = new Rows(header, dataset, lines, checks, new CheckedDelivery(lines, sink), new SkipTally());
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (!line.isBlank()) {
                    rows.read(line);
                }
            }
            lines.finish();
            return new ImportSummary(rows.delivery.delivered(), rows.tally.total(), rows.tally.notes());
        }
    }

    /** The state of one import: what each data row needs. */
    private record Rows(
            TsvHeader header,
            Dataset dataset,
            SourceLines lines,
            RecordChecks checks,
            CheckedDelivery delivery,
            SkipTally tally) {

        void read(String line) {
            String[] fields = line.split("\t", -1);
            if (fields.length != header.columns()) {
                throw lines.error("", "expected " + header.columns() + " tab-separated fields, got " + fields.length);
            }
            Map<String, String> codes = header.codes(fields[0], lines);
            List<TsvCell> cells = cells(fields);
            String geo = checks.sourceCode("geo", codes.get("geo"));
            if (!geo.startsWith("NL")) {
                tally.add(OUTSIDE_NL, geo, cells.size());
                return;
            }
            String region = checks.region("geo", geo);
            String sector = dataset.hasSector() ? checks.sector("nace_r2", "eurostat", codes.get("nace_r2")) : "TOTAL";
            String freq = codes.get("freq");
            if (freq != null) {
                for (var period : header.periods()) {
                    checks.frequencyFits("freq", freq, period);
                }
            }
            Outcome outcome = dataset.resolve(codes, lines);
            if (outcome instanceof Skipped skipped) {
                tally.add(skipped.reason(), dataset.keyOf(codes), cells.size());
                return;
            }
            MappedMeasure target = ((Mapped) outcome).target();
            observations(target, region, sector, cells).forEach(delivery::deliver);
        }

        private List<TsvCell> cells(String[] fields) {
            var cells = new ArrayList<TsvCell>(fields.length - 1);
            for (int i = 1; i < fields.length; i++) {
                cells.add(TsvCell.parse(fields[i], header.labels().get(i - 1), lines, checks));
            }
            return cells;
        }

        private List<Observation> observations(
                MappedMeasure target, String region, String sector, List<TsvCell> cells) {
            var out = new ArrayList<Observation>(cells.size());
            for (int i = 0; i < cells.size(); i++) {
                TsvCell cell = cells.get(i);
                if (cell.status() == Status.MISSING) {
                    tally.add(NOT_AVAILABLE, target.measure().name(), 1);
                    continue;
                }
                if (cell.value().isPresent()) {
                    checks.notNegativeLabour(
                            header.labels().get(i),
                            target.measure(),
                            cell.value().getAsDouble());
                }
                var period = header.periods().get(i);
                out.add(checks.observation(() -> new Observation(
                        target.measure(),
                        region,
                        sector,
                        period,
                        cell.value(),
                        target.unit(),
                        target.priceBasis(),
                        cell.status())));
            }
            return out;
        }
    }
}
