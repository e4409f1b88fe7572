package nl.werkkracht.app;

import nl.werkkracht.app.cli.Main;

/** Entry point of the {@code werkkracht} launcher. */
public final class Werkkracht {

    private Werkkracht() {}

    public static void main(String[] args) {
        int code = new Main(System.getenv(), System.out, System.err, System.console() != null).execute(args);
        System.exit(code);
    }
}
