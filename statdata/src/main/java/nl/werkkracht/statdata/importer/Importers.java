package nl.werkkracht.statdata.importer;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.statdata.csv.WerkkrachtCsvReader;
import nl.werkkracht.statdata.eurostat.EurobaseImporter;
import nl.werkkracht.statdata.eurostat.EurostatCsvImporter;
import nl.werkkracht.statdata.eurostat.EurostatTsvImporter;
import nl.werkkracht.statdata.eurostat.JsonStatImporter;
import nl.werkkracht.statdata.klems.KlemsImporter;

/**
 * One entry point for importing a file: picks the importer for a given or detected {@link ImportFormat}
 * and runs it. Werkkracht CSV, Eurostat TSV and EU KLEMS are built in. CBS OData is read by the CBS
 * importer ({@code nl.werkkracht.statdata.cbs}), which takes table ids and URLs as well as saved
 * responses; to import saved responses through this facade, register it with {@link #with}. Without it,
 * a CBS OData file gets an error that says so.
 *
 * <p>Immutable and thread-safe as long as the registered importers are.
 */
public final class Importers {

    private final Map<ImportFormat, FileImporter> importers;

    /** The built-in importers, checking codes against {@code codeLists} (normally {@code CodeListLoader.standard()}). */
    public Importers(CodeLists codeLists) {
        this(builtIn(codeLists));
    }

    private Importers(Map<ImportFormat, FileImporter> importers) {
        this.importers = importers;
    }

    private static Map<ImportFormat, FileImporter> builtIn(CodeLists codeLists) {
        var map = new EnumMap<ImportFormat, FileImporter>(ImportFormat.class);
        map.put(ImportFormat.CSV, new WerkkrachtCsvReader(codeLists));
        map.put(ImportFormat.EUROSTAT_TSV, new EurostatTsvImporter(codeLists));
        map.put(ImportFormat.KLEMS, new KlemsImporter(codeLists));
        map.put(ImportFormat.EUROBASE, new EurobaseImporter(codeLists));
        map.put(ImportFormat.EUROSTAT_CSV, new EurostatCsvImporter(codeLists));
        map.put(ImportFormat.JSON_STAT, new JsonStatImporter(codeLists));
        return map;
    }

    /** A copy that reads {@code format} with {@code importer} (the hook for the CBS OData importer). */
    public Importers with(ImportFormat format, FileImporter importer) {
        var map = new EnumMap<>(importers);
        map.put(format, importer);
        return new Importers(map);
    }

    /** Imports a file whose format is detected from its first line ({@link FormatDetector}). */
    public ImportSummary importFile(Path file, ObservationSink sink, ImportProgress progress) {
        return importFile(file, FormatDetector.detect(file), sink, progress);
    }

    /**
     * Imports a file of a known format.
     *
     * @throws ImportException on the first invalid record, or when no importer is registered for the format
     */
    public ImportSummary importFile(Path file, ImportFormat format, ObservationSink sink, ImportProgress progress) {
        FileImporter importer = importers.get(format);
        if (importer == null) {
            throw new ImportException(SourceLines.fileName(file), 0, "", noImporter(format)).code("format-elsewhere");
        }
        return importer.importFile(file, sink, progress);
    }

    private static String noImporter(ImportFormat format) {
        if (format == ImportFormat.CBS_ODATA) {
            return "this is one response of CBS OData: a CBS table is imported from its saved responses together"
                    + " (a folder, or a ZIP of it, with the format CBS OData) or from StatLine (cbs:TABLEID)";
        }
        return "files of the format " + format.cliName() + " cannot be imported here";
    }
}
