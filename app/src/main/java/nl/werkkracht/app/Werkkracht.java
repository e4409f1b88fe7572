package nl.werkkracht.app;

import nl.werkkracht.app.cli.Main;

/** Entry point of the {@code werkkracht} launcher. */
public final class Werkkracht {

    private Werkkracht() {}

    public static void main(String[] args) {
        var main = new Main(System.getenv(), System.out, System.err, System.console() != null);
        int code = main.execute(args);
        if (code != 0 || !main.serving()) {
            System.exit(code);
        }
    }
}
