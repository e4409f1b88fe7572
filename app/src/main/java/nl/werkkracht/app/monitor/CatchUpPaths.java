package nl.werkkracht.app.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.typology.TypologyResult;
import org.springframework.stereotype.Component;

/**
 * A region's catch-up class and its path against the frontrunner (METHODS.md §5): the class from the
 * typology of the region's own level over the period, on productivity and on structure-corrected
 * levels, and the relative level {@code R_r,t = 100 · P_r,t / P_f,t} in every year of the period.
 */
@Component
class CatchUpPaths {

    private final CatchUpLookup lookup;

    CatchUpPaths(CatchUpLookup lookup) {
        this.lookup = lookup;
    }

    /** Empty for the country, and when the region or its frontrunner lacks a level in the period. */
    Optional<RegionSummaryView.CatchUp> of(MonitorData data, Region region, YearWindow w, MonitorText text) {
        RegionLevel level = region.level();
        if (level == RegionLevel.COUNTRY) {
            return Optional.empty();
        }
        Optional<TypologyResult> raw = lookup.typology(data, level, w.from(), w.to(), false);
        CatchUpPosition position = raw.map(t -> CatchUpLookup.positions(t, text).get(region.code()))
                .orElse(null);
        if (position == null) {
            return Optional.empty();
        }
        Optional<TypologyResult> corrected = lookup.typology(data, level, w.from(), w.to(), true);
        CatchUpPosition correctedPosition = corrected
                .map(t -> CatchUpLookup.positions(t, text).get(region.code()))
                .orElse(null);
        List<Region> front = group(data, raw.get());
        List<Region> correctedFront = correctedPosition == null ? null : group(data, corrected.get());
        var path = new ArrayList<RegionSummaryView.PathPoint>();
        for (int y = w.from(); y <= w.to(); y++) {
            path.add(new RegionSummaryView.PathPoint(
                    y,
                    CatchUpLookup.relative(data, region, front, y, false),
                    correctedFront == null ? null : CatchUpLookup.relative(data, region, correctedFront, y, true)));
        }
        return Optional.of(new RegionSummaryView.CatchUp(
                MonitorText.levelParam(level),
                w.from(),
                w.to(),
                text.groupRef(data, front),
                position,
                correctedFront == null ? null : text.groupRef(data, correctedFront),
                correctedPosition,
                path,
                CatchUpLookup.thresholds(),
                front.stream().map(f -> text.ref(data, f)).toList(),
                raw.get().frontrunnerChangeVsReference().isPresent()
                        ? raw.get().frontrunnerChangeVsReference().getAsDouble()
                        : null,
                warnings(raw.get(), text)));
    }

    private static List<Region> group(MonitorData data, TypologyResult t) {
        return t.frontrunnerGroup().stream()
                .map(code -> data.codeLists().region(code).orElseThrow())
                .toList();
    }

    /** The warnings of a typology in the reader's language (METHODS.md §5). */
    static List<String> warnings(TypologyResult t, MonitorText text) {
        return t.warnings().stream()
                .map(w -> text.get(
                        "monitor.warning." + w.name(),
                        text.dutch()
                                ? String.format(
                                        java.util.Locale.forLanguageTag("nl-NL"),
                                        "%.1f",
                                        -t.frontrunnerChangeVsReference().orElse(0))
                                : String.format(
                                        java.util.Locale.ENGLISH,
                                        "%.1f",
                                        -t.frontrunnerChangeVsReference().orElse(0))))
                .toList();
    }
}
