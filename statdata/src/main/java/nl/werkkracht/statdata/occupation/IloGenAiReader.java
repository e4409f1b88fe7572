package nl.werkkracht.statdata.occupation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import nl.werkkracht.core.occupation.ExposureGradient;
import nl.werkkracht.core.occupation.Occupation;
import nl.werkkracht.core.occupation.OccupationTask;
import nl.werkkracht.statdata.importer.ImportException;

/**
 * Reads the ILO's task-level generative-AI exposure scores ({@code Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx},
 * github.com/pgmyrek/2025_GenAI_scores_ISCO08; Gmyrek et al. 2025, ILO Working Paper 140) into {@link
 * Occupation}s.
 *
 * <p>One row per task. Columns are found by their header name: {@code ISCO_08}, {@code Title}, {@code
 * taskID}, {@code Task_ISCO}, {@code score_2025}, and the occupation-level {@code mean_score_2023}, {@code
 * mean_score_2025}, {@code SD_2025}, {@code potential25}, which the source repeats on every task row of an
 * occupation: a row that disagrees with the first row of its occupation is refused, as is a score outside
 * [0, 1], an unknown gradient or a task number used twice. The GPT-4o/Gemini predictions and their
 * justifications are not read: {@code score_2025} is the ILO's final score.
 */
public final class IloGenAiReader {

    static final List<String> COLUMNS = List.of(
            "ISCO_08",
            "Title",
            "taskID",
            "Task_ISCO",
            "score_2025",
            "mean_score_2023",
            "mean_score_2025",
            "SD_2025",
            "potential25");

    private IloGenAiReader() {}

    /**
     * @param file the file name for messages
     * @return the occupations in the order of their first row
     * @throws ImportException naming the row and column of the first problem
     */
    public static List<Occupation> read(String file, InputStream workbook) {
        List<XlsxSheet.Row> rows;
        try {
            rows = XlsxSheet.read(workbook);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new ImportException(file, 0, "", "not a readable .xlsx workbook: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new ImportException(file, 0, "", "the sheet is empty");
        }
        Map<String, String> columns = columns(file, rows.get(0));
        var builders = new LinkedHashMap<String, Builder>();
        for (XlsxSheet.Row row : rows.subList(1, rows.size())) {
            if (row.cells().isEmpty()) {
                continue;
            }
            var cells = new Cells(file, row, columns);
            String isco = cells.text("ISCO_08");
            if (!isco.matches("\\d{4}")) {
                throw new ImportException(
                        file, row.number(), "ISCO_08", "'" + isco + "' is not a 4-digit ISCO-08 code");
            }
            var head = new Head(
                    cells.text("Title"),
                    cells.score("mean_score_2025"),
                    cells.score("SD_2025"),
                    cells.score("mean_score_2023"),
                    cells.gradient());
            Builder builder = builders.computeIfAbsent(isco, k -> new Builder(head));
            if (!builder.head.equals(head)) {
                throw new ImportException(
                        file,
                        row.number(),
                        "",
                        "occupation " + isco + " has other occupation-level values than on its first row");
            }
            int number = cells.integer("taskID");
            if (builder.tasks.containsKey(number)) {
                throw new ImportException(
                        file, row.number(), "taskID", "task " + number + " of " + isco + " appears twice");
            }
            builder.tasks.put(number, new OccupationTask(number, cells.text("Task_ISCO"), cells.score("score_2025")));
        }
        var occupations = new ArrayList<Occupation>(builders.size());
        builders.forEach((isco, b) -> occupations.add(new Occupation(
                isco,
                b.head.title,
                b.head.mean,
                b.head.sd,
                b.head.mean2023,
                b.head.gradient,
                new ArrayList<>(b.tasks.values()))));
        return occupations;
    }

    private static Map<String, String> columns(String file, XlsxSheet.Row header) {
        var byName = new HashMap<String, String>();
        header.cells().forEach((column, name) -> byName.put(name.strip(), column));
        var columns = new HashMap<String, String>();
        for (String name : COLUMNS) {
            String column = byName.get(name);
            if (column == null) {
                throw new ImportException(file, header.number(), name, "the column is missing from the header");
            }
            columns.put(name, column);
        }
        return columns;
    }

    private record Head(String title, double mean, double sd, double mean2023, ExposureGradient gradient) {}

    private static final class Builder {
        final Head head;
        final Map<Integer, OccupationTask> tasks = new LinkedHashMap<>();

        Builder(Head head) {
            this.head = head;
        }
    }

    private record Cells(String file, XlsxSheet.Row row, Map<String, String> columns) {

        String text(String name) {
            String value = row.cell(columns.get(name));
            if (value == null || value.isBlank()) {
                throw new ImportException(file, row.number(), name, "the cell is empty");
            }
            return value.strip();
        }

        double score(String name) {
            String value = text(name);
            double score;
            try {
                score = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new ImportException(file, row.number(), name, "'" + value + "' is not a number");
            }
            if (!(score >= 0 && score <= 1)) {
                throw new ImportException(file, row.number(), name, value + " lies outside [0, 1]");
            }
            return score;
        }

        int integer(String name) {
            String value = text(name);
            try {
                double d = Double.parseDouble(value);
                if (d != Math.rint(d) || d < 1) {
                    throw new NumberFormatException();
                }
                return (int) d;
            } catch (NumberFormatException e) {
                throw new ImportException(file, row.number(), name, "'" + value + "' is not a task number");
            }
        }

        ExposureGradient gradient() {
            String value = text("potential25");
            return ExposureGradient.fromSourceLabel(value)
                    .orElseThrow(() -> new ImportException(
                            file, row.number(), "potential25", "'" + value + "' is not an ILO exposure gradient"));
        }
    }
}
