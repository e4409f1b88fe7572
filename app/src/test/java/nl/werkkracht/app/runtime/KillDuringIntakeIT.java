package nl.werkkracht.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: a {@code 201} means the answer is on disk. Starts the built application as its own JVM, has
 * employees answer a scan from several threads, kills the server with {@code kill -9} in the middle, starts it
 * again and counts: every response acknowledged with 201 must be stored and its invitation used. On the
 * embedded H2 database its default write delay lost the last half second of commits (470 of 1,589 in the
 * issue; with the old settings this test lost 4 of 393 acknowledged answers in its one run, with
 * {@code WRITE_DELAY=0} none).
 *
 * <p>CI runs one kill on H2 (PostgreSQL never lost an answer, and CI time is short);
 * {@code scripts/kill-during-intake.sh} runs more on both ({@code -Dintake.kill.runs=5}, {@code
 * -Dintake.kill.database=h2|postgresql|both}) and prints the figures.
 */
class KillDuringIntakeIT {

    private static final int RUNS = Integer.getInteger("intake.kill.runs", 1);
    private static final String DATABASES = System.getProperty("intake.kill.database", "h2");
    private static final int THREADS = 8;
    private static final Duration START = Duration.ofSeconds(Integer.getInteger("intake.start.seconds", 240));

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    @TempDir
    Path dir;

    @Test
    void shouldKeepEveryAcknowledgedAnswerOnTheEmbeddedDatabase() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(DATABASES.equals("postgresql"), "-Dintake.kill.database");
        {
            Path data = dir.resolve("data");
            Map<String, String> env = new HashMap<>(Map.of(DatabaseConfig.DATA_DIR_VARIABLE, data.toString()));
            DatabaseConfig config = DatabaseConfig.embedded(data);
            String options = System.getProperty("intake.kill.h2.options");
            if (options != null) {
                // other H2 settings, e.g. the old ones without WRITE_DELAY=0, to see what they lose
                config = new DatabaseConfig(
                        "jdbc:h2:file:" + data.toAbsolutePath().resolve("werkkracht") + ";" + options, "sa", "");
                env.put(DatabaseConfig.URL_VARIABLE, config.url());
                env.put(DatabaseConfig.USER_VARIABLE, "sa");
            }
            killDuringIntake("h2", config, env);
        }
    }

    @Test
    void shouldKeepEveryAcknowledgedAnswerOnPostgreSql() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(
                DATABASES.equals("h2"), "only with -Dintake.kill.database=postgresql or both");
        {
            Map<String, String> env = new HashMap<>(POSTGRES.environment());
            env.put(DatabaseConfig.DATA_DIR_VARIABLE, dir.resolve("unused").toString());
            killDuringIntake("postgresql", POSTGRES.config(), env);
        }
    }

    private void killDuringIntake(String database, DatabaseConfig config, Map<String, String> env) throws Exception {
        Map<String, String> environment = new HashMap<>(env);
        environment.put("WERKKRACHT_ADMIN_PASSWORD", "kill test administrator 2026");
        String bearer = Intake.employerToken(config);
        List<String> figures = new ArrayList<>();
        int totalLost = 0;
        AppProcess server = start(environment, 0);
        try {
            for (int run = 1; run <= RUNS; run++) {
                Intake intake = Intake.against(server.base(), bearer);
                Intake.Scan scan = intake.scan(2000);
                int killAt = ThreadLocalRandom.current().nextInt(100, 400);
                var killed = new AtomicBoolean();
                AppProcess running = server;
                Map<String, Integer> statuses = intake.answer(scan, THREADS, acknowledged -> {
                    if (acknowledged >= killAt && killed.compareAndSet(false, true)) {
                        running.kill9();
                    }
                    return killed.get();
                });
                assertThat(killed).as("the server was killed mid-load").isTrue();
                server = start(environment, run);
                intake = Intake.against(server.base(), bearer);
                List<String> acknowledged = statuses.entrySet().stream()
                        .filter(e -> e.getValue() == 201)
                        .map(Map.Entry::getKey)
                        .toList();
                long inFlight = statuses.values().stream()
                        .filter(s -> s == Intake.NO_ANSWER)
                        .count();
                long other = statuses.values().stream()
                        .filter(s -> s != 201 && s != Intake.NO_ANSWER)
                        .count();
                int lost = 0;
                for (String token : acknowledged) {
                    if (intake.questionnaireStatus(token) != 409) {
                        lost++;
                    }
                }
                int stored = intake.responses(scan.id());
                totalLost += lost;
                String line = String.format(
                        "kill-during-intake %s run %d: acknowledged=%d stored=%d lost=%d in-flight=%d other=%d",
                        database, run, acknowledged.size(), stored, lost, inFlight, other);
                System.out.println(line);
                figures.add(line);
                assertThat(other)
                        .as(line + "; last odd answer " + intake.lastOdd)
                        .isZero();
                assertThat(stored).as(line).isGreaterThanOrEqualTo(acknowledged.size());
            }
            server = gracefulStopFinishesAnAnswerInFlight(server, bearer, environment);
        } finally {
            server.stop();
        }
        Files.write(dir.resolve("figures.txt"), figures);
        assertThat(totalLost).as(String.join("\n", figures)).isZero();
    }

    /**
     * Issue 14: a graceful stop (SIGTERM) finishes the requests in flight. An employee's answer is half sent
     * when the stop comes; the rest follows a second later, the answer is acknowledged with 201 and, after a
     * new start, its invitation is used. Returns the newly started server.
     */
    private AppProcess gracefulStopFinishesAnAnswerInFlight(
            AppProcess server, String bearer, Map<String, String> environment) throws Exception {
        Intake intake = Intake.against(server.base(), bearer);
        Intake.Scan scan = intake.scan(1);
        String token = scan.tokens().get(0);
        byte[] body = scan.answerBody().getBytes(StandardCharsets.UTF_8);
        URI base = URI.create(server.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/public/scans/" + token + "/responses HTTP/1.1\r\n"
                            + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                            + "Content-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\n"
                            + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            int half = body.length / 2;
            out.write(body, 0, half);
            out.flush();
            AppProcess.sleep(500);
            server.signalStop();
            AppProcess.sleep(1_000);
            assertThat(server.alive())
                    .as("the server waits for the answer in flight")
                    .isTrue();
            out.write(body, half, body.length - half);
            out.flush();
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(statusLine).as("the answer sent across the stop").startsWith("HTTP/1.1 201");
        }
        server.stop();
        AppProcess restarted = start(environment, RUNS + 1);
        assertThat(Intake.against(restarted.base(), bearer).questionnaireStatus(token))
                .as("the invitation of the answer acknowledged during the stop is used")
                .isEqualTo(409);
        return restarted;
    }

    private AppProcess start(Map<String, String> env, int run) {
        return AppProcess.serve(
                        env,
                        AppProcess.log("kill-during-intake-" + System.identityHashCode(env) + "-" + run + ".log"),
                        "--werkkracht.scan.public-requests-per-minute=1000000")
                .awaitUp(START);
    }
}
