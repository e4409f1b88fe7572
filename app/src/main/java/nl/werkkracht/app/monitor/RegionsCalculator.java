package nl.werkkracht.app.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.gap.StructureResult;
import nl.werkkracht.core.typology.TypologyResult;
import org.springframework.stereotype.Component;

/**
 * The region summary of a level (the map and its table): level, index and structure-corrected index
 * in the year, growth over the period and the catch-up classes, every figure as METHODS.md defines it.
 */
@Component
class RegionsCalculator {

    private final CatchUpLookup catchUp;

    RegionsCalculator(CatchUpLookup catchUp) {
        this.catchUp = catchUp;
    }

    RegionsView compute(MonitorData data, RegionLevel level, YearWindow w, MonitorText text) {
        Optional<TypologyResult> raw = catchUp.typology(data, level, w.from(), w.to(), false);
        Optional<TypologyResult> corrected = catchUp.typology(data, level, w.from(), w.to(), true);
        Map<String, CatchUpPosition> rawClasses =
                raw.map(t -> CatchUpLookup.positions(t, text)).orElse(Map.of());
        Map<String, CatchUpPosition> correctedClasses =
                corrected.map(t -> CatchUpLookup.positions(t, text)).orElse(Map.of());
        Integer shareYear = data.perHourBasis()
                ? PerHourFigures.shareYear(data, level, w.year()).orElse(null)
                : null;
        var rows = new ArrayList<RegionsView.Row>();
        for (Region r : data.codeLists().regions(level)) {
            rows.add(row(data, r, w, text, rawClasses.get(r.code()), correctedClasses.get(r.code()), shareYear));
        }
        Integer latestStructure = data.latestStructureYear(level).isPresent()
                ? data.latestStructureYear(level).getAsInt()
                : null;
        return new RegionsView(
                MonitorText.levelParam(level),
                text.language(),
                w,
                Indicators.of(data, text),
                row(data, data.reference(), w, text, null, null, shareYear),
                rows,
                catchUpInfo(data, w, raw, corrected, text),
                data.years(level),
                latestStructure,
                Sources.of(data),
                notes(data, level, w, latestStructure, text),
                shareYear);
    }

    /** One region's figures. */
    static RegionsView.Row row(
            MonitorData data,
            Region r,
            YearWindow w,
            MonitorText text,
            CatchUpPosition rawClass,
            CatchUpPosition correctedClass,
            Integer shareYear) {
        MonitorData.Point p = data.point(r, w.year());
        MonitorData.Point n = data.point(data.reference(), w.year());
        StructureResult s = p.structure();
        return new RegionsView.Row(
                r.code(),
                MonitorText.mapCode(r),
                MonitorText.nutsCode(r),
                r.nameNl(),
                r.nameEn(),
                text.regionName(r),
                p.productivity(),
                p.labour(),
                index(p.productivity(), n.productivity()),
                s == null ? null : s.structureIndex(),
                s == null ? null : s.correctedIndex(),
                growth(data, r, w),
                rawClass,
                correctedClass,
                data.perHourBasis() ? boxed(PerHourFigures.averageGrowth(data, r, w.from(), w.to())) : null,
                data.perHourBasis() && shareYear != null ? PerHourFigures.share(data, r, shareYear) : null);
    }

    private static Double boxed(java.util.OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    /** {@code 100 · P_r / P_n}; null when either is missing or the reference is not positive. */
    static Double index(Double region, Double reference) {
        if (region == null || reference == null || reference <= 0) {
            return null;
        }
        return 100 * (region / reference);
    }

    /**
     * Nominal growth of productivity over the period (regional GDP has current prices only) and the
     * change of the index against the Netherlands, which is free of the national price change.
     */
    static RegionsView.Growth growth(MonitorData data, Region r, YearWindow w) {
        Double from = data.point(r, w.from()).productivity();
        Double to = data.point(r, w.to()).productivity();
        Double average = null;
        Double cumulative = null;
        if (from != null && to != null && from > 0 && to > 0) {
            cumulative = to / from - 1;
            average = Math.pow(to / from, 1.0 / (w.to() - w.from())) - 1;
        }
        Region nl = data.reference();
        Double indexFrom = index(from, data.point(nl, w.from()).productivity());
        Double indexTo = index(to, data.point(nl, w.to()).productivity());
        Double change = indexFrom == null || indexTo == null ? null : indexTo - indexFrom;
        return new RegionsView.Growth(average, cumulative, change);
    }

    private static RegionsView.CatchUp catchUpInfo(
            MonitorData data,
            YearWindow w,
            Optional<TypologyResult> raw,
            Optional<TypologyResult> corrected,
            MonitorText text) {
        var notes = new ArrayList<String>();
        if (raw.isEmpty()) {
            notes.add(text.get("monitor.note.noCatchUp", w.from(), w.to()));
        }
        if (corrected.isEmpty()) {
            notes.add(text.get("monitor.note.noCorrectedCatchUp", w.from(), w.to()));
        }
        return new RegionsView.CatchUp(
                w.from(),
                w.to(),
                raw.map(t -> group(data, t, text)).orElse(null),
                corrected.map(t -> group(data, t, text)).orElse(null),
                CatchUpLookup.thresholds(),
                notes,
                raw.map(TypologyResult::frontrunnerGroup).orElse(List.of()),
                raw.filter(t -> t.frontrunnerChangeVsReference().isPresent())
                        .map(t -> t.frontrunnerChangeVsReference().getAsDouble())
                        .orElse(null),
                raw.map(t -> CatchUpPaths.warnings(t, text)).orElse(List.of()));
    }

    private static RegionRef group(MonitorData data, TypologyResult t, MonitorText text) {
        return text.groupRef(
                data,
                t.frontrunnerGroup().stream()
                        .map(code -> data.codeLists().region(code).orElseThrow())
                        .toList());
    }

    private static List<String> notes(
            MonitorData data, RegionLevel level, YearWindow w, Integer latestStructure, MonitorText text) {
        var notes = new ArrayList<String>(levelNotes(data, level, text));
        notes.add(text.get("monitor.note.nominal"));
        if (latestStructure == null || w.year() > latestStructure) {
            notes.add(text.get(
                    "monitor.note.noStructureYear", w.year(), latestStructure == null ? "–" : latestStructure));
        }
        return notes;
    }

    /**
     * How regions of a level are read from the data: provinces are NUTS-2, per hour worked when the hours
     * dataset is there; COROP is matched by name to NUTS-3 and stays per person employed.
     */
    static List<String> levelNotes(MonitorData data, RegionLevel level, MonitorText text) {
        return switch (level) {
            case PROVINCE, NUTS2 ->
                data.perHourBasis()
                        ? List.of(
                                text.get("monitor.note.provinces"),
                                text.get("monitor.note.perHour", data.settings().dataset()))
                        : List.of(text.get("monitor.note.provinces"));
            case COROP, NUTS3 -> List.of(text.get("monitor.note.corop"), text.get("monitor.note.perPerson"));
            default -> List.of();
        };
    }
}
