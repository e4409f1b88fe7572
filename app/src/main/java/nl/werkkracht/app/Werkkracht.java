package nl.werkkracht.app;

import java.io.PrintStream;
import nl.werkkracht.app.cli.Main;

/** Entry point of the {@code werkkracht} launcher. */
public final class Werkkracht {

    private Werkkracht() {}

    /**
     * Standard output carries only the command's result ({@code TOKEN=$(./werkkracht users token x)}):
     * whatever a library prints there by itself (spring-jcl's "Standard Commons Logging discovery…", a
     * banner) goes to standard error, where the logs are.
     */
    public static void main(String[] args) {
        PrintStream result = System.out;
        System.setOut(System.err);
        var main = new Main(System.getenv(), result, System.err, System.console() != null);
        int code = main.execute(args);
        result.flush();
        if (code != 0 || !main.serving()) {
            System.exit(code);
        }
    }
}
