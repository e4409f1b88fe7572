package nl.werkkracht.app.shiftshare;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.werkkracht.app.statistics.Cube;
import nl.werkkracht.app.statistics.Figures;
import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.app.statistics.SectorPanel;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.productivity.OutputLabour;
import nl.werkkracht.core.shiftshare.Gead;
import nl.werkkracht.core.shiftshare.GeadResult;
import nl.werkkracht.core.shiftshare.ShiftShare;
import nl.werkkracht.core.shiftshare.ShiftShareResult;

/**
 * Shift-share decomposition of a region's productivity change across sectors: the classic form on
 * current prices (nominal, labelled so), or GEAD in previous-year prices when the dataset has them.
 */
public final class ShiftShareService {

    private static final List<String> BREAKDOWNS = List.of("A21", "A10");

    private final ObservationFinder finder;
    private final CodeLists codeLists;

    public ShiftShareService(ObservationFinder finder, CodeLists codeLists) {
        this.finder = finder;
        this.codeLists = codeLists;
    }

    /**
     * @param priceBasis CP or PYP; empty = PYP when the dataset has previous-year prices, else CP
     */
    public ShiftShareView decompose(
            String dataset, String region, int from, int to, LabourMeasure labour, Optional<PriceBasis> priceBasis) {
        if (to <= from) {
            throw new StatisticsException("--to must be after --from");
        }
        finder.requireDataset(dataset);
        Set<String> sectors = new HashSet<>();
        BREAKDOWNS.forEach(b -> codeLists.breakdown(b).ifPresent(sectors::addAll));
        sectors.addAll(codeLists.breakdown("A21").orElseThrow());
        var observations =
                finder.find(dataset, Set.of(Measure.GVA, labour.measure()), Set.of(region), sectors, from, to);
        Figures figures = new Figures(new Cube(dataset, observations), codeLists);
        PriceBasis pb = priceBasis.orElseGet(
                () -> figures.cube().hasAny(Measure.GVA, PriceBasis.PYP) ? PriceBasis.PYP : PriceBasis.CP);
        if (pb.kind() != PriceBasis.Kind.CP && pb.kind() != PriceBasis.Kind.PYP) {
            throw new StatisticsException("shift-share needs --price-basis CP or PYP: chain-linked volumes of sectors"
                    + " do not add up (METHODS.md §2)");
        }
        String breakdown = SectorPanel.bestBreakdown(figures, BREAKDOWNS, region, from, PriceBasis.CP);
        List<String> codes = figures.breakdown(breakdown);
        if (pb.equals(PriceBasis.CP)) {
            return classic(figures, dataset, region, from, to, labour, breakdown, codes);
        }
        return gead(figures, dataset, region, from, to, labour, breakdown, codes);
    }

    private ShiftShareView classic(
            Figures f,
            String dataset,
            String region,
            int from,
            int to,
            LabourMeasure labour,
            String bd,
            List<String> codes) {
        var a = SectorPanel.of(f, codes, region, from, PriceBasis.CP, labour);
        var b = SectorPanel.of(f, codes, region, to, PriceBasis.CP, labour);
        ShiftShareResult r = ShiftShare.decompose(a, b);
        if (r.sectors().isEmpty()) {
            throw noData(dataset, region, from, to, labour, "GVA in current prices");
        }
        var sectors = r.sectors().stream()
                .map(s -> new ShiftShareView.Sector(
                        s.sector(),
                        s.shareFrom(),
                        s.shareTo(),
                        s.productivityFrom(),
                        s.productivityTo(),
                        s.within(),
                        s.staticShift(),
                        s.dynamicShift()))
                .toList();
        return view(
                dataset,
                region,
                from,
                to,
                labour,
                "CP",
                "classic",
                bd,
                r.from(),
                r.to(),
                r.within(),
                r.staticShift(),
                r.dynamicShift(),
                sectors,
                missing(codes, r.sectors().stream().map(s -> s.sector()).toList()));
    }

    private ShiftShareView gead(
            Figures f,
            String dataset,
            String region,
            int from,
            int to,
            LabourMeasure labour,
            String bd,
            List<String> codes) {
        Map<Integer, Map<String, OutputLabour>> cp = new LinkedHashMap<>();
        Map<Integer, Map<String, OutputLabour>> pyp = new LinkedHashMap<>();
        for (int t = from; t <= to; t++) {
            cp.put(t, SectorPanel.of(f, codes, region, t, PriceBasis.CP, labour));
            pyp.put(t, SectorPanel.of(f, codes, region, t, PriceBasis.PYP, labour));
        }
        GeadResult r = Gead.decompose(cp, pyp, from, to)
                .orElseThrow(
                        () -> noData(dataset, region, from, to, labour, "GVA in current and previous-year prices"));
        var sectors = r.sectors().stream()
                .map(s -> new ShiftShareView.Sector(
                        s.sector(), null, null, null, null, s.within(), s.staticShift(), s.dynamicShift()))
                .toList();
        return view(
                dataset,
                region,
                from,
                to,
                labour,
                "PYP",
                "GEAD",
                bd,
                r.from(),
                r.to(),
                r.within(),
                r.staticShift(),
                r.dynamicShift(),
                sectors,
                missing(
                        codes,
                        r.sectors().stream()
                                .map(GeadResult.SectorEffects::sector)
                                .toList()));
    }

    private static List<String> missing(List<String> codes, List<String> used) {
        return codes.stream().filter(c -> !used.contains(c)).toList();
    }

    private static ShiftShareView view(
            String dataset,
            String region,
            int from,
            int to,
            LabourMeasure labour,
            String pb,
            String method,
            String breakdown,
            double p0,
            double p1,
            double within,
            double stat,
            double dyn,
            List<ShiftShareView.Sector> sectors,
            List<String> missing) {
        double change = p1 - p0;
        var productivity = new LinkedHashMap<String, Double>();
        productivity.put("from", p0);
        productivity.put("to", p1);
        var effects = new LinkedHashMap<String, Double>();
        effects.put("within", within);
        effects.put("staticShift", stat);
        effects.put("dynamicShift", dyn);
        var shares = new LinkedHashMap<String, Double>();
        if (change != 0) {
            effects.forEach((k, v) -> shares.put(k, v / change));
        }
        return new ShiftShareView(
                region,
                from,
                to,
                labour.name(),
                pb,
                method,
                labour.productivityUnit(),
                breakdown,
                productivity,
                change,
                effects,
                shares,
                sectors,
                missing,
                dataset);
    }

    private static StatisticsException noData(
            String dataset, String region, int from, int to, LabourMeasure labour, String what) {
        return new StatisticsException("dataset " + dataset + " has no sector with " + what + " and " + labour + " for "
                + region + " in " + from + " and " + to);
    }
}
