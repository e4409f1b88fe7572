package nl.werkkracht.app.instances;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.werkkracht.app.monitor.DatasetsChanged;
import nl.werkkracht.store.db.Database;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;

/**
 * Tells this instance when datasets changed elsewhere — on another instance, or by the command line —
 * by publishing {@link DatasetsChanged}, so that the monitor's cache (and every other listener) drops
 * figures made from old data (issue 14, ADR 0027).
 *
 * <p>Two ways, both on: on PostgreSQL each instance sends {@code NOTIFY werkkracht_datasets} after a
 * change of its own and listens on a connection of its own, so the others hear it within a moment; on
 * every database a poll compares the data version (count, identities and last import time of the
 * datasets) every {@code werkkracht.instances.data-poll} (default 5 s), which also catches imports by the
 * command line and notifications lost while a connection was down.
 */
public final class DataChangeWatch implements AutoCloseable {

    static final String CHANNEL = "werkkracht_datasets";

    private static final Logger LOG = LoggerFactory.getLogger(DataChangeWatch.class);
    /** Imports and deletions of datasets on this instance, for {@code /actuator/prometheus}. */
    private static final Counter CHANGES = Metrics.counter("werkkracht.datasets.changes");

    private static final String VERSION = "SELECT COUNT(*), COALESCE(SUM(id), 0), MAX(imported_at) FROM dataset";

    private final Database database;
    private final ApplicationEventPublisher events;
    private final Duration poll;
    private final String instance = UUID.randomUUID().toString();
    private final ThreadLocal<Boolean> passingOn = ThreadLocal.withInitial(() -> false);
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "werkkracht-data-watch");
        t.setDaemon(true);
        return t;
    });
    private volatile String version;
    private volatile boolean closed;
    private boolean postgreSql;

    DataChangeWatch(Database database, ApplicationEventPublisher events, Duration poll) {
        this.database = Objects.requireNonNull(database, "database");
        this.events = Objects.requireNonNull(events, "events");
        this.poll = Objects.requireNonNull(poll, "poll");
    }

    /** Starts polling and, on PostgreSQL when {@code listen}, listening. */
    void start(boolean listen) {
        try (Connection c = database.dataSource().getConnection()) {
            postgreSql = c.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
        version = readVersion();
        timer.scheduleWithFixedDelay(this::poll, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        if (listen && isPostgreSql()) {
            timer.execute(this::listen);
        }
    }

    /** After a change made by this instance: remember the new version and tell the other instances. */
    @EventListener
    public void onDatasetsChanged(DatasetsChanged event) {
        if (passingOn.get()) {
            return;
        }
        CHANGES.increment();
        version = readVersion();
        if (isPostgreSql()) {
            try (Connection c = database.dataSource().getConnection();
                    var notify = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, instance + " " + event.dataset());
                notify.execute();
            } catch (SQLException e) {
                LOG.warn("Could not notify the other instances of changed data; they notice within {}", poll, e);
            }
        }
    }

    void poll() {
        try {
            String now = readVersion();
            if (!now.equals(version)) {
                version = now;
                passOn("");
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not read the data version; trying again in {}", poll, e);
        }
    }

    private void listen() {
        while (!closed) {
            try (Connection c = database.dataSource().getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                LOG.info("Listening for data changes of other instances (PostgreSQL channel {})", CHANNEL);
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        String payload = n.getParameter();
                        if (!payload.startsWith(instance + " ")) {
                            version = readVersion();
                            passOn(payload.substring(payload.indexOf(' ') + 1));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    LOG.warn("Listening for data changes failed; the poll every {} stands in, retrying", poll, e);
                    sleep(poll);
                }
            }
        }
    }

    private void passOn(String dataset) {
        passingOn.set(true);
        try {
            LOG.info(
                    "Datasets changed elsewhere{}; dropping figures made from old data",
                    dataset.isEmpty() ? "" : " (" + dataset + ")");
            events.publishEvent(new DatasetsChanged(dataset));
        } finally {
            passingOn.set(false);
        }
    }

    String readVersion() {
        return database.inTransaction(connection -> {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery(VERSION)) {
                rs.next();
                return rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getString(3);
            }
        });
    }

    private boolean isPostgreSql() {
        return postgreSql;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
    }
}
