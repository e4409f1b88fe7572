package nl.werkkracht.app.runtime;

import java.io.IOException;
import java.nio.file.Path;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;

/**
 * A process that holds an embedded database open as a running {@code serve} does, until its standard input
 * ends: cheaper for a test than starting the platform. Prints {@code open} once it holds the file.
 */
public final class HoldEmbeddedDatabase {

    private HoldEmbeddedDatabase() {}

    public static void main(String[] args) throws IOException {
        try (Database db = Database.open(DatabaseConfig.embedded(Path.of(args[0])))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the end of standard input
            }
        }
    }

    /** Starts the holder on the test's class path; it holds {@code dataDir} once {@code open} was read. */
    static Process start(Path dataDir) throws IOException {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldEmbeddedDatabase.class.getName(),
                        dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        var line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
        if (!"open".equals(line)) {
            p.destroyForcibly();
            throw new IllegalStateException("the database holder did not open " + dataDir + ": " + line);
        }
        return p;
    }
}
