package nl.werkkracht.app.cli;

import java.util.concurrent.Callable;
import nl.werkkracht.app.WerkkrachtApplication;
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
        WerkkrachtApplication.start(springArgs);
        main.keepRunning();
        return 0;
    }
}
