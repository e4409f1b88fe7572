package nl.werkkracht.app.cli;

import java.util.concurrent.Callable;
import nl.werkkracht.app.WerkkrachtApplication;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.db.DatabaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/**
 * Starts the web platform on http://localhost:8080 ({@code WERKKRACHT_PORT} to change) with the
 * database of the environment; the default datasets are loaded on first start. Runs until stopped.
 */
@Command(name = "serve", description = "Start the web platform on http://localhost:8080.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    /** Spring Boot options such as --server.port=9090 are passed on. */
    @Unmatched
    private String[] springArgs = new String[0];

    @Override
    public Integer call() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(main.env());
        boolean embedded =
                main.env().getOrDefault(DatabaseConfig.URL_VARIABLE, "").isBlank();
        if (embedded && !config.url().startsWith("jdbc:h2:file:")) {
            // Another serve offers this embedded database on its loopback port (ADR 0028): the operator's
            // commands may use it there, a second server may not (it would stop working with the first).
            main.err()
                    .println("werkkracht: " + Database.inUseMessage("in " + DatabaseConfig.dataDirectory(main.env())));
            return 1;
        }
        if (config.isH2()) {
            // A second serve on the same embedded file would fail deep inside Spring with a long stack trace;
            // opening it here first ends with one line instead ("in use by another process").
            try {
                Database.open(config).close();
            } catch (DatabaseException e) {
                main.err().println("werkkracht: " + e.getMessage());
                return 1;
            }
        }
        WerkkrachtApplication.start(springArgs);
        main.keepRunning();
        return 0;
    }
}
