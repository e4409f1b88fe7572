package nl.werkkracht.app.instances;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import nl.werkkracht.store.db.ScheduledLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs scheduled work on one instance only (issue 14, ADR 0027): every instance's timer fires, but only
 * the one that takes the job's lock in the database runs it. The lock is held at most {@code atMost}
 * (when an instance dies mid-run another may take the job after that) and at least {@code atLeast}
 * after the start, so that an instance whose timer fires a little later does not run the job again.
 */
public final class OnceAcrossInstances {

    private static final Logger LOG = LoggerFactory.getLogger(OnceAcrossInstances.class);

    private final ScheduledLocks locks;

    public OnceAcrossInstances(ScheduledLocks locks) {
        this.locks = Objects.requireNonNull(locks, "locks");
    }

    private OnceAcrossInstances() {
        this.locks = null;
    }

    /** Runs every job on this instance, without a lock: for a single process such as a test. */
    public static OnceAcrossInstances thisInstanceOnly() {
        return new OnceAcrossInstances();
    }

    /**
     * Runs {@code work} unless another instance has the job {@code job}.
     *
     * @return whether this instance ran it
     */
    public boolean run(String job, Duration atMost, Duration atLeast, Runnable work) {
        if (locks == null) {
            work.run();
            return true;
        }
        Instant started = Instant.now();
        if (!locks.tryLock(job, atMost)) {
            LOG.debug("Job {} runs on another instance", job);
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            locks.unlock(job, started.plus(atLeast));
        }
    }
}
