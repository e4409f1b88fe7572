package nl.werkkracht.statdata.importer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.werkkracht.statdata.csv.WerkkrachtCsvReader;
import nl.werkkracht.statdata.eurostat.EurobaseImporter;
import nl.werkkracht.statdata.eurostat.EurostatCsvImporter;
import nl.werkkracht.statdata.eurostat.JsonStatReader;
import nl.werkkracht.statdata.klems.KlemsImporter;

/**
 * Tells the format of a file from its first line, reading at most {@value #PEEK} characters (a CBS OData
 * response is one long line of JSON):
 *
 * <ul>
 *   <li>{@link ImportFormat#CSV}: the Werkkracht header {@code measure,region,sector,period,value,unit,price_basis,status};
 *   <li>{@link ImportFormat#EUROSTAT_TSV}: a tab-separated line whose first column is dimension codes, a
 *       backslash and the time axis, e.g. {@code freq,unit,geo\TIME_PERIOD};
 *   <li>{@link ImportFormat#KLEMS}: the header {@code "geo","nace_r2","nace_r2_name","year","var","value"};
 *   <li>{@link ImportFormat#EUROBASE}: the line {@code FLAT_FILE=STANDARD} of a Eurostat flat load file;
 *   <li>{@link ImportFormat#EUROSTAT_CSV}: a comma-separated header with {@code TIME_PERIOD} and {@code
 *       OBS_VALUE} (SDMX-CSV) or {@code value};
 *   <li>{@link ImportFormat#JSON_STAT}: a JSON object that starts a JSON-stat 2.0 dataset ({@code "version":"2.0"}
 *       first, or {@code "class":"dataset"} in the first {@value #PEEK} characters) or a bundle of 1.x datasets
 *       ({@code {"nama_gdp_c":{"wsVersion":…}});
 *   <li>{@link ImportFormat#CBS_ODATA}: a JSON object that names OData ({@code odata.metadata},
 *       {@code @odata.context}) or starts with the {@code "value"} array of a saved OData page.
 * </ul>
 *
 * Anything else, including a CBS StatLine CSV export, is not recognised. A gzip or ZIP file is looked at
 * decompressed ({@link SourceStreams}).
 */
public final class FormatDetector {

    static final int PEEK = 4096;

    private static final Pattern EUROSTAT_FIRST_COLUMN =
            Pattern.compile("[A-Za-z0-9_]+(,[A-Za-z0-9_]+)*\\\\[A-Za-z_]+");
    private static final Pattern ODATA_JSON =
            Pattern.compile("\\{\\s*\"value\"\\s*:\\s*\\[.*|\\{.*odata.*", Pattern.DOTALL);

    private FormatDetector() {}

    /**
     * @throws ImportException when the file cannot be read or its first line matches no format
     */
    public static ImportFormat detect(Path file) {
        String name = SourceLines.fileName(file);
        String start = start(file, name);
        if (JsonStatReader.looksLike(start)) {
            return ImportFormat.JSON_STAT;
        }
        int end = start.indexOf('\n');
        String first = end < 0 ? start : start.substring(0, end);
        return fromFirstLine(first).orElseThrow(() -> new ImportException(
                        name,
                        1,
                        "",
                        "unrecognised format: the first line is neither the Werkkracht CSV header ("
                                + WerkkrachtCsvReader.HEADER + "), a Eurostat TSV header (freq,unit,geo\\TIME_PERIOD"
                                + " and tab-separated periods), the EU KLEMS header (" + KlemsImporter.COLUMNS
                                + "), a Eurostat flat file (" + EurobaseImporter.FIRST_LINE
                                + "), a JSON-stat dataset nor a CBS OData response")
                .code("unrecognised-format"));
    }

    /** The format a first line announces, empty when none. */
    public static Optional<ImportFormat> fromFirstLine(String line) {
        String first = line.startsWith("\uFEFF") ? line.substring(1) : line;
        String stripped = first.strip();
        if (stripped.equals(WerkkrachtCsvReader.HEADER)) {
            return Optional.of(ImportFormat.CSV);
        }
        int tab = first.indexOf('\t');
        if (tab > 0
                && EUROSTAT_FIRST_COLUMN
                        .matcher(first.substring(0, tab).strip())
                        .matches()) {
            return Optional.of(ImportFormat.EUROSTAT_TSV);
        }
        if (EurostatCsvImporter.isHeader(stripped)) {
            return Optional.of(ImportFormat.EUROSTAT_CSV);
        }
        if (EurobaseImporter.isFirstLine(stripped)) {
            return Optional.of(ImportFormat.EUROBASE);
        }
        if (KlemsImporter.isHeader(stripped)) {
            return Optional.of(ImportFormat.KLEMS);
        }
        if (ODATA_JSON.matcher(stripped).matches()) {
            return Optional.of(ImportFormat.CBS_ODATA);
        }
        return Optional.empty();
    }

    /** The first {@value #PEEK} characters (fewer when the file is shorter). */
    private static String start(Path file, String name) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var reader = new InputStreamReader(SourceStreams.open(file), decoder)) {
            char[] buffer = new char[PEEK];
            int n = reader.read(buffer, 0, PEEK);
            if (n <= 0) {
                throw new ImportException(name, 0, "", "the file is empty").code("empty-file");
            }
            int total = n;
            while (total < PEEK && (n = reader.read(buffer, total, PEEK - total)) > 0) {
                total += n;
            }
            return new String(buffer, 0, total);
        } catch (IOException e) {
            long line =
                    e instanceof java.nio.charset.CharacterCodingException ? SourceStreams.firstNonUtf8Line(file) : 0;
            throw SourceStreams.failure(name, line, e);
        }
    }
}
