package nl.werkkracht.app.dataset.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.werkkracht.app.dataset.CbsTableImport;
import nl.werkkracht.app.dataset.ImportService;
import nl.werkkracht.app.monitor.DatasetsChanged;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.statdata.cbs.DirectoryODataSource;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportFormat;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.SourceStreams;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.observation.ImportJobRecord;
import nl.werkkracht.store.observation.ImportJobStore;
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
 * <p>Every job is recorded in the database ({@link ImportJobStore}, issue 10): when it starts; its success
 * in the transaction of its data, so "succeeded" is true exactly when the data are stored; its failure after
 * the rollback. So the outcome can be read after a restart and from every instance on the same database.
 * Running jobs renew a heartbeat every {@link #HEARTBEAT}; a job silent for {@link #SILENCE} was left by a
 * process that died and is marked failed ("interrupted") at start-up and whenever jobs are read. A graceful
 * stop (SIGTERM) lets running imports stop at their next progress report, roll back and record that they
 * were interrupted, waiting at most {@link #STOP_WAIT}.
 *
 * <p>At most {@value #THREADS} imports run at once and {@value #QUEUE} wait; more are refused rather
 * than queued without bound. Live progress is kept in memory for the job's page; finished jobs for {@link
 * #KEEP}, after which (and after a restart) the page reads the job from the database.
 *
 * <p>A ZIP of saved CBS OData responses (format {@code cbs-odata}, or a ZIP of several {@code .json} files
 * named after their table) is imported as that CBS table.
 */
@Component
class ImportJobs implements DisposableBean {

    static final int THREADS = 2;
    static final int QUEUE = 16;
    static final Duration KEEP = Duration.ofHours(1);
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final Duration SILENCE = Duration.ofSeconds(45);
    static final Duration STOP_WAIT = Duration.ofSeconds(20);

    /** The most bytes a ZIP of saved CBS responses may unpack to. */
    static final long MAX_UNPACKED = 2_000_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private record Entry(AtomicReference<ImportJob> job, CompletableFuture<ImportJob> done) {}

    /** Thrown from the progress report when the server stops: the import rolls back. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("the server is stopping", null, false, false);
        }
    }

    private final ImportService imports;
    private final CodeLists codeLists;
    private final ImportJobStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, Entry> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService heartbeat;
    private volatile boolean stopping;

    ImportJobs(ImportService imports, CodeLists codeLists, Database database, ApplicationEventPublisher events) {
        this.imports = imports;
        this.codeLists = codeLists;
        this.store = new ImportJobStore(database);
        this.events = events;
        this.clock = Clock.systemUTC();
        var threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "werkkracht-import-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "werkkracht-import-heartbeat");
            t.setDaemon(true);
            return t;
        });
        interruptStale();
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
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
        try {
            store.start(id, dataset, file.name(), formatName(format), owner);
            jobs.put(id, new Entry(job, done));
            executor.execute(() -> done.complete(run(job, file, format)));
        } catch (RuntimeException e) {
            jobs.remove(id);
            file.close();
            recordFailure(id, 0, ImportJob.Failure.internal(file.name()));
            throw e;
        }
        return job.get();
    }

    private ImportJob run(AtomicReference<ImportJob> job, UploadedFile file, Optional<ImportFormat> format) {
        String dataset = job.get().dataset();
        String id = job.get().id();
        try (file) {
            job.updateAndGet(j -> j.progress(0, 0, file.size()));
            ImportService.Report report = importUpload(
                    id,
                    dataset,
                    file,
                    format,
                    (records, read, total) -> {
                        if (stopping) {
                            throw new Stopped();
                        }
                        job.updateAndGet(j -> j.progress(records, read, total));
                    },
                    () -> job.get().records());
            // listeners (the monitor cache) hear of the new data before anyone can see the job as done
            events.publishEvent(new DatasetsChanged(dataset));
            return job.updateAndGet(j -> j.succeeded(report, clock.instant()));
        } catch (RuntimeException e) {
            ImportJob.Failure failure = failure(file.name(), dataset, e);
            recordFailure(id, job.get().records(), failure);
            return job.updateAndGet(j -> j.failed(failure, clock.instant()));
        }
    }

    private ImportJob.Failure failure(String file, String dataset, RuntimeException e) {
        if (stopping || e instanceof Stopped) {
            LOG.warn("import of {} into {} interrupted: the server is stopping; nothing was stored", file, dataset);
            return ImportJob.Failure.interrupted(file);
        }
        if (e instanceof ImportException ie) {
            return ImportJob.Failure.of(ie);
        }
        LOG.error("import of {} into {} failed", file, dataset, e);
        return ImportJob.Failure.internal(file);
    }

    /** Records a failure; when the database fails too, the job shows as interrupted once its heartbeat ages. */
    private void recordFailure(String id, long records, ImportJob.Failure failure) {
        try {
            store.failed(id, records, failure.record());
        } catch (RuntimeException e) {
            LOG.warn("cannot record the failure of import {}: {}", id, e.getMessage());
        }
    }

    /**
     * Imports {@code file} into {@code dataset} on the calling thread, deleting the file afterwards; the job is
     * recorded like an upload of the data page's.
     */
    ImportService.Report importNow(String owner, String dataset, UploadedFile file, Optional<ImportFormat> format) {
        String id = UUID.randomUUID().toString();
        try (file) {
            store.start(id, dataset, file.name(), formatName(format), owner);
            long[] records = {0};
            try {
                ImportService.Report report = importUpload(
                        id,
                        dataset,
                        file,
                        format,
                        (r, read, total) -> {
                            if (stopping) {
                                throw new Stopped();
                            }
                            records[0] = r;
                        },
                        () -> records[0]);
                events.publishEvent(new DatasetsChanged(dataset));
                return report;
            } catch (RuntimeException e) {
                recordFailure(id, records[0], failure(file.name(), dataset, e));
                throw e;
            }
        }
    }

    /** One upload: a single file of a line format, or a ZIP of saved CBS responses. */
    private ImportService.Report importUpload(
            String id,
            String dataset,
            UploadedFile file,
            Optional<ImportFormat> format,
            ImportProgress progress,
            java.util.function.LongSupplier records) {
        ImportService.OnSuccess success = (skipped, notes) -> store.succeeded(id, records.getAsLong(), skipped, notes);
        if (isCbsFolder(file.path(), format)) {
            return importCbs(dataset, file, progress, success);
        }
        if (format.equals(Optional.of(ImportFormat.CBS_ODATA))) {
            throw new ImportException(
                            file.name(),
                            0,
                            "",
                            "CBS OData is uploaded as a ZIP file of the saved responses of one table (files named like"
                                    + " 84419NED_TableInfos.json)")
                    .code("cbs-zip-needed");
        }
        return imports.importFile(file.path(), dataset, format, progress, success);
    }

    private static boolean isCbsFolder(Path path, Optional<ImportFormat> format) {
        if (!SourceStreams.isZip(path)) {
            return false;
        }
        if (format.equals(Optional.of(ImportFormat.CBS_ODATA))) {
            return true;
        }
        if (format.isPresent()) {
            return false;
        }
        List<String> files = SourceStreams.zipFiles(path);
        return files.size() > 1
                && files.stream()
                        .allMatch(f -> f.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                                || f.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                                || f.toLowerCase(java.util.Locale.ROOT).endsWith(".txt"));
    }

    private ImportService.Report importCbs(
            String dataset, UploadedFile file, ImportProgress progress, ImportService.OnSuccess success) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("werkkracht-cbs-");
            SourceStreams.extractZip(file.path(), folder, MAX_UNPACKED);
            String table = CbsTableImport.tableOf(folder, file.name());
            return CbsTableImport.run(
                    imports, codeLists, table, new DirectoryODataSource(folder), dataset, progress, success);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            UploadedFile.deleteQuietly(folder);
        }
    }

    private static String formatName(Optional<ImportFormat> format) {
        return format.map(ImportFormat::cliName).orElse("auto");
    }

    /** The job with {@code id} if {@code owner} started it: live from memory, else as recorded. */
    Optional<ImportJob> find(String id, String owner) {
        return find(id).filter(j -> j.owner().equals(owner));
    }

    /** The job with {@code id}, whoever started it: live from memory, else as recorded. */
    Optional<ImportJob> find(String id) {
        Optional<ImportJob> live =
                Optional.ofNullable(jobs.get(id)).map(e -> e.job().get());
        if (live.isPresent()) {
            return live;
        }
        interruptStale();
        return store.find(id).map(ImportJob::of);
    }

    /** The latest {@code limit} imports of everybody, newest first, as recorded (running ones with live progress). */
    List<ImportJob> recent(int limit) {
        interruptStale();
        var out = new ArrayList<ImportJob>();
        for (ImportJobRecord r : store.recent(limit)) {
            Entry live = jobs.get(r.id());
            out.add(live != null ? live.job().get() : ImportJob.of(r));
        }
        return out;
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

    private void interruptStale() {
        try {
            int marked = store.interruptStale(SILENCE);
            if (marked > 0) {
                LOG.warn("{} import(s) left running by a stopped server marked as interrupted", marked);
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot check for interrupted imports: {}", e.getMessage());
        }
    }

    private void beat() {
        var running = new ArrayList<ImportJobStore.Progress>();
        jobs.values().forEach(e -> {
            ImportJob j = e.job().get();
            if (!j.state().done()) {
                running.add(new ImportJobStore.Progress(j.id(), j.records()));
            }
        });
        try {
            store.heartbeat(running);
        } catch (RuntimeException e) {
            LOG.warn("cannot renew the heartbeat of running imports: {}", e.getMessage());
        }
    }

    private void clearOld() {
        Instant limit = clock.instant().minus(KEEP);
        jobs.values()
                .removeIf(e ->
                        e.job().get().finished().map(f -> f.isBefore(limit)).orElse(false));
    }

    /**
     * A graceful stop: running imports stop at their next progress report, roll back and record that they were
     * interrupted; waiting ones are recorded the same way.
     */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        heartbeat.shutdownNow();
        executor.shutdown();
        if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("imports still running after {}; they will show as interrupted", STOP_WAIT);
        }
        executor.shutdownNow();
    }
}
