package nl.werkkracht.app.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.report.ReportView.QuadrantSection;
import nl.werkkracht.app.report.ReportView.TopSection;

/**
 * The data of the report page's charts as JSON for their {@code data-chart} attributes (the page has no
 * inline scripts; {@code static/js/report-charts.js} draws them). Labels are in the page's language;
 * numbers are raw and formatted by the script. A chart without data gets no JSON and is not drawn.
 */
final class ReportCharts {

    private final ObjectMapper json;
    private final ReportText text;

    ReportCharts(ObjectMapper json, ReportText text) {
        this.json = json;
        this.text = text;
    }

    /**
     * The right end of the quadrant's x axis: 2 (twice the sector's productivity), or further when the
     * organisation lies beyond it, in steps of 0.5.
     */
    static double quadrantMaxX(double ratio) {
        return ratio <= 1.8 ? 2.0 : Math.ceil((ratio + 0.2) * 2) / 2;
    }

    /** The quadrant: the point, the splits, the four names; null when the quadrant is missing. */
    String quadrant(QuadrantSection q) {
        if (!q.available()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", q.productivityRatio());
        m.put("y", q.jobQualityIndex());
        m.put("maxX", quadrantMaxX(q.productivityRatio()));
        m.put("splitX", q.ratioSplit());
        m.put("splitY", q.indexSplit());
        m.put("quadrant", q.quadrant());
        m.put("names", q.quadrantNames());
        m.put("point", text.get("report.quadrant.point"));
        m.put("axisX", text.get("report.quadrant.axis.x"));
        m.put("axisY", text.get("report.quadrant.axis.y"));
        return write(m);
    }

    /** The TOP pillars, the lagging one marked when the balance is flagged; null when there are none. */
    String top(TopSection t) {
        if (!t.available()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "bars",
                t.pillars().stream()
                        .map(p -> Map.of(
                                "name",
                                p.name(),
                                "value",
                                p.score(),
                                "emphasis",
                                Boolean.TRUE.equals(t.flagged()) && p.pillar().equals(t.lagging())))
                        .toList());
        if (t.balanceGap() != null) {
            m.put("gap", t.balanceGap());
            m.put("gapLabel", text.get("report.top.gap"));
            m.put("flagged", t.flagged());
        }
        return write(m);
    }

    /** The job-quality profile, all respondents, with the middle of the scale marked; null when empty. */
    String jobQuality(ReportView.JobQualitySection j) {
        if (!j.available()) {
            return null;
        }
        List<Map<String, Object>> bars = j.scales().stream()
                .map(s -> {
                    Map<String, Object> bar = new LinkedHashMap<>();
                    bar.put("name", s.name());
                    bar.put("value", s.all());
                    return bar;
                })
                .toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bars", bars);
        m.put("reference", 50);
        return write(m);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write chart data", e);
        }
    }
}
