package nl.werkkracht.app.dataset.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * An import job as {@code GET /data/jobs/{id}} answers it (JSON) and the result page shows it.
 *
 * @param id the job's id
 * @param dataset the dataset imported into
 * @param file the uploaded file's name
 * @param state {@code queued}, {@code running}, {@code succeeded} or {@code failed}
 * @param done whether the job has ended
 * @param records lines read so far
 * @param bytesRead bytes read so far
 * @param bytesTotal file size, -1 when unknown
 * @param progress fraction of the file read (0–1), null when unknown
 * @param written observations stored, once succeeded
 * @param created whether the import created the dataset, once succeeded
 * @param notes the importer's notes (skipped values and why), once succeeded
 * @param message what happened, in the request's language: "12 waarnemingen geïmporteerd in dataset x"
 *     or the error with "Er is niets opgeslagen."
 * @param error file, line, field and message of a failed import, null otherwise
 * @param startedBy who started the import
 * @param finished when it ended, null while it runs
 */
record JobView(
        String id,
        String dataset,
        String file,
        String state,
        boolean done,
        long records,
        long bytesRead,
        long bytesTotal,
        @Schema(nullable = true) Double progress,
        @Schema(nullable = true) Long written,
        @Schema(nullable = true) Boolean created,
        List<String> notes,
        String message,
        @Schema(nullable = true) ErrorView error,
        String startedBy,
        @Schema(nullable = true) java.time.Instant finished) {

    JobView {
        notes = List.copyOf(notes);
    }

    /**
     * @param file the file as the user named it
     * @param line 1-based line, 0 for the whole file
     * @param field column or field, empty when none applies
     * @param message the importer's message, e.g. "bad.csv line 3: value 'abc' in column value is not a number"
     * @param nothingStored always true: a failed import stores nothing
     * @param code the kind of problem ({@code not-utf8}, {@code no-final-newline}, {@code interrupted}, …), empty
     *     when none is named
     */
    record ErrorView(String file, long line, String field, String message, boolean nothingStored, String code) {}

    static JobView of(ImportJob job, MessageSource messages, Locale locale) {
        var report = job.report();
        var failure = job.failure();
        String written = report.map(r -> NumberFormat.getIntegerInstance(locale).format(r.written()))
                .orElse("");
        String message =
                switch (job.state()) {
                    case QUEUED -> messages.getMessage("data.upload.queued", null, locale);
                    case RUNNING -> messages.getMessage("data.upload.importing", null, locale);
                    case SUCCEEDED ->
                        messages.getMessage("data.upload.success", new Object[] {written, job.dataset()}, locale);
                    case FAILED ->
                        failure.get().internal()
                                ? messages.getMessage("data.upload.internal", null, locale)
                                : messages.getMessage(
                                        "data.upload.failed",
                                        new Object[] {ImportMessages.failure(failure.get(), messages, locale)},
                                        locale);
                };
        ErrorView error = failure.map(f -> new ErrorView(
                        f.file(), f.line(), f.field(), ImportMessages.failure(f, messages, locale), true, f.code()))
                .orElse(null);
        return new JobView(
                job.id(),
                job.dataset(),
                job.file(),
                job.state().name().toLowerCase(Locale.ROOT),
                job.state().done(),
                job.records(),
                job.bytesRead(),
                job.bytesTotal(),
                job.fraction().orElse(null),
                report.map(r -> r.written()).orElse(null),
                report.map(r -> r.created()).orElse(null),
                report.map(r -> r.notes()).orElse(List.of()),
                message,
                error,
                job.owner(),
                job.finished().orElse(null));
    }
}
