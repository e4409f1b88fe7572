package nl.werkkracht.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.werkkracht.core.productivity.OutputLabour;

/**
 * A worked example in {@code src/test/resources/worked-examples}, in the spirit of Hipparchus'
 * certified data: the input data and the results computed by hand, with the arithmetic in {@code #}
 * comments.
 *
 * <pre>
 * # comment
 * [name]              a CSV table: a header line, then rows
 * region,sector,output,labour
 * R,A,900,30
 * [expected]          hand-computed results, one "key = value" per line
 * gap = 1.5           # trailing comments are allowed
 * </pre>
 *
 * An empty CSV field is a missing value.
 */
public final class WorkedExample {

    private final String resource;
    private final Map<String, List<Row>> tables;
    private final Map<String, Double> expected;

    private WorkedExample(String resource, Map<String, List<Row>> tables, Map<String, Double> expected) {
        this.resource = resource;
        this.tables = tables;
        this.expected = expected;
    }

    /** Loads {@code worked-examples/<name>} from the test class path. */
    public static WorkedExample load(String name) {
        String resource = "/worked-examples/" + name;
        try (InputStream in = WorkedExample.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(resource, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WorkedExample parse(String resource, List<String> lines) {
        var tables = new LinkedHashMap<String, List<Row>>();
        var expected = new LinkedHashMap<String, Double>();
        String section = null;
        String[] header = null;
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                header = null;
                tables.putIfAbsent(section, new ArrayList<>());
            } else if ("expected".equals(section)) {
                String[] kv = line.split("=", 2);
                expected.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
            } else if (header == null) {
                header = line.split(",", -1);
            } else {
                String[] cells = line.split(",", -1);
                var row = new LinkedHashMap<String, String>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].trim(), i < cells.length ? cells[i].trim() : "");
                }
                tables.get(section).add(new Row(row));
            }
        }
        return new WorkedExample(resource, tables, expected);
    }

    /** The rows of table {@code name}. */
    public List<Row> table(String name) {
        List<Row> rows = tables.get(name);
        if (rows == null) {
            throw new IllegalArgumentException(resource + " has no table [" + name + "]");
        }
        return rows;
    }

    /** A hand-computed result. */
    public double expected(String key) {
        Double value = expected.get(key);
        if (value == null) {
            throw new IllegalArgumentException(resource + " has no expected value " + key);
        }
        return value;
    }

    /**
     * Output and labour by sector for the rows of {@code table} whose column {@code column} equals
     * {@code value} (columns {@code sector}, {@code output}, {@code labour}), in file order.
     */
    public Map<String, OutputLabour> sectors(String table, String column, String value) {
        var out = new LinkedHashMap<String, OutputLabour>();
        for (Row row : table(table)) {
            if (row.text(column).equals(value)) {
                out.put(row.text("sector"), new OutputLabour(row.number("output"), row.number("labour")));
            }
        }
        return out;
    }

    /** One row of a table. */
    public record Row(Map<String, String> fields) {

        public String text(String column) {
            String value = fields.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column " + column + " in " + fields);
            }
            return value;
        }

        public double number(String column) {
            return Double.parseDouble(text(column));
        }

        public int integer(String column) {
            return Integer.parseInt(text(column));
        }

        /** A number, or empty for an empty field (a missing value). */
        public OptionalDouble optionalNumber(String column) {
            String value = text(column);
            return value.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(value));
        }

        public Optional<String> optionalText(String column) {
            String value = text(column);
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
    }
}
