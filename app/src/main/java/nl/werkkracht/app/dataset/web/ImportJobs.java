package nl.werkkracht.app.dataset.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.werkkracht.app.dataset.ImportService;
import nl.werkkracht.app.monitor.DatasetsChanged;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportFormat;
import nl.werkkracht.statdata.importer.ImportProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Runs uploaded files' imports: on a background thread with progress for the data page ({@link
 * #submit}), or at once for the API ({@link #importNow}). Either way an import is one transaction
 * (nothing is stored when the file has an error), the temporary copy of the upload is deleted
 * afterwards, and a successful import publishes {@link DatasetsChanged} so that cached monitor figures
 * are dropped.
 *
 * <p>At most {@value #THREADS} imports run at once and {@value #QUEUE} wait; more are refused rather
 * than queued without bound. Finished jobs are kept {@link #KEEP} for their result page, in memory:
 * after a restart a job's address answers 404, while its data (if it succeeded) are in the database.
 */
@Component
class ImportJobs implements DisposableBean {

    static final int THREADS = 2;
    static final int QUEUE = 16;
    static final Duration KEEP = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private record Entry(AtomicReference<ImportJob> job, CompletableFuture<ImportJob> done) {}

    private final ImportService imports;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, Entry> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor executor;

    ImportJobs(ImportService imports, ApplicationEventPublisher events) {
        this.imports = imports;
        this.events = events;
        this.clock = Clock.systemUTC();
        var threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "werkkracht-import-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Starts importing {@code file} into {@code dataset} on a background thread; the job owns the file
     * and deletes it when done.
     *
     * @throws java.util.concurrent.RejectedExecutionException when too many imports are waiting (the
     *     file is deleted then too)
     */
    ImportJob submit(String owner, String dataset, UploadedFile file, Optional<ImportFormat> format) {
        clearOld();
        String id = UUID.randomUUID().toString();
        var job = new AtomicReference<>(ImportJob.queued(id, owner, dataset, file.name(), file.size()));
        var done = new CompletableFuture<ImportJob>();
        jobs.put(id, new Entry(job, done));
        try {
            executor.execute(() -> done.complete(run(job, file, format)));
        } catch (RuntimeException e) {
            jobs.remove(id);
            file.close();
            throw e;
        }
        return job.get();
    }

    private ImportJob run(AtomicReference<ImportJob> job, UploadedFile file, Optional<ImportFormat> format) {
        String dataset = job.get().dataset();
        try (file) {
            job.updateAndGet(j -> j.progress(0, 0, file.size()));
            ImportService.Report report = imports.importFile(
                    file.path(),
                    dataset,
                    format,
                    (records, read, total) -> job.updateAndGet(j -> j.progress(records, read, total)));
            // listeners (the monitor cache) hear of the new data before anyone can see the job as done
            events.publishEvent(new DatasetsChanged(dataset));
            return job.updateAndGet(j -> j.succeeded(report, clock.instant()));
        } catch (ImportException e) {
            return job.updateAndGet(j -> j.failed(ImportJob.Failure.of(e), clock.instant()));
        } catch (RuntimeException e) {
            LOG.error("import of {} into {} failed", file.name(), dataset, e);
            var failure = new ImportJob.Failure(file.name(), 0, "", "", true);
            return job.updateAndGet(j -> j.failed(failure, clock.instant()));
        }
    }

    /** Imports {@code file} into {@code dataset} on the calling thread, deleting the file afterwards. */
    ImportService.Report importNow(String dataset, UploadedFile file, Optional<ImportFormat> format) {
        try (file) {
            ImportService.Report report = imports.importFile(file.path(), dataset, format, ImportProgress.NONE);
            events.publishEvent(new DatasetsChanged(dataset));
            return report;
        }
    }

    /** The job with {@code id} if {@code owner} started it. */
    Optional<ImportJob> find(String id, String owner) {
        return Optional.ofNullable(jobs.get(id)).map(e -> e.job().get()).filter(j -> j.owner()
                .equals(owner));
    }

    /** Waits until the job is done or {@code timeout} passes, and gives its state then. */
    ImportJob await(String id, Duration timeout) throws InterruptedException {
        Entry entry = jobs.get(id);
        if (entry == null) {
            throw new IllegalArgumentException("no import job " + id);
        }
        try {
            return entry.done().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return entry.job().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("import job " + id + " failed", e.getCause());
        }
    }

    private void clearOld() {
        Instant limit = clock.instant().minus(KEEP);
        jobs.values()
                .removeIf(e ->
                        e.job().get().finished().map(f -> f.isBefore(limit)).orElse(false));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
