package nl.werkkracht.app.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.app.web.Formats;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monitor's pages: the overview (map of the Netherlands coloured by an indicator, with its table)
 * and the region page. Pages are complete without JavaScript (form, tables); the scripts
 * (static/js/monitor-*.js) draw the map and charts from the JSON API.
 */
@Controller
class MonitorPages {

    /** The indicators the map can show, as the {@code indicator} parameter. */
    static final List<String> INDICATORS = List.of("index", "corrected", "growth", "catchup");

    private final MonitorService monitor;
    private final Formats fmt;
    private final ObjectMapper json;
    private final CodeLists codeLists;

    MonitorPages(MonitorService monitor, Formats fmt, ObjectMapper json, CodeLists codeLists) {
        this.monitor = monitor;
        this.fmt = fmt;
        this.json = json;
        this.codeLists = codeLists;
    }

    @GetMapping("/monitor")
    String overview(
            @RequestParam(defaultValue = "index") String indicator,
            @RequestParam(defaultValue = "province") String level,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Locale locale,
            Model model) {
        String pageLevel = pageLevel(level);
        RegionsView v = monitor.regions(pageLevel, year, periodStart(year, from, to), to, locale);
        MonitorText text = monitor.text(locale);
        String query = Links.query(null, pageLevel, v.window());
        String chosen = INDICATORS.contains(indicator) ? indicator : "index";
        model.addAttribute("view", v);
        model.addAttribute("indicator", chosen);
        model.addAttribute("rows", sorted(v.regions(), chosen));
        model.addAttribute("indicators", INDICATORS);
        model.addAttribute("table", OverviewTables.regions(v, text));
        model.addAttribute("tableNotes", OverviewTables.notes(v, text));
        model.addAttribute("query", query);
        model.addAttribute("apiUrl", "/api/v1/regions?" + query + "&lang=" + text.language());
        model.addAttribute("geo", pageLevel.equals("corop") ? "coropgebied_2025" : "provincie_2025");
        model.addAttribute("pdfUrl", "/monitor/overview.pdf?" + query);
        model.addAttribute("labelsJson", toJson(ChartLabels.overview(v, text)));
        return "monitor/overview";
    }

    @GetMapping("/monitor/region/{code:[A-Za-z0-9]+}")
    String region(
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Locale locale,
            Model model) {
        RegionSummaryView v = monitor.summary(code, year, periodStart(year, from, to), to, locale);
        MonitorText text = monitor.text(locale);
        String query = Links.query(v.region().code(), null, v.window());
        var tables = new LinkedHashMap<String, PageTable>();
        RegionTables.all(v, text).forEach(t -> tables.put(t.route(), t));
        model.addAttribute("view", v);
        model.addAttribute("tables", tables);
        model.addAttribute("cards", KeyFigureCard.of(v, fmt, text));
        model.addAttribute(
                "years",
                v.series().stream()
                        .filter(p -> p.productivity() != null)
                        .map(RegionSummaryView.YearPoint::year)
                        .toList());
        model.addAttribute("query", query);
        model.addAttribute(
                "apiUrl",
                "/api/v1/regions/" + v.region().code() + "/summary?" + Links.query(null, null, v.window()) + "&lang="
                        + text.language());
        model.addAttribute(
                "pdfUrl", "/monitor/region/" + v.region().code() + ".pdf?" + Links.query(null, null, v.window()));
        model.addAttribute("overviewUrl", "/monitor?" + Links.query(null, overviewLevel(v), v.window()));
        model.addAttribute("labelsJson", toJson(ChartLabels.region(v, text)));
        Region parent = parent(v.region().code()).orElse(null);
        if (parent != null) {
            model.addAttribute("parentCode", parent.code());
            model.addAttribute("parentLevel", parent.level().name());
            model.addAttribute("parentName", "en".equals(text.language()) ? parent.nameEn() : parent.nameNl());
            model.addAttribute(
                    "parentUrl", "/monitor/region/" + parent.code() + "?" + Links.query(null, null, v.window()));
        }
        return "monitor/region";
    }

    /** The province of a COROP region, the NUTS-2 region of a NUTS-3 region; empty for other levels. */
    Optional<Region> parent(String code) {
        return codeLists
                .region(code)
                .filter(r -> r.level() == RegionLevel.COROP || r.level() == RegionLevel.NUTS3)
                .flatMap(Region::parent)
                .flatMap(codeLists::region);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("labels cannot be written as JSON", e);
        }
    }

    /**
     * The table's rows sorted by the chosen indicator, highest first and missing values last, so that
     * the table answers the same question as the map (also without JavaScript).
     */
    static List<RegionsView.Row> sorted(List<RegionsView.Row> rows, String indicator) {
        java.util.function.Function<RegionsView.Row, Double> key =
                switch (indicator) {
                    case "corrected" -> RegionsView.Row::structureCorrectedIndex;
                    case "growth" -> r -> r.growth().averageAnnual();
                    case "catchup" ->
                        r -> r.catchUp() == null ? null : r.catchUp().change();
                    default -> RegionsView.Row::index;
                };
        return rows.stream()
                .sorted(java.util.Comparator.comparing(
                        key, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .toList();
    }

    /**
     * The form offers a start year and a year; a start at or after the year (the visitor moved the year
     * back) falls back to the default period instead of an error page.
     */
    private static Integer periodStart(Integer year, Integer from, Integer to) {
        int end = to != null ? to : year != null ? year : Integer.MAX_VALUE;
        return from != null && from >= end ? null : from;
    }

    /** The overview offers provinces (= NUTS-2) and COROP (≈ NUTS-3): NUTS levels show as those. */
    static String pageLevel(String level) {
        String l = Objects.requireNonNullElse(level, "province").toLowerCase(Locale.ROOT);
        return switch (l) {
            case "nuts2" -> "province";
            case "nuts3" -> "corop";
            default -> l;
        };
    }

    private static String overviewLevel(RegionSummaryView v) {
        return switch (v.region().level()) {
            case "COROP", "NUTS3" -> "corop";
            default -> "province";
        };
    }
}
