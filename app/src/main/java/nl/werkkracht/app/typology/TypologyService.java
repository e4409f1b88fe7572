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
            Optional<String> frontrunner,
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
        dataCodes.forEach((code, data) -> levels.put(
                code,
                new CatchUpTypology.Levels(
                        level(in, data, from, labour, corrected), level(in, data, to, labour, corrected))));
        Optional<String> front = frontrunner.map(f -> resolve(f, regions));
        TypologyResult result = CatchUpTypology.classify(levels, front, thresholds)
                .orElseThrow(
                        () -> new StatisticsException(noLevels(dataset, level, from, to, labour, corrected, front)));
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
                result.frontrunner(),
                result.chosen(),
                thresholdMap,
                result.regions().stream().map(r -> view(r)).toList(),
                result.missingRegions(),
                notes,
                dataset);
    }

    private TypologyView.Region view(RegionCatchUp r) {
        String name = codeLists.region(r.region()).map(Region::nameNl).orElse(r.region());
        return new TypologyView.Region(
                r.region(),
                name,
                r.relativeFrom(),
                r.relativeTo(),
                r.change(),
                r.catchUpClass().name());
    }

    private OptionalDouble level(
            StructureService.Inputs in, String region, int year, LabourMeasure labour, boolean corrected) {
        if (!corrected) {
            return StructureService.actual(in.regional(), region, year, labour);
        }
        Optional<StructureResult> r = structure.compute(in, region, REFERENCE, year, labour);
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
            Optional<String> front) {
        return front.map(f -> "the frontrunner " + f + " has no productivity level in both " + from + " and " + to)
                .orElse("dataset " + dataset + " has no " + (corrected ? "structure-corrected " : "")
                        + "productivity per " + labour + " for regions of level " + level + " in both " + from
                        + " and " + to);
    }
}
