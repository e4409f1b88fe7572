package nl.werkkracht.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.app.dataset.ImportService;
import nl.werkkracht.app.platform.Platform;
import nl.werkkracht.statdata.eurostat.EurostatApi;
import nl.werkkracht.statdata.eurostat.JsonStatReader;
import nl.werkkracht.statdata.importer.FormatDetector;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportFormat;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.store.observation.DatasetInfo;
import nl.werkkracht.store.observation.DatasetSummary;

/**
 * Imports a Eurostat dataset over the dissemination API: {@code eurostat:nama_10r_3gva?geo=NL&unit=CP_MEUR}
 * (see {@link EurostatApi}). The answer is downloaded whole into a temporary file, then imported like a file
 * of its format (JSON-stat, or SDMX-CSV from a mirror that answers so) in one transaction. The base URL can
 * be overridden with {@code WERKKRACHT_EUROSTAT_API_URL} (a mirror, or a test server).
 *
 * <p>A new dataset is described by the answer (label, Eurostat's update date, the request); an existing
 * dataset keeps its description and gets the new observations, and an observation it already holds is
 * refused as a duplicate: nothing a user imported is silently replaced.
 */
final class EurostatImport {

    static final String BASE_URL_VARIABLE = "WERKKRACHT_EUROSTAT_API_URL";

    static final String LICENCE = "Eurostat: free re-use with acknowledgement of the source (Commission Decision"
            + " 2011/833/EU), https://ec.europa.eu/eurostat/about-us/policies/copyright";

    private EurostatImport() {}

    static boolean isEurostat(String source) {
        return EurostatApi.matches(source);
    }

    /**
     * @throws IllegalArgumentException for a malformed {@code eurostat:} source (a usage error)
     * @throws ImportException when Eurostat cannot be reached or its answer cannot be imported
     */
    static ImportService.Report run(
            Platform platform, Map<String, String> env, String source, String dataset, ImportProgress progress) {
        EurostatApi request = EurostatApi.parse(source);
        String base = env.get(BASE_URL_VARIABLE);
        URI root = base == null || base.isBlank() ? EurostatApi.DEFAULT_BASE_URL : URI.create(base.strip());
        Path dir;
        try {
            dir = Files.createTempDirectory("werkkracht-eurostat-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the download", e);
        }
        Path file = dir.resolve("eurostat-" + request.dataset() + ".json");
        try {
            request.download(root, file, EurostatApi.CONNECT_TIMEOUT, EurostatApi.REQUEST_TIMEOUT);
            ImportFormat format = FormatDetector.detect(file);
            if (format != ImportFormat.JSON_STAT && format != ImportFormat.EUROSTAT_CSV) {
                throw new ImportException(
                        request.label(),
                        0,
                        "",
                        "Eurostat's answer is neither JSON-stat nor SDMX-CSV but " + format.cliName());
            }
            DatasetInfo info = platform.store()
                    .dataset(dataset)
                    .map(DatasetSummary::info)
                    .orElseGet(() -> describe(dataset, request, request.uri(root), file, format));
            return platform.imports()
                    .importFiles(info, List.of(new ImportService.FileToImport(file, format)), progress);
        } finally {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // a temporary file left behind loses nothing
            }
        }
    }

    private static DatasetInfo describe(String dataset, EurostatApi request, URI uri, Path file, ImportFormat format) {
        String label = "";
        String updated = "";
        if (format == ImportFormat.JSON_STAT) {
            JsonStatReader.Structure s =
                    JsonStatReader.open(file, ImportProgress.NONE).structure();
            label = s.label();
            updated = s.updated();
        }
        String title = (label.isBlank() ? "Eurostat " + request.dataset() : label) + " (Eurostat " + request.dataset()
                + (request.filters().isEmpty() ? "" : ", " + request.query()) + ")";
        return new DatasetInfo(
                dataset,
                shorten(title, 500),
                "Eurostat",
                LICENCE,
                shorten(uri.toString(), 2000),
                Optional.of(LocalDate.now()),
                "Eurostat dataset " + request.dataset() + " from the dissemination API (" + request.label() + ")"
                        + (updated.isBlank() ? "" : ", data updated by Eurostat on " + updated));
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
