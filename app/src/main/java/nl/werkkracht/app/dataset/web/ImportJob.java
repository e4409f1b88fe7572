package nl.werkkracht.app.dataset.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.app.dataset.ImportService;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.store.observation.ImportJobRecord;

/**
 * The state of one upload being imported on a background thread, as a snapshot: each progress report
 * replaces the snapshot with a new one.
 *
 * @param id random identifier, the address of the job ({@code /data/jobs/ID})
 * @param owner the user who uploaded; only they may see the job
 * @param dataset the dataset imported into
 * @param file the uploaded file's name, as in error messages
 * @param state where the job is
 * @param records lines read so far
 * @param bytesRead bytes read so far
 * @param bytesTotal size of the file in bytes, -1 when unknown
 * @param report what the import did, once it succeeded
 * @param failure why it failed, once it failed (nothing is stored then)
 * @param finished when the job ended, for clearing old jobs
 */
record ImportJob(
        String id,
        String owner,
        String dataset,
        String file,
        State state,
        long records,
        long bytesRead,
        long bytesTotal,
        Optional<ImportService.Report> report,
        Optional<Failure> failure,
        Optional<Instant> finished) {

    /** Where a job is. */
    enum State {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED;

        boolean done() {
            return this == SUCCEEDED || this == FAILED;
        }
    }

    /**
     * Why an import failed. For a bad file, file, line and field come from the {@link ImportException};
     * an unexpected error (database down) has no line and is marked internal, its cause only in the log.
     *
     * @param file file name as the user knows it
     * @param line 1-based line, 0 when the error concerns the whole file
     * @param field column or field, empty when none applies
     * @param message the importer's message, e.g. "bad.csv line 3: value 'abc' in column value is not a number"
     * @param internal true when the server failed rather than the file
     * @param code the kind of problem for the translated message ({@code not-utf8}, {@code interrupted}, …), empty
     *     when the message has no translation
     * @param arguments the arguments of the translated message
     */
    record Failure(
            String file,
            long line,
            String field,
            String message,
            boolean internal,
            String code,
            List<String> arguments) {
        Failure {
            arguments = List.copyOf(arguments);
        }

        static Failure of(ImportException e) {
            return new Failure(e.file(), e.line(), e.field(), e.getMessage(), false, e.code(), e.arguments());
        }

        /** The server failed (its cause is in the log). */
        static Failure internal(String file) {
            return new Failure(file, 0, "", "", true, ImportJobRecord.Failure.INTERNAL, List.of());
        }

        /** The server stopped during the import: nothing was stored. */
        static Failure interrupted(String file) {
            return new Failure(
                    file,
                    0,
                    "",
                    file + ": the import was interrupted: the server stopped before it ended; nothing was stored",
                    false,
                    ImportJobRecord.Failure.INTERRUPTED,
                    List.of());
        }

        /** As the database keeps it. */
        ImportJobRecord.Failure record() {
            return new ImportJobRecord.Failure(message, line, field, code, arguments);
        }

        /** From the database. */
        static Failure of(String file, ImportJobRecord.Failure f) {
            boolean internal = f.code().equals(ImportJobRecord.Failure.INTERNAL);
            String message = f.code().equals(ImportJobRecord.Failure.INTERRUPTED)
                            && !f.message().startsWith(file)
                    ? file + ": " + f.message()
                    : f.message();
            return new Failure(file, f.line(), f.field(), message, internal, f.code(), f.arguments());
        }
    }

    ImportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(finished, "finished");
    }

    static ImportJob queued(String id, String owner, String dataset, String file, long size) {
        return new ImportJob(
                id,
                owner,
                dataset,
                file,
                State.QUEUED,
                0,
                0,
                size,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    ImportJob progress(long records, long bytesRead, long bytesTotal) {
        return new ImportJob(
                id, owner, dataset, file, State.RUNNING, records, bytesRead, bytesTotal, report, failure, finished);
    }

    ImportJob succeeded(ImportService.Report report, Instant now) {
        return new ImportJob(
                id,
                owner,
                dataset,
                file,
                State.SUCCEEDED,
                records,
                bytesTotal < 0 ? bytesRead : bytesTotal,
                bytesTotal,
                Optional.of(report),
                Optional.empty(),
                Optional.of(now));
    }

    ImportJob failed(Failure why, Instant now) {
        return new ImportJob(
                id,
                owner,
                dataset,
                file,
                State.FAILED,
                records,
                bytesRead,
                bytesTotal,
                Optional.empty(),
                Optional.of(why),
                Optional.of(now));
    }

    /** A job as the database remembers it (after a restart, or started by another instance). */
    static ImportJob of(ImportJobRecord r) {
        State state =
                switch (r.status()) {
                    case RUNNING -> State.RUNNING;
                    case SUCCEEDED -> State.SUCCEEDED;
                    case FAILED -> State.FAILED;
                };
        Optional<ImportService.Report> report = r.observations()
                .map(written -> new ImportService.Report(
                        r.dataset(),
                        r.createdDataset().orElse(false),
                        written,
                        r.skipped().orElse(0L),
                        r.notes()));
        return new ImportJob(
                r.id(),
                r.startedBy(),
                r.dataset(),
                r.source(),
                state,
                r.records(),
                0,
                -1,
                state == State.SUCCEEDED ? report : Optional.empty(),
                r.failure().map(f -> Failure.of(r.source(), f)),
                r.finishedAt());
    }

    /** Fraction of the file read, 0–1; empty when the size is unknown. */
    Optional<Double> fraction() {
        if (state == State.SUCCEEDED) {
            return Optional.of(1.0);
        }
        return bytesTotal > 0 ? Optional.of(Math.min(1.0, (double) bytesRead / bytesTotal)) : Optional.empty();
    }
}
