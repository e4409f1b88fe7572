package nl.werkkracht.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Prints a result as a table, CSV or JSON (field names as the CLI contract in the README says). */
final class Printer {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).findAndRegisterModules();

    private Printer() {}

    static void print(PrintStream out, OutputFormat format, Object view, Table table) {
        switch (format) {
            case json -> out.println(json(view));
            case csv -> out.print(table.csv());
            case table -> out.print(table.render());
        }
    }

    static String json(Object view) {
        try {
            return JSON.writeValueAsString(view);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
