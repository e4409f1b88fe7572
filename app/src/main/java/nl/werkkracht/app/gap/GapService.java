package nl.werkkracht.app.gap;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.werkkracht.app.statistics.Cube;
import nl.werkkracht.app.statistics.Figures;
import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.app.statistics.SectorPanel;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.gap.GapDecomposition;
import nl.werkkracht.core.gap.GapResult;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;

/** The gap between a region and a reference, decomposed by sector (METHODS.md §4). */
public final class GapService {

    /** The CBS table that holds GVA by region × sector, named whenever a figure needs it. */
    public static final String REGIONAL_GVA_HINT = "GVA by region and sector is CBS table 84419NED (Productieproces;"
            + " bedrijfstak en regio): import it with ./werkkracht import cbs:84419NED --dataset regio";

    private static final List<String> BREAKDOWNS = List.of("A21", "A10");

    private final ObservationFinder finder;
    private final CodeLists codeLists;

    public GapService(ObservationFinder finder, CodeLists codeLists) {
        this.finder = finder;
        this.codeLists = codeLists;
    }

    public GapView gap(String dataset, String region, String reference, int year, LabourMeasure labour) {
        finder.requireDataset(dataset);
        requireRegion(region);
        requireRegion(reference);
        Set<String> sectors = new HashSet<>();
        BREAKDOWNS.forEach(b -> sectors.addAll(codeLists.breakdown(b).orElseThrow()));
        var observations = finder.find(
                dataset,
                Set.of(Measure.GVA, labour.measure()),
                new HashSet<>(List.of(region, reference)),
                sectors,
                year,
                year);
        Figures figures = new Figures(new Cube(dataset, observations), codeLists);
        String breakdown = SectorPanel.bestBreakdown(figures, BREAKDOWNS, region, year, PriceBasis.CP);
        List<String> codes = figures.breakdown(breakdown);
        var r = SectorPanel.of(figures, codes, region, year, PriceBasis.CP, labour);
        var n = SectorPanel.of(figures, codes, reference, year, PriceBasis.CP, labour);
        if (r.isEmpty()) {
            String boundary = nl.werkkracht.statdata.codelist.CodeListLoader.nutsVersions()
                    .whyNot(
                            nl.werkkracht.core.codelist.NutsVersions.Version.NUTS2016,
                            region,
                            nl.werkkracht.core.codelist.NutsVersions.Version.NUTS2024)
                    .filter(w -> w.contains("boundary"))
                    .map(w -> " Data published in NUTS 2024 cannot stand in for it: " + w + ".")
                    .orElse("");
            throw new StatisticsException("dataset " + dataset + " has no GVA by sector with " + labour + " for "
                    + region + " in " + year + "." + boundary + " " + REGIONAL_GVA_HINT);
        }
        GapResult g = GapDecomposition.decompose(r, n)
                .orElseThrow(() -> new StatisticsException("dataset " + dataset + " has no sector with GVA and "
                        + labour + " for both " + region + " and " + reference + " in " + year));
        var productivity = new LinkedHashMap<String, Double>();
        productivity.put("region", g.region());
        productivity.put("reference", g.reference());
        var effects = new LinkedHashMap<String, Double>();
        effects.put("productivity", g.productivityEffect());
        effects.put("structure", g.structureEffect());
        effects.put("interaction", g.interaction());
        return new GapView(
                region,
                reference,
                year,
                labour.name(),
                "CP",
                labour.productivityUnit(),
                breakdown,
                productivity,
                g.gap(),
                effects,
                g.structureCorrectedIndex().isPresent()
                        ? g.structureCorrectedIndex().getAsDouble()
                        : null,
                g.expectedLevel(),
                g.sectors().stream()
                        .map(s -> new GapView.Sector(
                                s.sector(),
                                s.contribution(),
                                s.regionShare(),
                                s.referenceShare(),
                                s.regionProductivity(),
                                s.referenceProductivity()))
                        .toList(),
                missing(figures, g, codes, r.keySet(), n.keySet(), region, year, labour),
                dataset,
                "GVA at basic prices, current prices, per " + labour.name().toLowerCase(java.util.Locale.ROOT),
                coverage(g),
                notes(dataset));
    }

    /**
     * Every sector of the breakdown that is not in the decomposition, with the reason; a suppressed
     * (confidential) cell in the region is named as such.
     */
    private static List<GapView.Missing> missing(
            Figures figures,
            GapResult g,
            List<String> codes,
            Set<String> inRegion,
            Set<String> inReference,
            String region,
            int year,
            LabourMeasure labour) {
        var out = new java.util.ArrayList<GapView.Missing>();
        for (var m : g.missingSectors()) {
            out.add(new GapView.Missing(
                    m.sector(),
                    confidential(figures, region, m.sector(), year, labour)
                            ? "CONFIDENTIAL_IN_REGION"
                            : m.reason().name()));
        }
        for (String code : codes) {
            if (!inRegion.contains(code) && !inReference.contains(code)) {
                out.add(new GapView.Missing(
                        code,
                        confidential(figures, region, code, year, labour)
                                ? "CONFIDENTIAL_IN_REGION"
                                : "MISSING_IN_BOTH"));
            }
        }
        return out;
    }

    private static boolean confidential(Figures f, String region, String sector, int year, LabourMeasure labour) {
        return isConfidential(f.cube().get(Measure.GVA, region, sector, year, PriceBasis.CP))
                || isConfidential(f.cube().get(labour.measure(), region, sector, year, PriceBasis.NONE));
    }

    private static boolean isConfidential(java.util.Optional<nl.werkkracht.core.observation.Observation> o) {
        return o.map(x -> x.status() == nl.werkkracht.core.observation.Status.CONFIDENTIAL)
                .orElse(false);
    }

    private static Map<String, Double> coverage(GapResult g) {
        var out = new LinkedHashMap<String, Double>();
        out.put("region", g.regionCoverage());
        out.put("reference", g.referenceCoverage());
        return out;
    }

    /**
     * The provenance of a shipped dataset (source, NUTS version, vintages, and whether they mix), as its
     * catalogue describes it; for a user's own import the answer says the vintage is that of the import.
     */
    private static List<String> notes(String dataset) {
        return nl.werkkracht.app.dataset.DefaultDatasets.shipped().datasets().stream()
                .filter(d -> d.name().equals(dataset))
                .findFirst()
                .map(d -> List.of(d.source(), d.description()))
                .orElse(List.of("Dataset " + dataset + " was imported by a user: its source, NUTS version and data"
                        + " vintage are those of the imported files (see ./werkkracht datasets)."));
    }

    private void requireRegion(String code) {
        if (codeLists.region(code).isEmpty()) {
            throw new StatisticsException("unknown region code " + code);
        }
    }
}
