package nl.werkkracht.statdata.importer;

import java.nio.file.Path;

/**
 * Reads one file of one format and streams its observations into a sink. An implementation reads line
 * by line, validates every record fully before passing it on, and throws {@link ImportException} (file,
 * line, field, reason) on the first error. What was passed to the sink before the error is the caller's
 * to roll back: the caller wraps the whole import in one transaction.
 */
@FunctionalInterface
public interface FileImporter {

    /**
     * @param file the file to read
     * @param sink receives every observation, in file order
     * @param progress receives records and bytes read every few thousand records
     * @return what was imported and what was skipped, with notes for the user
     * @throws ImportException on the first record that is not valid, or when the file cannot be read
     */
    ImportSummary importFile(Path file, ObservationSink sink, ImportProgress progress);
}
