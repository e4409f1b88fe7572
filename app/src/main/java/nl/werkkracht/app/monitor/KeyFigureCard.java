package nl.werkkracht.app.monitor;

import java.util.List;
import nl.werkkracht.app.web.Formats;

/**
 * A key figure as the region page shows it, formatted in the request's locale: the value, the year
 * before, and the change with an arrow and a word (never colour alone), as regional labour-market
 * dashboards show them.
 *
 * @param id indicator id
 * @param label name
 * @param unit unit
 * @param value formatted value ("–" when missing)
 * @param previousYear the year before
 * @param previous formatted value of the year before
 * @param arrow ▲, ▼ or ▶ (empty when the change is missing)
 * @param direction the direction in words ("hoger dan", "lager dan", "gelijk aan")
 * @param change formatted change ("+3,2%", "+1,4 punten"), "–" when missing
 * @param css wk-up, wk-down or wk-same
 */
record KeyFigureCard(
        String id,
        String label,
        String unit,
        String value,
        int previousYear,
        String previous,
        String arrow,
        String direction,
        String change,
        String css) {

    static List<KeyFigureCard> of(RegionSummaryView v, Formats fmt, MonitorText text) {
        return v.keyFigures().stream().map(f -> of(f, fmt, text)).toList();
    }

    private static KeyFigureCard of(RegionSummaryView.KeyFigure f, Formats fmt, MonitorText text) {
        String d = f.direction() == null ? "NONE" : f.direction();
        String arrow =
                switch (d) {
                    case "UP" -> "▲";
                    case "DOWN" -> "▼";
                    case "SAME" -> "▶";
                    default -> "";
                };
        return new KeyFigureCard(
                f.id(),
                f.label(),
                f.unitLabel(),
                value(f.id(), f.value(), fmt),
                f.previousYear(),
                value(f.id(), f.previous(), fmt),
                arrow,
                text.get("monitor.direction." + d),
                change(f, fmt, text),
                "wk-" + d.toLowerCase(java.util.Locale.ROOT));
    }

    /** Euro for productivity (with cents per hour worked), whole numbers for labour, one decimal for indices. */
    static String value(String id, Double v, Formats fmt) {
        return switch (id) {
            case Indicators.PRODUCTIVITY -> v != null && Math.abs(v) < 1000 ? fmt.euroCents(v) : fmt.euro(v);
            case Indicators.LABOUR -> fmt.number(v, 0);
            default -> fmt.number(v, 1);
        };
    }

    private static String change(RegionSummaryView.KeyFigure f, Formats fmt, MonitorText text) {
        if (f.change() == null) {
            return Formats.MISSING;
        }
        if (f.changePercent() != null) {
            return (f.changePercent() > 0 ? "+" : "") + fmt.percent(f.changePercent(), 1);
        }
        return text.get("monitor.change.points", fmt.points(f.change(), 1));
    }
}
