package nl.werkkracht.statdata.panel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.werkkracht.core.synth.Panel;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.text.CsvLine;

/**
 * Reads a panel from a long CSV file (one row per unit and period, a header naming the columns), the input of
 * {@code werkkracht synth --panel}. Comma-separated, UTF-8 (a byte-order mark is skipped), numbers with a dot
 * as decimal separator; an empty field or {@code NA} is a missing value. Units are taken as written, except that
 * a number with an integral value loses its decimals ({@code 17.0} is unit {@code 17}), since many tools write
 * unit numbers and years as floating-point numbers. Periods must be whole numbers (years).
 *
 * <p>Errors name the file, the line and the column: a missing column, a period that is not a whole number, a
 * value that is not a number, a unit with two rows for one period.
 */
public final class PanelCsv {

    private PanelCsv() {}

    /**
     * @param unitColumn the column that names the unit (a region code or name)
     * @param timeColumn the column with the period (a year)
     * @param valueColumns the numeric columns to read
     * @return per value column, its panel, in the order asked for
     */
    public static Map<String, Panel> read(
            Path file, String unitColumn, String timeColumn, Collection<String> valueColumns) {
        String name = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, name, unitColumn, timeColumn, valueColumns);
        } catch (IOException e) {
            throw new ImportException(name, 0, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    static Map<String, Panel> read(
            Reader reader, String name, String unitColumn, String timeColumn, Collection<String> valueColumns)
            throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String headerLine = lines.readLine();
        if (headerLine == null) {
            throw new ImportException(name, 0, null, "is empty: a header line is needed");
        }
        if (headerLine.startsWith("\uFEFF")) {
            headerLine = headerLine.substring(1);
        }
        List<String> header = split(name, 1, headerLine);
        int unit = column(name, header, unitColumn);
        int time = column(name, header, timeColumn);
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(valueColumns));
        int[] values = new int[wanted.size()];
        Map<String, Map<String, TreeMap<Integer, Double>>> series = new LinkedHashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            values[i] = column(name, header, wanted.get(i));
            series.put(wanted.get(i), new LinkedHashMap<>());
        }
        java.util.Set<String> rows = new java.util.HashSet<>();
        String line;
        long number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = split(name, number, line);
            if (fields.size() != header.size()) {
                throw new ImportException(
                        name, number, null, "has " + fields.size() + " fields, the header has " + header.size());
            }
            String u = unit(fields.get(unit).trim());
            if (u.isEmpty()) {
                throw new ImportException(name, number, unitColumn, "the unit in column " + unitColumn + " is empty");
            }
            int t = period(name, number, timeColumn, fields.get(time).trim());
            if (!rows.add(u + "\u0000" + t)) {
                throw new ImportException(name, number, timeColumn, "unit " + u + " has a second row for " + t);
            }
            for (int i = 0; i < wanted.size(); i++) {
                String raw = fields.get(values[i]).trim();
                TreeMap<Integer, Double> s = series.get(wanted.get(i)).computeIfAbsent(u, k -> new TreeMap<>());
                if (!raw.isEmpty() && !raw.equalsIgnoreCase("NA")) {
                    s.put(t, number(name, number, wanted.get(i), raw));
                }
            }
        }
        Map<String, Panel> panels = new LinkedHashMap<>();
        for (String column : wanted) {
            panels.put(column, Panel.of(column, series.get(column)));
        }
        return panels;
    }

    private static List<String> split(String name, long number, String line) {
        try {
            return CsvLine.split(line, ',');
        } catch (IllegalArgumentException e) {
            throw new ImportException(name, number, null, e.getMessage());
        }
    }

    private static int column(String name, List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().equals(column)) {
                return i;
            }
        }
        throw new ImportException(
                name, 1, column, "has no column " + column + " (columns: " + String.join(", ", header) + ")");
    }

    private static String unit(String raw) {
        try {
            double d = Double.parseDouble(raw);
            if (d == Math.rint(d) && Math.abs(d) < 1e15 && raw.matches("[+-]?\\d+(\\.0*)?")) {
                return Long.toString((long) d);
            }
        } catch (NumberFormatException e) {
            // a name, kept as written
        }
        return raw;
    }

    private static int period(String name, long number, String column, String raw) {
        try {
            double d = Double.parseDouble(raw);
            if (d == Math.rint(d) && Math.abs(d) < 100_000) {
                return (int) d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ImportException(
                name, number, column, "period '" + raw + "' in column " + column + " is not a whole number (a year)");
    }

    private static double number(String name, long number, String column, String raw) {
        try {
            double d = Double.parseDouble(raw);
            if (Double.isFinite(d) && !raw.toLowerCase(Locale.ROOT).contains("x")) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ImportException(name, number, column, "value '" + raw + "' in column " + column + " is not a number");
    }
}
