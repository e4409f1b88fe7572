package nl.werkkracht.app.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.statdata.importer.ImportFormat;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.importer.Importers;
import nl.werkkracht.store.observation.DatasetInfo;
import nl.werkkracht.store.observation.DatasetSummary;
import nl.werkkracht.store.observation.ImportOutcome;
import nl.werkkracht.store.observation.ObservationStore;

/**
 * Imports files into a dataset. Every call is one transaction: a file with an error imports nothing,
 * and neither do the other files of the same call.
 */
public final class ImportService {

    private final ObservationStore store;
    private final Importers importers;

    public ImportService(ObservationStore store, Importers importers) {
        this.store = store;
        this.importers = importers;
    }

    /** A file and its format. */
    public record FileToImport(Path file, ImportFormat format) {}

    /**
     * What an import did.
     *
     * @param dataset dataset name
     * @param created whether the dataset was new
     * @param written observations written
     * @param skipped records deliberately skipped (with notes)
     * @param notes notes for the user
     */
    public record Report(String dataset, boolean created, long written, long skipped, List<String> notes) {
        public Report {
            notes = List.copyOf(notes);
        }
    }

    public boolean exists(String dataset) {
        return store.exists(dataset);
    }

    /**
     * Imports one user file. When the dataset exists its description is kept; otherwise it is described
     * by the file name.
     */
    public Report importFile(Path file, String dataset, Optional<ImportFormat> format, ImportProgress progress) {
        DatasetInfo info = store.dataset(dataset)
                .map(DatasetSummary::info)
                .orElseGet(() -> DatasetInfo.of(dataset, "Import of " + file.getFileName()));
        ImportFormat f = format.orElseGet(() -> nl.werkkracht.statdata.importer.FormatDetector.detect(file));
        return importFiles(info, List.of(new FileToImport(file, f)), progress);
    }

    /** Imports several files into one dataset in one transaction. */
    public Report importFiles(DatasetInfo info, List<FileToImport> files, ImportProgress progress) {
        var notes = new ArrayList<String>();
        long[] skipped = {0};
        ImportOutcome outcome = store.importInto(info, sink -> {
            for (FileToImport f : files) {
                ImportSummary s = importers.importFile(f.file(), f.format(), sink::accept, progress);
                skipped[0] += s.skipped();
                s.notes().forEach(n -> notes.add(f.file().getFileName() + ": " + n));
            }
        });
        return new Report(outcome.dataset(), outcome.created(), outcome.written(), skipped[0], notes);
    }

    /**
     * Imports through a producer of observations (e.g. the CBS OData importer) in one transaction.
     */
    public Report importWith(DatasetInfo info, Producer producer) {
        var notes = new ArrayList<String>();
        long[] skipped = {0};
        ImportOutcome outcome = store.importInto(info, sink -> {
            ImportSummary s = producer.produce(sink::accept);
            skipped[0] += s.skipped();
            notes.addAll(s.notes());
        });
        return new Report(outcome.dataset(), outcome.created(), outcome.written(), skipped[0], notes);
    }

    /** Produces observations into a sink and says what it read. */
    @FunctionalInterface
    public interface Producer {
        ImportSummary produce(nl.werkkracht.statdata.importer.ObservationSink sink);
    }
}
