package nl.werkkracht.app.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.statdata.cbs.CbsODataImporter;
import nl.werkkracht.statdata.cbs.CbsTableInfo;
import nl.werkkracht.statdata.cbs.ODataSource;
import nl.werkkracht.statdata.importer.Echo;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.importer.ObservationSink;
import nl.werkkracht.store.observation.DatasetInfo;

/**
 * Imports one CBS StatLine table through OData into a dataset described by the table's own metadata (title,
 * source, licence, period): the one way the command line ({@code cbs:84419NED}, a folder of saved responses)
 * and the data page (a ZIP of saved responses) do it.
 */
public final class CbsTableImport {

    /** A saved response is named after its table: {@code 84419NED_TableInfos.json}, {@code 80072ned_Observations.json}. */
    private static final Pattern SAVED = Pattern.compile("(\\d{5}[A-Za-z]{3})_.*\\.json");

    private CbsTableImport() {}

    /**
     * Imports table {@code tableId} from {@code odata} into {@code dataset} in one transaction.
     *
     * @throws ImportException when the table has no mapping, a response is missing or malformed, or the table
     *     gives no observation
     */
    public static ImportService.Report run(
            ImportService imports,
            CodeLists codeLists,
            String tableId,
            ODataSource odata,
            String dataset,
            ImportProgress progress,
            ImportService.OnSuccess onSuccess) {
        CbsTableInfo info = CbsODataImporter.tableInfo(tableId, odata);
        var description = new DatasetInfo(
                dataset,
                info.title() + " (CBS " + tableId + ")",
                info.attribution(),
                info.licence() + " " + info.licenceUrl(),
                "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/" + tableId,
                Optional.of(LocalDate.now()),
                "CBS StatLine table " + tableId + ", period " + info.period()
                        + info.modified()
                                .map(d -> ", last changed by CBS on " + d)
                                .orElse(""));
        return imports.importWith(
                description,
                new ImportService.Producer() {
                    @Override
                    public ImportSummary produce(ObservationSink sink) {
                        return CbsODataImporter.importTable(tableId, odata, codeLists, sink, progress);
                    }

                    @Override
                    public String source() {
                        return "CBS " + tableId;
                    }
                },
                onSuccess);
    }

    /**
     * The table whose saved responses a folder holds, from the file names ({@code 84419NED_TableInfos.json}).
     *
     * @param label the name of the upload for messages
     * @throws ImportException when the folder holds no saved CBS response, or responses of several tables
     */
    public static String tableOf(Path directory, String label) {
        var tables = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        try (var files = Files.list(directory)) {
            files.map(p -> p.getFileName().toString()).forEach(name -> {
                Matcher m = SAVED.matcher(name);
                if (m.matches()) {
                    tables.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new ImportException(label, 0, "", "cannot read the saved responses", e).code("cannot-read");
        }
        if (tables.isEmpty()) {
            throw new ImportException(
                            label,
                            0,
                            "",
                            "the folder or ZIP file holds no saved CBS OData response (files named like"
                                    + " 84419NED_TableInfos.json); on the command line --table names the table")
                    .code("cbs-no-responses");
        }
        if (tables.size() > 1) {
            throw new ImportException(
                            label,
                            0,
                            "",
                            "the folder or ZIP file holds responses of several CBS tables ("
                                    + Echo.shorten(String.join(", ", tables), 80) + "); import one table at a time")
                    .code("cbs-several-tables");
        }
        return tables.first();
    }
}
