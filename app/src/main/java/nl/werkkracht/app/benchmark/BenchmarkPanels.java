package nl.werkkracht.app.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.app.export.ExportTable;
import nl.werkkracht.core.benchmark.Cut;
import nl.werkkracht.core.benchmark.Metric;
import org.springframework.context.MessageSource;

/**
 * What the benchmark pages show per metric, built from {@link BenchmarkService} answers only (so the pages
 * can never show more than the API): the whole network, the chosen peer group, the trend over the years and
 * the chart data as JSON for {@code benchmark-charts.js}.
 */
public final class BenchmarkPanels {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BenchmarkService service;
    private final MessageSource messages;
    private final BenchmarkFormats formats;

    BenchmarkPanels(BenchmarkService service, MessageSource messages, BenchmarkFormats formats) {
        this.service = service;
        this.messages = messages;
        this.formats = formats;
    }

    /**
     * One metric on a page.
     *
     * @param all the whole network (latest year)
     * @param cut the chosen peer group (latest year); null when none was chosen
     * @param trend per year the peer group's (or the whole network's) answer, oldest first
     * @param chart the chart data as JSON
     */
    public record Panel(
            Metric metric,
            String label,
            BenchmarkView all,
            BenchmarkView cut,
            List<BenchmarkView> trend,
            String chart) {

        /** The answer the page explains: the peer group's when chosen, else the whole network's. */
        public BenchmarkView main() {
            return cut != null ? cut : all;
        }
    }

    /** One network on the card: the consent form, the consented metrics with the own position, who is in it. */
    public record CardNetwork(
            nl.werkkracht.store.network.Network network,
            List<String> consents,
            List<Panel> panels,
            List<MembershipService.MemberView> members) {}

    /** The dashboard panel of every metric (aggregates only). */
    List<Panel> dashboard(long networkId, Cut cut, String username, Locale locale) {
        List<Panel> panels = new ArrayList<>();
        for (Metric m : Metric.catalogue()) {
            panels.add(panel(networkId, m, cut, Optional.empty(), username, locale));
        }
        return panels;
    }

    /** The card panel of one metric with the organisation's own position (audited by the service). */
    Panel card(long networkId, Metric metric, long organisationId, String username, Locale locale) {
        return panel(networkId, metric, Cut.ALL, Optional.of(organisationId), username, locale);
    }

    private Panel panel(long networkId, Metric m, Cut cut, Optional<Long> own, String username, Locale locale) {
        BenchmarkView all =
                service.answer(networkId, new BenchmarkService.Question(m, Optional.empty(), Cut.ALL), own, username);
        BenchmarkView chosen = cut.level() == 0
                ? null
                : service.answer(
                        networkId,
                        new BenchmarkService.Question(m, Optional.of(all.year()), cut),
                        Optional.empty(),
                        username);
        List<BenchmarkView> trend = new ArrayList<>();
        if (own.isEmpty()) {
            for (int year : service.years(networkId, m)) {
                trend.add(service.answer(
                        networkId,
                        new BenchmarkService.Question(m, Optional.of(year), cut),
                        Optional.empty(),
                        username));
            }
        }
        String label = label(m, locale);
        return new Panel(m, label, all, chosen, trend, chart(m, all, chosen, trend, locale));
    }

    String label(Metric m, Locale locale) {
        return messages.getMessage("benchmark.metric." + m.id(), null, m.id(), locale);
    }

