package nl.werkkracht.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Starts the platform. Until the web application lands this prepares the database (migrations, the
 * default datasets on first start), lists the datasets and says that the web pages are not yet
 * available.
 */
@Command(
        name = "serve",
        description = "Start the platform (the web pages on http://localhost:8080 are not yet available).")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Override
    public Integer call() {
        try (Platform p = main.platform()) {
            main.out().println("Werkkracht database ready with datasets:");
            p.store().datasets().forEach(d -> main.out()
                    .printf(
                            "  %-12s %,9d observations  %s%n",
                            d.name(), d.observations(), d.info().title()));
            main.out()
                    .println("The web platform is not yet available; use the command-line analyses"
                            + " (./werkkracht --help).");
            return 0;
        }
    }
}
