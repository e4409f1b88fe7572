package nl.werkkracht.store.observation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One import as the database remembers it (table {@code import_job}).
 *
 * @param id random identifier
 * @param dataset the dataset imported into
 * @param source the file name as the user gave it
 * @param format the format's name ({@code auto}, {@code csv}, {@code cbs-odata}, …)
 * @param startedBy the username of who started it
 * @param startedAt when it started
 * @param finishedAt when it ended, empty while running
 * @param status running, succeeded or failed
 * @param records lines or rows read so far
 * @param observations observations stored, once succeeded
 * @param createdDataset whether the import created the dataset, once succeeded
 * @param skipped values deliberately left out, once succeeded
 * @param notes the importer's notes, once succeeded
 * @param failure why it failed, once failed
 */
public record ImportJobRecord(
        String id,
        String dataset,
        String source,
        String format,
        String startedBy,
        Instant startedAt,
        Optional<Instant> finishedAt,
        Status status,
        long records,
        Optional<Long> observations,
        Optional<Boolean> createdDataset,
        Optional<Long> skipped,
        List<String> notes,
        Optional<Failure> failure) {

    public ImportJobRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        notes = List.copyOf(notes);
    }

    /** Where a job is. */
    public enum Status {
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    /**
     * Why an import failed.
     *
     * @param message the English message ("bad.csv line 3: value 'abc' in column value is not a number")
     * @param line 1-based line, 0 when not known
     * @param field the column or field, empty when none applies
     * @param code the kind of problem ({@code not-utf8}, {@code interrupted}, {@code internal}, …), empty when none
     * @param arguments the arguments of the translated message
     */
    public record Failure(String message, long line, String field, String code, List<String> arguments) {
        /** Code of a job whose process stopped or died before it ended: nothing was stored. */
        public static final String INTERRUPTED = "interrupted";
        /** Code of a job that failed through the server, not the file (its cause is in the log). */
        public static final String INTERNAL = "internal";

        public Failure {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(code, "code");
            arguments = List.copyOf(arguments);
        }
    }
}
