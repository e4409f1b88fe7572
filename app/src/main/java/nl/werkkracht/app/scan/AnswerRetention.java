package nl.werkkracht.app.scan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import nl.werkkracht.app.instances.OnceAcrossInstances;
import nl.werkkracht.store.scan.ScanPublications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes the raw answers of scans that closed longer than the retention period ago ({@code
 * werkkracht.scan.retention-days}, default 365): each respondent's answers and the ideas. The published
 * results stay (ADR 0011) — they are made first if nobody asked for them yet — so the results page,
 * exports, report, follow-up and benchmarks show the same figures afterwards. Runs a minute after start
 * and then every six hours ({@code werkkracht.scan.retention-check}).
 */
public final class AnswerRetention {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerRetention.class);

    private final ScanService scans;
    private final ScanPublications publications;
    private final Duration retention;
    private final Clock clock;
    private final OnceAcrossInstances once;

    public AnswerRetention(ScanService scans, ScanPublications publications, Duration retention, Clock clock) {
        this(scans, publications, retention, clock, OnceAcrossInstances.thisInstanceOnly());
    }

    /** @param once lets the scheduled run happen on one instance only when several share the database */
    public AnswerRetention(
            ScanService scans,
            ScanPublications publications,
            Duration retention,
            Clock clock,
            OnceAcrossInstances once) {
        this.once = Objects.requireNonNull(once, "once");
        this.scans = Objects.requireNonNull(scans, "scans");
        this.publications = Objects.requireNonNull(publications, "publications");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("the retention period cannot be negative: " + retention);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How long raw answers are kept after a scan closed. */
    public Duration retention() {
        return retention;
    }

    /**
     * The scheduled run, on one instance only when several share the database (issue 14); a failure is
     * logged and retried at the next run.
     */
    @Scheduled(
            initialDelayString = "${werkkracht.scan.retention-first-check:PT1M}",
            fixedDelayString = "${werkkracht.scan.retention-check:PT6H}")
    void scheduled() {
        try {
            once.run("scan-answer-retention", Duration.ofHours(1), Duration.ofMinutes(30), () -> {
                int deleted = deleteExpiredAnswers();
                if (deleted > 0) {
                    LOG.info(
                            "Deleted the raw answers of {} scan(s) closed more than {} days ago",
                            deleted,
                            retention.toDays());
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not delete expired scan answers; will try again at the next run", e);
        }
    }

    /**
     * Deletes the raw answers of every scan closed at least the retention period ago, after making sure
     * its results are published.
     *
     * @return the number of scans whose answers were deleted
     */
    public int deleteExpiredAnswers() {
        Instant closedBy = clock.instant().minus(retention);
        int deleted = 0;
        for (long scanId : publications.answersKeptOfScansClosedBy(closedBy)) {
            if (scans.publishedResults(scanId).isPresent() && publications.deleteAnswers(scanId)) {
                deleted++;
            }
        }
        return deleted;
    }
}
