package nl.werkkracht.app.monitor;

import java.util.ArrayList;
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
        Region front = region(data, raw.get().frontrunner());
        Region correctedFront =
                correctedPosition == null ? null : region(data, corrected.get().frontrunner());
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
                text.ref(data, front),
                position,
                correctedFront == null ? null : text.ref(data, correctedFront),
                correctedPosition,
                path,
                CatchUpLookup.thresholds()));
    }

    private static Region region(MonitorData data, String code) {
        return data.codeLists().region(code).orElseThrow();
    }
}
