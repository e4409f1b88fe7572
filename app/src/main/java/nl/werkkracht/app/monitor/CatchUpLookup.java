package nl.werkkracht.app.monitor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.typology.CatchUpTypology;
import nl.werkkracht.core.typology.RegionCatchUp;
import nl.werkkracht.core.typology.Thresholds;
import nl.werkkracht.core.typology.TypologyResult;
import org.springframework.stereotype.Component;

/**
 * The catch-up typology of a level over a period (METHODS.md §5), on productivity levels and on
 * structure-corrected levels, classified by the engine ({@link CatchUpTypology}) from the levels in
 * {@link MonitorData}: the same levels the {@code TypologyService} reads (actual productivity, or the
 * structure-corrected index, of each region under its data code), without reading the store again for
 * every period. Also a region's relative level per year against the frontrunner group.
 */
@Component
class CatchUpLookup {

    /** A typology computed for a level, period and kind of level. */
    private record Key(RegionLevel level, int from, int to, boolean corrected) {}

    private final MonitorCache cache;

    CatchUpLookup(MonitorCache cache) {
        this.cache = cache;
    }

    /**
     * The typology against the default frontrunner group (METHODS.md §5: the top 10 %, at least two, by
     * mean level over the first three years), with every region's change against the Netherlands; empty
     * when no region has positive levels in both years. On structure-corrected levels (an index against
     * the Netherlands) the reference is 100 in every year.
     */
    Optional<TypologyResult> typology(MonitorData data, RegionLevel level, int from, int to, boolean corrected) {
        return cache.get(new Key(level, from, to, corrected), () -> {
            var levels = new LinkedHashMap<String, CatchUpTypology.Levels>();
            for (Region r : data.codeLists().regions(level)) {
                levels.put(r.code(), levels(data, r, from, to, corrected));
            }
            Optional<CatchUpTypology.Levels> reference = corrected
                    ? Optional.of(CatchUpTypology.Levels.of(100, 100))
                    : Optional.of(levels(data, data.reference(), from, to, false));
            return CatchUpTypology.classify(levels, List.of(), reference, Thresholds.DEFAULT);
        });
    }

    private static CatchUpTypology.Levels levels(MonitorData data, Region r, int from, int to, boolean corrected) {
        double sum = 0;
        int n = 0;
        for (int y = from; y <= Math.min(to, from + 2); y++) {
            Double v = level(data.point(r, y), corrected);
            if (v != null && v > 0) {
                sum += v;
                n++;
            }
        }
        return new CatchUpTypology.Levels(
                optional(level(data.point(r, from), corrected)),
                optional(level(data.point(r, to), corrected)),
                n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n));
    }

    /** Each region's class in a typology, by region code. */
    static Map<String, CatchUpPosition> positions(TypologyResult result, MonitorText text) {
        var out = new LinkedHashMap<String, CatchUpPosition>();
        for (RegionCatchUp r : result.regions()) {
            String c = r.catchUpClass().name();
            out.put(
                    r.region(),
                    new CatchUpPosition(
                            result.frontrunner(),
                            c,
                            text.catchUpClass(c),
                            r.relativeFrom(),
                            r.relativeTo(),
                            r.change(),
                            r.changeVsReference().isPresent()
                                    ? r.changeVsReference().getAsDouble()
                                    : null));
        }
        return out;
    }

    /** The class boundaries of the default thresholds, in percentage points. */
    static Map<String, Double> thresholds() {
        var out = new LinkedHashMap<String, Double>();
        out.put("moderate", Thresholds.DEFAULT.moderate());
        out.put("strong", Thresholds.DEFAULT.strong());
        return out;
    }

    /**
     * {@code 100 · P_r,t / P_f,t}: the region's level in percent of the frontrunner group's mean level in
     * one year, on productivity or on structure-corrected levels; null when a level is missing or not
     * positive.
     */
    static Double relative(MonitorData data, Region region, List<Region> group, int year, boolean corrected) {
        Double r = level(data.point(region, year), corrected);
        double sum = 0;
        for (Region f : group) {
            Double v = level(data.point(f, year), corrected);
            if (v == null || v <= 0) {
                return null;
            }
            sum += v;
        }
        if (r == null || r <= 0 || group.isEmpty()) {
            return null;
        }
        return 100 * (r / (sum / group.size()));
    }

    /** Productivity, or the structure-corrected index (the level the corrected typology compares). */
    private static Double level(MonitorData.Point p, boolean corrected) {
        if (!corrected) {
            return p.productivity();
        }
        return p.structure() == null ? null : p.structure().correctedIndex();
    }

    private static OptionalDouble optional(Double v) {
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
