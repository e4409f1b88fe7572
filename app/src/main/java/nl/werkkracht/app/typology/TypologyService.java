package nl.werkkracht.app.typology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import nl.werkkracht.app.gap.StructureService;
import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.gap.StructureResult;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.typology.CatchUpTypology;
import nl.werkkracht.core.typology.RegionCatchUp;
import nl.werkkracht.core.typology.Thresholds;
import nl.werkkracht.core.typology.TypologyResult;

/**
 * Catch-up typology of all regions of one level, on raw productivity or on structure-corrected
 * productivity (METHODS.md §5). Provinces are read from NUTS-2 data when a dataset has no province
 * codes (the areas are identical); COROP regions from NUTS-3 data (matched by name; boundaries can
 * differ after municipal reorganisations), and the view says so.
 */
public final class TypologyService {

    private static final String REFERENCE = "NL";

    private final ObservationFinder finder;
    private final CodeLists codeLists;
    private final StructureService structure;

    public TypologyService(ObservationFinder finder, CodeLists codeLists) {
        this.finder = finder;
        this.codeLists = codeLists;
        this.structure = new StructureService(finder, codeLists);
    }

    public TypologyView typology(
            String dataset,
            RegionLevel level,
            int from,
            int to,
            LabourMeasure labour,
            List<String> frontrunners,
            boolean corrected,
            Optional<String> productivityDataset,
            Thresholds thresholds) {
        if (to <= from) {
            throw new StatisticsException("--to must be after --from");
        }
        List<Region> regions = codeLists.regions(level);
        if (regions.isEmpty()) {
            throw new StatisticsException("no regions of level " + level);
        }
        var dataCodes = new LinkedHashMap<String, String>();
        var candidates = new java.util.HashSet<String>(Set.of(REFERENCE));
        for (Region r : regions) {
            candidates.add(r.code());
            r.equivalent().ifPresent(candidates::add);
        }
        var in = structure.load(dataset, productivityDataset.orElse(dataset), candidates, from, to, labour);
        var notes = new ArrayList<String>();
        for (Region r : regions) {
            dataCodes.put(r.code(), dataCode(in, r, from, labour, notes));
        }
        var levels = new LinkedHashMap<String, CatchUpTypology.Levels>();
        dataCodes.forEach((code, data) -> levels.put(code, levels(in, data, from, to, labour, corrected)));
        List<String> front = frontrunners.stream().map(f -> resolve(f, regions)).toList();
        Optional<CatchUpTypology.Levels> reference = corrected
                ? Optional.of(CatchUpTypology.Levels.of(100, 100))
                : Optional.of(new CatchUpTypology.Levels(
                        StructureService.actual(in.regional(), REFERENCE, from, labour),
                        StructureService.actual(in.regional(), REFERENCE, to, labour)));
        TypologyResult result = CatchUpTypology.classify(levels, front, reference, thresholds)
                .orElseThrow(() -> new StatisticsException(
                        noLevels(dataset, level, from, to, labour, corrected, String.join(",", front))));
        if (corrected) {
            notes.add("Levels corrected for sector structure: GVA per " + labour + " by sector from dataset "
                    + productivityDataset.orElse(dataset) + ", sector labour from dataset " + dataset + ".");
        }
        var thresholdMap = new LinkedHashMap<String, Double>();
        thresholdMap.put("moderate", thresholds.moderate());
        thresholdMap.put("strong", thresholds.strong());
        return new TypologyView(
                level.name(),
                from,
                to,
                labour.name(),
                in.regional().totalOutputMeasure(PriceBasis.CP).name() + " per " + labour,
                corrected,
                label(result.frontrunnerGroup()),
                result.chosen(),
                thresholdMap,
                result.regions().stream().map(r -> view(r)).toList(),
                result.missingRegions(),
                notes,
                dataset,
                result.frontrunnerGroup(),
                result.frontrunnerChangeVsReference().isPresent()
                        ? result.frontrunnerChangeVsReference().getAsDouble()
                        : null,
                result.warnings().stream()
                        .map(w -> String.format(
                                java.util.Locale.ROOT,
                                "%s: the frontrunner group lost %.1f points against %s over %d-%d, so regions"
                                        + " seem to catch up because the frontrunners fell back",
                                w.name(),
                                -result.frontrunnerChangeVsReference().orElse(0),
                                REFERENCE,
                                from,
                                to))
                        .toList());
    }

