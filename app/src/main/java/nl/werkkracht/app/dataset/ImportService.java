package nl.werkkracht.app.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.ObservationRejectedException;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportFormat;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.importer.Importers;
import nl.werkkracht.statdata.importer.ObservationSink;
import nl.werkkracht.statdata.importer.SourceLines;
import nl.werkkracht.store.observation.DatasetInfo;
import nl.werkkracht.store.observation.DatasetSummary;
import nl.werkkracht.store.observation.ImportOutcome;
import nl.werkkracht.store.observation.ImportSink;
import nl.werkkracht.store.observation.ObservationStore;

/**
 * Imports files into a dataset. Every call is one transaction: a file with an error imports nothing,
 * and neither do the other files of the same call. A file that yields no observation (a header only, or
 * only values that are skipped) is refused too, so that an import never creates an empty dataset.
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
        return importFile(file, dataset, format, progress, OnSuccess.NOTHING);
    }

    /**
     * Work that commits with the import's data (such as recording the job's success), made once the files
     * have been read: from the values skipped and the notes.
     */
    @FunctionalInterface
    public interface OnSuccess {
        OnSuccess NOTHING = (skipped, notes) -> (connection, outcome) -> {};

        ObservationStore.OnCommit commit(long skipped, List<String> notes);
    }

    /** As {@link #importFile(Path, String, Optional, ImportProgress)}, with {@code onSuccess} in the transaction. */
    public Report importFile(
            Path file, String dataset, Optional<ImportFormat> format, ImportProgress progress, OnSuccess onSuccess) {
        DatasetInfo info = store.dataset(dataset)
                .map(DatasetSummary::info)
                .orElseGet(() -> DatasetInfo.of(dataset, "Import of " + file.getFileName()));
        ImportFormat f = format.orElseGet(() -> nl.werkkracht.statdata.importer.FormatDetector.detect(file));
        return importFiles(info, List.of(new FileToImport(file, f)), progress, onSuccess);
    }

    /** Imports several files into one dataset in one transaction. */
    public Report importFiles(DatasetInfo info, List<FileToImport> files, ImportProgress progress) {
        return importFiles(info, files, progress, OnSuccess.NOTHING);
    }

    private Report importFiles(
            DatasetInfo info, List<FileToImport> files, ImportProgress progress, OnSuccess onSuccess) {
        var notes = new ArrayList<String>();
        long[] skipped = {0};
        ImportOutcome outcome = store.importInto(
                info,
                sink -> {
                    for (FileToImport f : files) {
                        ImportSummary s = importChecked(f, sink, progress);
                        String name = f.file().getFileName().toString();
                        requireObservations(name, s);
                        skipped[0] += s.skipped();
                        s.notes().forEach(n -> notes.add(name + ": " + n));
                    }
                },
                (connection, o) -> onSuccess.commit(skipped[0], notes).run(connection, o));
        return new Report(outcome.dataset(), outcome.created(), outcome.written(), skipped[0], notes);
    }

    /**
     * Imports through a producer of observations (e.g. the CBS OData importer) in one transaction.
     */
    public Report importWith(DatasetInfo info, Producer producer) {
        return importWith(info, producer, OnSuccess.NOTHING);
    }

    /** As {@link #importWith(DatasetInfo, Producer)}, with {@code onSuccess} in the transaction. */
    public Report importWith(DatasetInfo info, Producer producer, OnSuccess onSuccess) {
        var notes = new ArrayList<String>();
        long[] skipped = {0};
        ImportOutcome outcome = store.importInto(
                info,
                sink -> {
                    ImportSummary s = producer.produce(sink::accept);
                    try {
                        sink.flush();
                    } catch (ObservationRejectedException e) {
                        throw new ImportException(producer.source(), e.origin(), "", e.getMessage(), e);
                    }
                    requireObservations(producer.source(), s);
                    skipped[0] += s.skipped();
                    notes.addAll(s.notes());
                },
                (connection, o) -> onSuccess.commit(skipped[0], notes).run(connection, o));
        return new Report(outcome.dataset(), outcome.created(), outcome.written(), skipped[0], notes);
    }

    /**
     * Imports one file into the store's sink. The database refuses duplicates ({@link ImportSink}), some of
     * them only when a batch is written: the sink is flushed at the end of the file, so that every refusal
     * belongs to this file, and also when reading failed, so that a duplicate on an earlier line is reported
     * first, as when duplicates were checked in memory. A duplicate of an earlier line of the same file is
     * named by that line ("duplicate of line 12"), found by reading the file again up to the duplicate: work
     * done only for a refused file, which keeps memory flat for the files that import.
     */
    private ImportSummary importChecked(FileToImport f, ImportSink sink, ImportProgress progress) {
        ObservationSink checked = new ObservationSink() {
            @Override
            public void accept(Observation observation) {
                sink.accept(observation);
            }

            @Override
            public void accept(Observation observation, long line) {
                sink.accept(observation, line);
            }

            @Override
            public boolean refusesDuplicates() {
                return true;
            }
        };
        String name = SourceLines.fileName(f.file());
        ImportSummary summary;
        try {
            summary = importers.importFile(f.file(), f.format(), checked, progress);
        } catch (ImportException e) {
            if (!(e.getCause() instanceof ObservationRejectedException)) {
                try {
                    sink.flush();
                } catch (ObservationRejectedException earlier) {
                    if (earlier.origin() < e.line()) {
                        throw named(f, new ImportException(name, earlier.origin(), "", earlier.getMessage(), earlier));
                    }
                }
            }
            throw named(f, e);
        }
        try {
            sink.flush();
        } catch (ObservationRejectedException e) {
            throw named(f, new ImportException(name, e.origin(), "", e.getMessage(), e));
        }
        return summary;
    }

    /**
     * A duplicate the database found within this import is named by the earlier line of the same file when
     * there is one; otherwise (an earlier file, or the dataset) the store's message stands.
     */
    private ImportException named(FileToImport f, ImportException e) {
        if (!(e.getCause() instanceof ObservationRejectedException rejected)
                || !rejected.getMessage().startsWith("duplicate of an observation earlier in this import")) {
            return e;
        }
        long[] first = {0};
        try {
            importers.importFile(
                    f.file(),
                    f.format(),
                    new ObservationSink() {
                        @Override
                        public void accept(Observation observation) {
                            accept(observation, 0);
                        }

                        @Override
                        public void accept(Observation observation, long line) {
                            if (line >= e.line()) {
                                throw new FirstFound();
                            }
                            if (observation.key().equals(rejected.key())) {
                                first[0] = line;
                                throw new FirstFound();
                            }
                        }

                        @Override
                        public boolean refusesDuplicates() {
                            return true;
                        }
                    },
                    ImportProgress.NONE);
        } catch (FirstFound | ImportException found) {
            // the earlier line is known, or not in this file
        }
        if (first[0] <= 0) {
            return e;
        }
        ImportException named = new ImportException(
                e.file(), e.line(), "", "duplicate of line " + first[0] + ": " + rejected.key(), rejected);
        return named;
    }

    /** Ends the second reading of a file once the earlier line of a duplicate is found. */
    private static final class FirstFound extends RuntimeException {
        FirstFound() {
            super(null, null, false, false);
        }
    }

    /** Produces observations into a sink and says what it read. */
    @FunctionalInterface
    public interface Producer {
        ImportSummary produce(nl.werkkracht.statdata.importer.ObservationSink sink);

        /** What is read, for messages (a table id). */
        default String source() {
            return "the source";
        }
    }

    /**
     * Refuses a file that gave no observation: a header alone, or values that were all skipped. Importing it
     * would create an empty dataset (or change nothing) and answer as if it had worked.
     */
    private static void requireObservations(String file, ImportSummary summary) {
        if (summary.observations() > 0) {
            return;
        }
        String why = summary.skipped() > 0
                ? "all " + summary.skipped() + " values were left out (" + String.join("; ", summary.notes()) + ")"
                : "it has no data lines";
        throw new ImportException(file, 0, "", "the file holds no observations to import: " + why)
                .code("no-observations", String.valueOf(summary.skipped()));
    }
}
