package nl.werkkracht.app.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkkracht.app.scan.ScanResultsView.GroupView;
import nl.werkkracht.core.scan.Domain;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.core.scan.Pillar;
import nl.werkkracht.core.scan.Scale;
import org.springframework.context.MessageSource;

/**
 * What the results page shows, computed from the disclosure-controlled {@link ScanResultsView}: the
 * per-group table (a row per pillar and scale), and the data of the two charts as JSON for the page's
 * script.
 *
 * @param groups the column headings: "all employees", then the teams
 * @param counts per group: the number of respondents, or the count band of a hidden group
 * @param hidden per group: whether it is hidden
 * @param rows the table rows
 * @param pillarChart the pillar chart's data: {@code {labels, values, lagging}}
 * @param profileChart the job-quality profile's data: {@code {labels, values}}
 * @param ideas released ideas by group heading
 */
record ResultsPage(
        List<String> groups,
        List<String> counts,
        List<Boolean> hidden,
        List<Row> rows,
        String pillarChart,
        String profileChart,
        Map<String, List<String>> ideas) {

    /**
     * A table row.
     *
     * @param pillar whether it is a pillar (shown in bold) rather than a scale
     * @param values per group the score in whole points, or null when hidden or too few answered
     */
    record Row(String name, String domain, boolean pillar, List<Integer> values) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    static ResultsPage of(ScanResultsView results, Instrument instrument, MessageSource messages, Locale locale) {
        var groups = new ArrayList<String>();
        var counts = new ArrayList<String>();
        var hidden = new ArrayList<Boolean>();
        for (GroupView g : results.groups()) {
            groups.add(g.group().equals("ALL") ? messages.getMessage("scan.group.all", null, locale) : g.group());
            counts.add(
                    !g.suppressed()
                            ? String.valueOf(g.n())
                            : g.countBand().startsWith("<")
                                    ? messages.getMessage("scan.band.few", new Object[] {g.countBand()}, locale)
                                    : messages.getMessage("scan.band.protect", null, locale));
            hidden.add(g.suppressed());
        }
        var rows = new ArrayList<Row>();
        for (Pillar p : Pillar.values()) {
            rows.add(new Row(
                    messages.getMessage("scan.pillar." + p.name(), null, locale),
                    messages.getMessage("scan.export.pillar", null, locale),
                    true,
                    results.groups().stream()
                            .map(g -> g.pillars().get(ScanResultsView.key(p)))
                            .toList()));
        }
        for (Scale s : instrument.scales()) {
            rows.add(new Row(
                    s.name().in(locale),
                    messages.getMessage("scan.domain." + s.domain().name(), null, locale),
                    false,
                    results.groups().stream().map(g -> g.scales().get(s.id())).toList()));
        }
        GroupView all = results.all();
        var pillarChart = new LinkedHashMap<String, Object>();
        pillarChart.put(
                "labels",
                List.of(Pillar.values()).stream()
                        .map(p -> messages.getMessage("scan.pillar." + p.name(), null, locale))
                        .toList());
        pillarChart.put(
                "values",
                List.of(Pillar.values()).stream()
                        .map(p -> all.pillars().get(ScanResultsView.key(p)))
                        .toList());
        pillarChart.put("lagging", Boolean.TRUE.equals(results.flagged()) ? results.lagging() : null);
        var profile = new LinkedHashMap<String, Object>();
        List<Scale> profileScales = new ArrayList<>(instrument.scalesOf(Domain.JOB_QUALITY));
        profileScales.addAll(instrument.scalesOf(Domain.ENGAGEMENT));
        profileScales.addAll(instrument.scalesOf(Domain.LEARNING_CULTURE));
        profile.put(
                "labels", profileScales.stream().map(s -> s.name().in(locale)).toList());
        profile.put(
                "values",
                profileScales.stream().map(s -> all.scales().get(s.id())).toList());
        var ideas = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < results.groups().size(); i++) {
            GroupView g = results.groups().get(i);
            boolean teams = results.groups().size() > 1;
            if (!g.suppressed() && !g.ideas().isEmpty() && (!teams || !g.group().equals("ALL"))) {
                ideas.put(groups.get(i), g.ideas());
            }
        }
        return new ResultsPage(groups, counts, hidden, rows, json(pillarChart), json(profile), ideas);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
