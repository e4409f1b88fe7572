package nl.werkkracht.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import nl.werkkracht.app.platform.Platform;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.observation.ObservationRejectedException;
import nl.werkkracht.statdata.importer.ImportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code werkkracht} command. Exit codes: 0 success, 1 the request could not be answered (a bad
 * file, missing data), 2 wrong usage; errors are one line on standard error.
 */
@Command(
        name = "werkkracht",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Werkkracht: Dutch labour productivity, regional monitor and organisation scan.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            DatasetsCommand.class,
            StatisticsCommands.Productivity.class,
            StatisticsCommands.Growth.class,
            StatisticsCommands.ShiftShare.class,
            StatisticsCommands.Gap.class,
            StatisticsCommands.Structure.class,
            StatisticsCommands.Typology.class,
            SynthCommand.class,
            UsersCommand.class,
            BackupCommands.Backup.class,
            BackupCommands.Restore.class
        })
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;
    private volatile boolean serving;

    public Main(Map<String, String> env, PrintStream out, PrintStream err, boolean interactive) {
        this(env, System.in, out, err, interactive);
    }

    /** @param in standard input, for commands that read a secret from it ({@code users add --password-stdin}) */
    public Main(Map<String, String> env, InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        this.env = env;
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    /** Runs the command line and returns the exit code. */
    public int execute(String... args) {
        var cli = new CommandLine(this);
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("werkkracht: " + message(e));
            return 1;
        });
        return cli.execute(args);
    }

    private static String message(Exception e) {
        if (e instanceof ImportException
                || e instanceof StatisticsException
                || e instanceof ObservationRejectedException) {
            return e.getMessage();
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return e.getMessage();
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }

    Platform platform() {
        return Platform.open(env, err);
    }

    /** Marks that a command left a server running: the process must not exit. */
    void keepRunning() {
        serving = true;
    }

    /** Whether a server is running after the command returned. */
    public boolean serving() {
        return serving;
    }

    Map<String, String> env() {
        return env;
    }

    InputStream in() {
        return in;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    boolean interactive() {
        return interactive;
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"werkkracht " + (v == null ? "development" : v)};
        }
    }
}