    private String chart(Metric m, BenchmarkView all, BenchmarkView cut, List<BenchmarkView> trend, Locale locale) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("unit", m.unit());
        List<Map<String, Object>> boxes = new ArrayList<>();
        boxes.add(box(messages.getMessage("benchmark.group.all", null, "Netwerk", locale), all));
        if (cut != null) {
            boxes.add(box(messages.getMessage("benchmark.group.cut", null, "Vergelijkingsgroep", locale), cut));
        }
        d.put("boxes", boxes);
        d.put("frontierLabel", messages.getMessage("benchmark.col.frontier", null, "Koplopers", locale));
        if (all.own() != null) {
            d.put("own", all.own().value());
            d.put("ownLabel", messages.getMessage("benchmark.own", null, "Uw organisatie", locale));
        }
        if (all.official() != null && all.official().value() != null) {
            d.put("official", all.official().value());
            d.put("officialLabel", messages.getMessage("benchmark.official", null, "Sector (officieel)", locale));
        }
        if (trend.stream().anyMatch(t -> !t.suppressed())) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("years", trend.stream().map(BenchmarkView::year).toList());
            t.put("p25", trend.stream().map(BenchmarkView::p25).toList());
            t.put("p50", trend.stream().map(BenchmarkView::p50).toList());
            t.put("p75", trend.stream().map(BenchmarkView::p75).toList());
            d.put("trend", t);
        }
        try {
            return JSON.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> box(String label, BenchmarkView v) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("label", label + (v.suppressed() ? "" : " (n = " + v.n() + ")"));
        b.put("suppressed", v.suppressed());
        if (!v.suppressed()) {
            // what is not shown stays null: the chart draws only the statistics that are
            b.put("values", java.util.Arrays.asList(v.p10(), v.p25(), v.p50(), v.p75(), v.p90()));
            b.put("frontier", v.frontier());
        }
        return b;
    }

    /**
     * The shown statistics of the dashboard as one table (suppressed cells say so, without numbers).
     *
     * @param asText figures as text in the locale with their 3 significant digits (for the PDF, whose own
     *     number format would drop a trailing zero); else as numbers (CSV, XLSX)
     */
    ExportTable table(String networkName, List<Panel> panels, Locale locale, boolean asText) {
        List<String> columns = List.of(
                text("benchmark.col.metric", locale),
                text("benchmark.col.unit", locale),
                text("benchmark.col.group", locale),
                text("benchmark.col.year", locale),
                text("benchmark.col.published", locale),
                "n",
                "P10",
                "P25",
                "P50",
                "P75",
                "P90",
                text("benchmark.col.frontier", locale),
                text("benchmark.col.dispersion", locale),
                text("benchmark.col.dispersionMeasure", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (Panel p : panels) {
            row(rows, p, text("benchmark.group.all", locale), p.all(), locale, asText);
            if (p.cut() != null) {
                row(rows, p, text("benchmark.group.cut", locale) + " " + cutText(p.cut()), p.cut(), locale, asText);
            }
        }
        return new ExportTable(
                "benchmark-network",
                text("benchmark.export.title", locale) + " – " + networkName,
                columns,
                rows,
                List.of(text("benchmark.export.note", locale), text("benchmark.export.withheld", locale)));
    }

    /** One row: the figures as published, 3 significant digits; what is not shown is empty (see the notes). */
    private void row(List<List<Object>> rows, Panel p, String group, BenchmarkView v, Locale locale, boolean asText) {
        List<Object> row = new ArrayList<>(List.of(p.label(), v.unit(), group, v.year()));
        row.add(v.publishedAt() == null ? "" : formats.date(v.publishedAt()));
        if (v.suppressed()) {
            row.add(messages.getMessage(
                    "benchmark.suppressed.row." + v.reason(), new Object[] {v.countBand()}, v.countBand(), locale));
            for (int i = 0; i < 8; i++) {
                row.add("");
            }
        } else {
            row.add(v.n());
            for (Double x : java.util.Arrays.asList(
                    v.p10(), v.p25(), v.p50(), v.p75(), v.p90(), v.frontier(), v.dispersion())) {
                row.add(x == null ? "" : asText ? BenchmarkFormats.number(x, locale) : x);
            }
            row.add(v.dispersionMeasure() == null ? "" : v.dispersionMeasure());
        }
        rows.add(row);
    }

    public static String cutText(BenchmarkView v) {
        List<String> parts = new ArrayList<>();
        if (v.cut().sector() != null) {
            parts.add(v.cut().sector());
        }
        if (v.cut().sizeClass() != null) {
            parts.add(v.cut().sizeClass());
        }
        if (v.cut().region() != null) {
            parts.add(v.cut().region());
        }
        return String.join(" · ", parts);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
