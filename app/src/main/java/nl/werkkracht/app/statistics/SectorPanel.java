package nl.werkkracht.app.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.productivity.OutputLabour;

/**
 * Output and labour per sector of a breakdown, for one region and year: the input of shift-share and
 * gap decompositions. A sector lacking output or labour is left out of the map (the engine reports it
 * as missing), never filled with 0.
 */
public final class SectorPanel {

    private SectorPanel() {}

    /** Sector → output (euro) and labour (base unit); sectors without both figures are absent. */
    public static Map<String, OutputLabour> of(
            Figures figures, List<String> sectors, String region, int year, PriceBasis pb, LabourMeasure labour) {
        var out = new LinkedHashMap<String, OutputLabour>();
        for (String sector : sectors) {
            OptionalDouble y = figures.sum(
                    nl.werkkracht.core.observation.Measure.GVA,
                    region,
                    sector,
                    year,
                    pb,
                    nl.werkkracht.core.observation.Unit.EUR);
            OptionalDouble l = figures.labour(region, sector, year, labour);
            if (y.isPresent() && l.isPresent()) {
                out.put(sector, new OutputLabour(y.getAsDouble(), l.getAsDouble()));
            }
        }
        return out;
    }

    /** Sector → labour only (for structure comparisons). */
    public static Map<String, Double> labour(
            Figures figures, List<String> sectors, String region, int year, LabourMeasure labour) {
        var out = new LinkedHashMap<String, Double>();
        for (String sector : sectors) {
            OptionalDouble l = figures.labour(region, sector, year, labour);
            if (l.isPresent()) {
                out.put(sector, l.getAsDouble());
            }
        }
        return out;
    }

    /**
     * Of the named breakdowns, the one with the most sectors that have GVA for the region and year (ties
     * go to the first), so that a dataset at A10 detail is decomposed at A10 and one at section detail
     * at A21.
     */
    public static String bestBreakdown(Figures figures, List<String> names, String region, int year, PriceBasis pb) {
        String best = names.get(0);
        int bestCount = -1;
        for (String name : names) {
            int count = 0;
            for (String sector : figures.breakdown(name)) {
                if (figures.sum(
                                nl.werkkracht.core.observation.Measure.GVA,
                                region,
                                sector,
                                year,
                                pb,
                                nl.werkkracht.core.observation.Unit.EUR)
                        .isPresent()) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = name;
                bestCount = count;
            }
        }
        return best;
    }
}
