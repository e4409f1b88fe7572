package nl.werkkracht.app.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import nl.werkkracht.app.followup.FollowUpView.InterventionView;
import nl.werkkracht.app.followup.FollowUpView.Point;
import nl.werkkracht.core.observation.Period;

/**
 * The JSON the page's line chart is drawn from ({@code static/js/followup-chart.js}): the periods on the
 * x-axis (the measured ones plus those in which an intervention started), the index per period (null where
 * nothing was measured), each point's label, and the interventions with the period to mark them at.
 */
final class FollowUpChart {

    private FollowUpChart() {}

    /** The chart's data as JSON; null when there is no series to draw. */
    static String json(ObjectMapper json, FollowUpView view, String metricName, Map<String, String> texts) {
        if (view.series().isEmpty()) {
            return null;
        }
        boolean yearly =
                Period.parse(view.series().get(0).period()).map(Period::isYear).orElse(true);
        var periods = new TreeSet<Period>();
        view.series().forEach(p -> Period.parse(p.period()).ifPresent(periods::add));
        var marks = new ArrayList<Map<String, Object>>();
        for (InterventionView i : view.interventions()) {
            Period at = periodOf(i.startDate(), yearly);
            periods.add(at);
            var mark = new LinkedHashMap<String, Object>();
            mark.put("period", at.code());
            mark.put("title", i.title());
            mark.put("startDate", i.startDate().toString());
            marks.add(mark);
        }
        Map<String, Point> byPeriod = new LinkedHashMap<>();
        view.series().forEach(p -> byPeriod.put(p.period(), p));
        var points = new ArrayList<Map<String, Object>>();
        for (Period period : periods) {
            Point p = byPeriod.get(period.code());
            var point = new LinkedHashMap<String, Object>();
            point.put("period", period.code());
            point.put("index", p == null ? null : p.index());
            point.put("value", p == null ? null : p.value());
            point.put("label", p == null ? null : p.label());
            point.put("labelText", p == null ? null : p.labelText());
            points.add(point);
        }
        var data = new LinkedHashMap<String, Object>();
        data.put("metric", metricName);
        data.put("unit", view.unit());
        data.put("points", points);
        data.put("interventions", marks);
        data.put("texts", texts);
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Period periodOf(LocalDate date, boolean yearly) {
        return yearly ? Period.year(date.getYear()) : new Period(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }
}
