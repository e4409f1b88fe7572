package nl.werkkracht.statdata.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.statdata.importer.CheckedDelivery;
import nl.werkkracht.statdata.importer.Echo;
import nl.werkkracht.statdata.importer.FileImporter;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.importer.ObservationSink;
import nl.werkkracht.statdata.importer.RecordChecks;
import nl.werkkracht.statdata.importer.SourceLines;
import nl.werkkracht.statdata.text.CsvLine;

/**
 * Reads the Werkkracht canonical CSV, the platform's own exchange format (written by
 * {@link WerkkrachtCsvWriter}): UTF-8, comma-separated, RFC 4180 quoting, the header exactly {@value
 * #HEADER}, one observation per line.
 *
 * <ul>
 *   <li>{@code value} is a plain decimal number in {@code unit}, never rescaled; it is empty exactly when
 *       {@code status} is {@code c} (confidential) or {@code :} (missing). Such lines become observations
 *       without a value, so a suppressed cell stays visible as suppressed and is never read as 0.
 *   <li>{@code price_basis} is {@code CP}, {@code PYP} or {@code CLVyyyy} for money measures and empty for
 *       all others.
 *   <li>{@code status} is empty (definitive), {@code p}, {@code e}, {@code c} or {@code :}.
 *   <li>Region and sector codes are canonical codes of the code lists; no aliases are applied.
 *   <li>Blank lines are ignored.
 * </ul>
 */
public final class WerkkrachtCsvReader implements FileImporter {

    /** The header line, exactly. */
    public static final String HEADER = String.join(",", CsvRow.COLUMNS);

    private final CodeLists codeLists;

    public WerkkrachtCsvReader(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    @Override
    public ImportSummary importFile(Path file, ObservationSink sink, ImportProgress progress) {
        try (var lines = SourceLines.open(file, progress)) {
            readHeader(lines);
            var checks = new RecordChecks(lines, codeLists);
            var delivery = new CheckedDelivery(lines, sink);
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (!line.isBlank()) {
                    delivery.deliver(observation(parse(lines, line), lines, checks));
                }
            }
            lines.finish();
            return new ImportSummary(delivery.delivered(), 0, List.of());
        }
    }

    private static void readHeader(SourceLines lines) {
        String header = lines.next();
        if (header == null) {
            throw lines.error("", "the file is empty; expected the header " + HEADER);
        }
        if (!header.strip().equals(HEADER)) {
            throw lines.error("", "malformed header " + Echo.quote(header.strip()) + "; expected exactly " + HEADER);
        }
    }

    private static CsvRow parse(SourceLines lines, String line) {
        List<String> fields;
        try {
            fields = CsvLine.split(line, ',');
        } catch (IllegalArgumentException e) {
            throw lines.error("", e.getMessage());
        }
        if (fields.size() != CsvRow.COLUMNS.size()) {
            throw lines.error("", "expected " + CsvRow.COLUMNS.size() + " fields, got " + fields.size());
        }
        return CsvRow.of(fields);
    }

    private static Observation observation(CsvRow row, SourceLines lines, RecordChecks checks) {
        Measure measure = Measure.parse(row.measure())
                .orElseThrow(() ->
                        lines.error("measure", "unknown measure " + Echo.quote(row.measure()) + " in column measure"));
        String region = checks.region("region", row.region());
        String sector = checks.sector("sector", row.sector());
        var period = checks.period("period", row.period());
        OptionalDouble value =
                row.value().isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(checks.number("value", row.value()));
        Unit unit = Unit.parse(row.unit())
                .orElseThrow(() -> lines.error("unit", "unknown unit " + Echo.quote(row.unit()) + " in column unit"));
        checks.unitFits("unit", measure, unit);
        PriceBasis priceBasis = checks.priceBasis("price_basis", row.priceBasis());
        checks.priceBasisFits("price_basis", measure, priceBasis);
        Status status = Status.parse(row.status());
        if (status == null) {
            throw lines.error(
                    "status",
                    "unknown status " + Echo.quote(row.status()) + " in column status; expected empty, p, e, c or :");
        }
        checkValueAgainstStatus(lines, value, status);
        if (value.isPresent()) {
            checks.notNegativeLabour("value", measure, value.getAsDouble());
        }
        return checks.observation(
                () -> new Observation(measure, region, sector, period, value, unit, priceBasis, status));
    }

    private static void checkValueAgainstStatus(SourceLines lines, OptionalDouble value, Status status) {
        if (status.hasValue() && value.isEmpty()) {
            throw lines.error("value", "empty value; only status c (confidential) or : (missing) has no value");
        }
        if (!status.hasValue() && value.isPresent()) {
            throw lines.error(
                    "value",
                    "status '" + status.flag() + "' (" + status + ") carries no value, got " + value.getAsDouble());
        }
    }
}
