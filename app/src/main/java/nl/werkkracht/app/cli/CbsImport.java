package nl.werkkracht.app.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.app.dataset.CbsTableImport;
import nl.werkkracht.app.dataset.ImportService;
import nl.werkkracht.app.platform.Platform;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.statdata.cbs.CbsTableMapping;
import nl.werkkracht.statdata.cbs.CbsTableRef;
import nl.werkkracht.statdata.cbs.DirectoryODataSource;
import nl.werkkracht.statdata.cbs.HttpODataSource;
import nl.werkkracht.statdata.cbs.ODataSource;
import nl.werkkracht.statdata.importer.ImportProgress;

/**
 * Imports a CBS StatLine table over OData: {@code cbs:84419NED} reads the live API (the base URL can be
 * overridden with {@code WERKKRACHT_CBS_ODATA_URL}); a directory of saved responses is read with
 * {@code --format cbs-odata --table 84419NED}. The table needs a mapping shipped with Werkkracht.
 */
final class CbsImport {

    static final String BASE_URL_VARIABLE = "WERKKRACHT_CBS_ODATA_URL";

    private CbsImport() {}

    static boolean isCbs(String source) {
        return CbsTableRef.matches(source);
    }

    static ImportService.Report run(
            Platform platform,
            Map<String, String> env,
            String source,
            Optional<String> table,
            String dataset,
            ImportProgress progress) {
        String tableId;
        ODataSource odata;
        if (CbsTableRef.matches(source)) {
            tableId = CbsTableRef.parse(source).tableId();
            CbsTableMapping mapping = CbsTableMapping.forTable(tableId);
            String base = env.get(BASE_URL_VARIABLE);
            odata = base == null || base.isBlank()
                    ? HttpODataSource.of(mapping.version())
                    : new HttpODataSource(URI.create(base.endsWith("/") ? base : base + "/"));
        } else {
            Path dir = Path.of(source);
            if (!Files.isDirectory(dir)) {
                throw new StatisticsException(
                        source + ": CBS OData is read from cbs:TABLEID or a directory of saved" + " responses");
            }
            tableId = table.orElseGet(() -> CbsTableImport.tableOf(dir, source));
            odata = new DirectoryODataSource(dir);
        }
        return CbsTableImport.run(
                platform.imports(),
                platform.codeLists(),
                tableId,
                odata,
                dataset,
                progress,
                ImportService.OnSuccess.NOTHING);
    }
}
