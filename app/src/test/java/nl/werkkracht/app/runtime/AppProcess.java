package nl.werkkracht.app.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built application ({@code app/target/werkkracht.jar}) as a separate JVM, as an operator runs it:
 * {@code serve} in the background, killed with {@code kill -9} or stopped, or a CLI command whose standard
 * output and error are read apart.
 */
final class AppProcess implements AutoCloseable {

    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xmx768m");

    private final Process process;
    private final Path log;
    final int port;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** A log file for a server's output that outlives the test: {@code target/runtime-logs/NAME}. */
    static Path log(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "runtime-logs"));
            return dir.resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar that {@code package} built (the failsafe configuration names it). */
    static Path jar() {
        Path jar = Path.of(System.getProperty("werkkracht.jar", "target/werkkracht.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the application jar " + jar + " is missing: run ./mvnw package first");
        }
        return jar;
    }

    /** Starts {@code serve} on 127.0.0.1 and a free port; output goes to {@code log}. */
    static AppProcess serve(Map<String, String> env, Path log, String... springArgs) {
        int port = freePort();
        List<String> command = command("serve", "--server.port=" + port, "--server.address=127.0.0.1");
        command.addAll(List.of(springArgs));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        try {
            return new AppProcess(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of a CLI command. */
    record Run(int exitCode, String out, String err) {}

    /** Runs a CLI command to its end (at most {@code timeout}). */
    static Run cli(Map<String, String> env, String stdin, Duration timeout, String... args) {
        try {
            Path out = Files.createTempFile("werkkracht-cli", ".out");
            Path err = Files.createTempFile("werkkracht-cli", ".err");
            try {
                var builder = new ProcessBuilder(command(args))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
                builder.environment().putAll(env);
                Process p = builder.start();
                try (var in = p.getOutputStream()) {
                    if (stdin != null) {
                        in.write(stdin.getBytes(StandardCharsets.UTF_8));
                    }
                }
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly().waitFor();
                    throw new AssertionError("werkkracht " + String.join(" ", args) + " ran longer than " + timeout);
                }
                return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        return command;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until {@code /actuator/health} answers UP; fails when the process ends or time runs out. */
    AppProcess awaitUp(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        long end = start + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new AssertionError("serve stopped with exit code " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    System.out.printf("serve up on port %d after %.1f s%n", port, (System.nanoTime() - start) / 1e9);
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new AssertionError("serve did not come up within " + timeout + ":\n" + tail());
    }

    /** {@code kill -9}: the JVM gets no chance to close or flush anything. */
    void kill9() {
        process.destroyForcibly();
        waitForEnd();
    }

    /** A graceful stop (SIGTERM), as Ctrl+C or a service manager. */
    void stop() {
        process.destroy();
        waitForEnd();
    }

    /** Sends SIGTERM without waiting for the end (a graceful stop, as a service manager starts it). */
    void signalStop() {
        process.destroy();
    }

    boolean alive() {
        return process.isAlive();
    }

    private void waitForEnd() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines of the server's output, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }
}
