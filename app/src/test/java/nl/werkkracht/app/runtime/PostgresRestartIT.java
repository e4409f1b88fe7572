package nl.werkkracht.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: under database faults a write answers 201 (and is stored) or 503 with {@code Retry-After} as a
 * problem detail, never 200 with an empty body. Runs the built application in its own JVM against a
 * PostgreSQL of the test's own, restarts that PostgreSQL while employees answer a scan, then terminates
 * every backend, and counts the answers.
 */
class PostgresRestartIT {

    private static final int THREADS = 8;

    @TempDir
    Path dir;

    @Test
    void shouldAnswerOnly201Or503WhilePostgreSqlRestarts() throws Exception {
        var bin = OwnPostgres.binaries();
        assumeTrue(bin.isPresent(), "no PostgreSQL server binaries under /usr/lib/postgresql");
        try (OwnPostgres pg = OwnPostgres.start(bin.get())) {
            DatabaseConfig config = pg.config();
            String bearer = Intake.employerToken(config);
            Map<String, String> env = new HashMap<>();
            env.put(DatabaseConfig.URL_VARIABLE, config.url());
            env.put(DatabaseConfig.USER_VARIABLE, config.user());
            env.put(DatabaseConfig.DATA_DIR_VARIABLE, dir.resolve("unused").toString());
            env.put("WERKKRACHT_ADMIN_PASSWORD", "restart test administrator 2026");
            try (AppProcess server = AppProcess.serve(
                            env,
                            AppProcess.log("postgres-restart-serve.log"),
                            "--werkkracht.scan.public-requests-per-minute=1000000")
                    .awaitUp(Duration.ofSeconds(240))) {
                Intake intake = Intake.against(server.base(), bearer);
                Intake.Scan scan = intake.scan(3000);
                var acknowledged = new AtomicInteger();
                var stop = new AtomicBoolean();
                var result = new AtomicReference<Map<String, Integer>>();
                Thread load = new Thread(() -> {
                    try {
                        result.set(intake.answer(scan, THREADS, acks -> {
                            acknowledged.set(acks);
                            return stop.get();
                        }));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                load.start();
                awaitAcknowledged(acknowledged, 100, load);
                pg.restart();
                awaitAcknowledged(acknowledged, acknowledged.get() + 100, load);
                int terminated = pg.terminateBackends();
                awaitAcknowledged(acknowledged, acknowledged.get() + 100, load);
                stop.set(true);
                load.join();

                Map<String, Integer> statuses = result.get();
                Map<Integer, Long> counts = new TreeMap<>(statuses.values().stream()
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
                List<String> stored201 = statuses.entrySet().stream()
                        .filter(e -> e.getValue() == 201)
                        .map(Map.Entry::getKey)
                        .toList();
                long lost = stored201.stream()
                        .filter(t -> intake.questionnaireStatus(t) != 409)
                        .count();
                String figures = "postgres-restart: statuses " + counts + ", backends terminated " + terminated
                        + ", acknowledged but not stored " + lost;
                System.out.println(figures);
                assertThat(counts.keySet())
                        .as(figures + "; last odd answer " + intake.lastOdd)
                        .isSubsetOf(201, 503);
                assertThat(intake.lastOdd).as(figures).isEmpty();
                assertThat(lost).as(figures).isZero();
                assertThat(intake.responses(scan.id())).as(figures).isGreaterThanOrEqualTo(stored201.size());
            }
        }
    }

    private static void awaitAcknowledged(AtomicInteger acknowledged, int atLeast, Thread load) {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (acknowledged.get() < atLeast && load.isAlive() && System.nanoTime() < end) {
            AppProcess.sleep(20);
        }
    }
}
