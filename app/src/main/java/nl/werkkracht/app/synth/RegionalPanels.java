package nl.werkkracht.app.synth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.werkkracht.app.productivity.ProductivityService;
import nl.werkkracht.app.productivity.ProductivityView;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.synth.Panel;

/**
 * Panels of a regional indicator from a stored dataset, for {@code werkkracht synth --dataset}: every region of
 * one level, every year in a window, the productivity level {@code Y / L} (METHODS.md §1, current prices, the
 * output measure the dataset has for regional totals) or its index against the Netherlands ({@code 100 · P_r /
 * P_NL}). A region-year without data is missing, never 0.
 */
public final class RegionalPanels {

    /** The indicators this class can build. */
    public enum Indicator {
        /** Output per unit of labour, euro, current prices. */
        PRODUCTIVITY,
        /** Productivity as an index, the Netherlands = 100. */
        INDEX;

        public static Indicator parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("unknown indicator '" + text + "': use productivity or index");
            }
        }
    }

    private final ProductivityService productivity;
    private final CodeLists codeLists;

    public RegionalPanels(ProductivityService productivity, CodeLists codeLists) {
        this.productivity = productivity;
        this.codeLists = codeLists;
    }

    /**
     * @throws IllegalArgumentException for a level without regions, or when no region has a value in the window
     */
    public Panel panel(String dataset, Indicator indicator, RegionLevel level, LabourMeasure labour, int from, int to) {
        List<Region> regions = codeLists.regions(level);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException(
                    "the level " + level.name().toLowerCase(Locale.ROOT) + " has no regions");
        }
        Map<Integer, Double> nation = new TreeMap<>();
        if (indicator == Indicator.INDEX) {
            nation = series(dataset, "NL", labour, from, to);
        }
        Map<String, Map<Integer, Double>> series = new LinkedHashMap<>();
        for (Region r : regions) {
            Map<Integer, Double> s = series(dataset, r.code(), labour, from, to);
            if (indicator == Indicator.INDEX) {
                Map<Integer, Double> indexed = new TreeMap<>();
                for (var e : s.entrySet()) {
                    Double n = nation.get(e.getKey());
                    if (n != null && n != 0) {
                        indexed.put(e.getKey(), 100 * e.getValue() / n);
                    }
                }
                s = indexed;
            }
            series.put(r.code(), s);
        }
        if (series.values().stream().allMatch(Map::isEmpty)) {
            throw new IllegalArgumentException("dataset " + dataset + " has no "
                    + labour.name().toLowerCase(Locale.ROOT)
                    + " productivity for the " + level.name().toLowerCase(Locale.ROOT) + " regions in " + from + "-"
                    + to);
        }
        String name = indicator.name().toLowerCase(Locale.ROOT) + " (" + dataset + ", " + labour.name() + ")";
        return Panel.of(name, series);
    }

    private Map<Integer, Double> series(String dataset, String region, LabourMeasure labour, int from, int to) {
        Map<Integer, Double> s = new TreeMap<>();
        for (int y = from; y <= to; y++) {
            try {
                ProductivityView v = productivity.level(dataset, region, "TOTAL", y, labour, PriceBasis.CP);
                if (v.value() != null) {
                    s.put(y, v.value());
                }
            } catch (StatisticsException e) {
                // no data for this region and year: missing
            }
        }
        return s;
    }
}
