package nl.werkkracht.app.gap;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import nl.werkkracht.app.statistics.Cube;
import nl.werkkracht.app.statistics.Figures;
import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.app.statistics.SectorPanel;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.gap.StructureComparison;
import nl.werkkracht.core.gap.StructureResult;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;

/**
 * Structure comparison in the form the default data support (METHODS.md §4): regional labour by sector
 * from one dataset, the reference's GVA per unit of labour by sector from a second dataset (or the
 * same), and actual productivity on the output measure the regional data have (GDP per person in
 * Eurostat's regional accounts). The view names the source of every part.
 */
public final class StructureService {

    private final ObservationFinder finder;
    private final CodeLists codeLists;

    public StructureService(ObservationFinder finder, CodeLists codeLists) {
        this.finder = finder;
        this.codeLists = codeLists;
    }

    /** The datasets of one comparison, loaded for a set of regions and years. */
    public record Inputs(Figures regional, Figures productivity, String breakdown) {}

    /** Loads what {@link #compute} needs for the regions (reference included) over [fromYear, toYear]. */
    public Inputs load(
            String dataset,
            String productivityDataset,
            Set<String> regions,
            int fromYear,
            int toYear,
            LabourMeasure labour) {
        finder.requireDataset(dataset);
        finder.requireDataset(productivityDataset);
        Set<String> sectors = new HashSet<>(Set.of("TOTAL"));
        for (String b : List.of("A10", "A21")) {
            sectors.addAll(codeLists.breakdown(b).orElseThrow());
        }
        Set<Measure> measures = Set.of(Measure.GVA, Measure.GDP, labour.measure());
        Figures regional = new Figures(
                new Cube(dataset, finder.find(dataset, measures, regions, sectors, fromYear, toYear)), codeLists);
        Figures productivity = dataset.equals(productivityDataset)
                ? regional
                : new Figures(
                        new Cube(
                                productivityDataset,
                                finder.find(productivityDataset, measures, Set.of(), sectors, fromYear, toYear)),
                        codeLists);
        return new Inputs(regional, productivity, "A10");
    }

    /** The comparison for one region and year; empty when an input is missing. */
    public Optional<StructureResult> compute(
            Inputs in, String region, String reference, int year, LabourMeasure labour) {
        List<String> codes = in.regional().breakdown(in.breakdown());
        Map<String, Double> regionLabour = SectorPanel.labour(in.regional(), codes, region, year, labour);
        Map<String, Double> referenceLabour = SectorPanel.labour(in.regional(), codes, reference, year, labour);
        Map<String, Double> referenceProductivity = new LinkedHashMap<>();
        for (String sector : codes) {
            OptionalDouble y = in.productivity().sum(Measure.GVA, reference, sector, year, PriceBasis.CP, Unit.EUR);
            OptionalDouble l = in.productivity().labour(reference, sector, year, labour);
            if (l.isEmpty()) {
                l = in.regional().labour(reference, sector, year, labour);
            }
            if (y.isPresent() && l.isPresent() && l.getAsDouble() > 0) {
                referenceProductivity.put(sector, y.getAsDouble() / l.getAsDouble());
            }
        }
        OptionalDouble pr = actual(in.regional(), region, year, labour);
        OptionalDouble pn = actual(in.regional(), reference, year, labour);
        if (pr.isEmpty() || pn.isEmpty() || pn.getAsDouble() == 0) {
            return Optional.empty();
        }
        return StructureComparison.compare(
                regionLabour, referenceLabour, referenceProductivity, pr.getAsDouble(), pn.getAsDouble());
    }

    /** Actual productivity of a region: total output over total labour. */
    public static OptionalDouble actual(Figures figures, String region, int year, LabourMeasure labour) {
        OptionalDouble y = figures.output(region, "TOTAL", year, PriceBasis.CP);
        OptionalDouble l = figures.labour(region, "TOTAL", year, labour);
        if (y.isEmpty() || l.isEmpty() || l.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(y.getAsDouble() / l.getAsDouble());
    }

    public StructureView structure(
            String dataset,
            Optional<String> productivityDataset,
            String region,
            String reference,
            int year,
            LabourMeasure labour) {
        for (String code : List.of(region, reference)) {
            if (codeLists.region(code).isEmpty()) {
                throw new StatisticsException("unknown region code " + code);
            }
        }
        String pds = productivityDataset.orElse(dataset);
        Inputs in = load(dataset, pds, Set.of(region, reference), year, year, labour);
        StructureResult r = compute(in, region, reference, year, labour)
                .orElseThrow(() -> new StatisticsException(why(in, dataset, pds, region, reference, year, labour)));
        if (!r.covered()) {
            throw new StatisticsException(String.format(
                    java.util.Locale.ROOT,
                    "the sectors with data cover %.1f %% of the %s of %s and %.1f %% of %s in %d, below the 90 %%"
                            + " an index needs (METHODS.md §4); missing: %s",
                    100 * r.coverage(),
                    labour,
                    region,
                    100 * r.referenceCoverage(),
                    reference,
                    year,
                    String.join(
                            ", ",
                            r.missingSectors().stream()
                                    .map(m -> m.sector() + " (" + m.reason().name() + ")")
                                    .toList())));
        }
        var actual = new LinkedHashMap<String, Double>();
        actual.put("region", r.actualRegion());
        actual.put("reference", r.actualReference());
        var measures = new LinkedHashMap<String, String>();
        measures.put("actual", in.regional().totalOutputMeasure(PriceBasis.CP).name() + " per " + labour);
        measures.put("expected", "GVA per " + labour);
        var sources = new LinkedHashMap<String, String>();
        sources.put("regionalLabour", dataset);
        sources.put("actualProductivity", dataset);
        sources.put("referenceGva", pds);
        sources.put("referenceLabour", labourSource(in, reference, year, labour, dataset, pds));
        return new StructureView(
                region,
                reference,
                year,
                labour.name(),
                labour.productivityUnit(),
                in.breakdown(),
                actual,
                r.expected(),
                r.referenceExpected(),
                r.structureIndex(),
                r.correctedIndex(),
                r.actualIndex(),
                measures,
                sources,
                r.coverage(),
                r.referenceCoverage(),
                r.sectors().stream()
                        .map(s -> new StructureView.Sector(
                                s.sector(), s.regionShare(), s.referenceShare(), s.referenceProductivity()))
                        .toList(),
                r.missingSectors().stream()
                        .map(m -> new GapView.Missing(m.sector(), m.reason().name()))
                        .toList());
    }

    private static String labourSource(
            Inputs in, String reference, int year, LabourMeasure labour, String dataset, String pds) {
        for (String sector : in.productivity().breakdown(in.breakdown())) {
            if (in.productivity().labour(reference, sector, year, labour).isPresent()) {
                return pds;
            }
        }
        return dataset;
    }

    private static String why(
            Inputs in, String dataset, String pds, String region, String reference, int year, LabourMeasure labour) {
        if (actual(in.regional(), region, year, labour).isEmpty()) {
            return "dataset " + dataset + " has no total output and " + labour + " for " + region + " in " + year;
        }
        if (actual(in.regional(), reference, year, labour).isEmpty()) {
            return "dataset " + dataset + " has no total output and " + labour + " for " + reference + " in " + year;
        }
        return "no sector has " + labour + " for " + region + " in dataset " + dataset + " and GVA for " + reference
                + " in dataset " + pds + " in " + year
                + (dataset.equals(pds) ? " (add --productivity-dataset, e.g. euklems)" : "");
    }
}
