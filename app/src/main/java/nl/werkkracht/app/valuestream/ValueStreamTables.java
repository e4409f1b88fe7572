package nl.werkkracht.app.valuestream;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkkracht.app.export.ExportTable;
import org.springframework.context.MessageSource;

/**
 * The tables of the value-stream pages as {@link ExportTable}s (CSV, XLSX), headed in the request's
 * language. Numbers are unrounded; shares are percentages (0–100); a missing figure is an empty cell.
 */
final class ValueStreamTables {

    private final MessageSource messages;
    private final Locale locale;

    ValueStreamTables(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The list page's table: one row per value stream with its key figures. */
    ExportTable list(String organisationName, List<ValueStreamView> streams) {
        List<List<Object>> rows = new ArrayList<>();
        for (ValueStreamView v : streams) {
            rows.add(row(
                    v.name(),
                    v.volumePerYear(),
                    v.leadTimeMinutes(),
                    v.processMinutes(),
                    percent(v.processCycleEfficiency()),
                    v.handovers(),
                    percent(v.registrationShare()),
                    v.wasteMinutesPerPass(),
                    v.improvementHoursPerYear(),
                    v.improvementEuroPerYear()));
        }
        return new ExportTable(
                "value-streams",
                text("valuestream.list.caption", organisationName),
                columns(
                        "name",
                        "volume",
                        "leadTime",
                        "processTime",
                        "pce",
                        "handovers",
                        "registrationShare",
                        "wasteMinutes",
                        "improvementHours",
                        "improvementEuro"),
                rows,
                notes());
    }

    /** The steps of one value stream as entered. */
    ExportTable steps(ValueStreamView v) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (ValueStreamView.StepView s : v.steps()) {
            rows.add(row(
                    n++,
                    s.name(),
                    s.role(),
                    s.processMinutes(),
                    s.waitingMinutes(),
                    text("valuestream.class." + s.classification()),
                    s.wasteType() == null ? null : text("valuestream.waste." + s.wasteType()),
                    text(s.registration() ? "valuestream.yes" : "valuestream.no")));
        }
        return new ExportTable(
                "value-stream-" + v.id() + "-steps",
                text("valuestream.steps.caption", v.name()),
                columns(
                        "step",
                        "stepName",
                        "role",
                        "processMinutes",
                        "waitingMinutes",
                        "classification",
                        "wasteType",
                        "registration"),
                rows,
                notes());
    }

    /** The waste minutes per waste type of one value stream, every type. */
    ExportTable waste(ValueStreamView v) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, Double> e : v.wasteByType().entrySet()) {
            rows.add(row(
                    text("valuestream.waste." + e.getKey()), e.getValue(), v.volumePerYear() * e.getValue() / 60.0));
        }
        return new ExportTable(
                "value-stream-" + v.id() + "-waste",
                text("valuestream.waste.caption", v.name()),
                columns("wasteType", "wasteMinutes", "improvementHours"),
                rows,
                notes());
    }

    private List<String> columns(String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            out.add(text("valuestream.col." + key));
        }
        return out;
    }

    private List<String> notes() {
        return List.of(text("valuestream.note.definition"), text("valuestream.note.source"));
    }

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell);
        }
        return row;
    }

    private static Double percent(Double fraction) {
        return fraction == null ? null : fraction * 100;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