    private TypologyView.Region view(RegionCatchUp r) {
        String name = codeLists.region(r.region()).map(Region::nameNl).orElse(r.region());
        return new TypologyView.Region(
                r.region(),
                name,
                r.relativeFrom(),
                r.relativeTo(),
                r.change(),
                r.catchUpClass().name(),
                r.changeVsReference().isPresent() ? r.changeVsReference().getAsDouble() : null);
    }

    /** "Groot-Amsterdam, Utrecht": the group's Dutch names, readable. */
    private String label(List<String> group) {
        return String.join(
                ", ",
                group.stream()
                        .map(c -> codeLists.region(c).map(Region::nameNl).orElse(c))
                        .toList());
    }

    /** Levels in t0 and t1 and the mean over the first three years (which picks the frontrunner group). */
    private CatchUpTypology.Levels levels(
            StructureService.Inputs in, String data, int from, int to, LabourMeasure labour, boolean corrected) {
        double sum = 0;
        int n = 0;
        for (int y = from; y <= Math.min(to, from + 2); y++) {
            OptionalDouble v = level(in, data, y, labour, corrected);
            if (v.isPresent() && v.getAsDouble() > 0) {
                sum += v.getAsDouble();
                n++;
            }
        }
        return new CatchUpTypology.Levels(
                level(in, data, from, labour, corrected),
                level(in, data, to, labour, corrected),
                n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n));
    }

    private OptionalDouble level(
            StructureService.Inputs in, String region, int year, LabourMeasure labour, boolean corrected) {
        if (!corrected) {
            return StructureService.actual(in.regional(), region, year, labour);
        }
        Optional<StructureResult> r =
                structure.compute(in, region, REFERENCE, year, labour).filter(StructureResult::covered);
        return r.map(s -> OptionalDouble.of(s.correctedIndex())).orElse(OptionalDouble.empty());
    }

    /** The code under which the dataset holds the region: its own, or its NUTS equivalent. */
    private static String dataCode(
            StructureService.Inputs in, Region r, int year, LabourMeasure labour, List<String> notes) {
        if (StructureService.actual(in.regional(), r.code(), year, labour).isPresent()
                || r.equivalent().isEmpty()) {
            return r.code();
        }
        String eq = r.equivalent().get();
        if (r.level() == RegionLevel.PROVINCE && notes.stream().noneMatch(n -> n.startsWith("Provinces"))) {
            notes.add("Provinces are read from NUTS-2 regions, which cover the same area.");
        }
        if (r.level() == RegionLevel.COROP && notes.stream().noneMatch(n -> n.startsWith("COROP"))) {
            notes.add("COROP regions are read from the NUTS-3 region of the same name (NUTS 2016); boundaries can"
                    + " differ where municipalities were reorganised.");
        }
        return eq;
    }

    private static String resolve(String code, List<Region> regions) {
        for (Region r : regions) {
            if (r.code().equals(code) || r.equivalent().map(code::equals).orElse(false)) {
                return r.code();
            }
        }
        throw new StatisticsException("frontrunner " + code + " is not a region of this level");
    }

    private static String noLevels(
            String dataset,
            RegionLevel level,
            int from,
            int to,
            LabourMeasure labour,
            boolean corrected,
            String front) {
        return Optional.of(front)
                .filter(f -> !f.isEmpty())
                .map(f -> "a frontrunner of " + f + " has no productivity level in both " + from + " and " + to)
                .orElse("dataset " + dataset + " has no " + (corrected ? "structure-corrected " : "")
                        + "productivity per " + labour + " for regions of level " + level + " in both " + from
                        + " and " + to);
    }
}
