package nl.werkkracht.app.productivity;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import nl.werkkracht.app.statistics.Cube;
import nl.werkkracht.app.statistics.Figures;
import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.core.productivity.OutputLabour;
import nl.werkkracht.core.productivity.VolumeGrowth;

/** Productivity levels and volume growth (METHODS.md §1–2) for one region and sector of a dataset. */
public final class ProductivityService {

    private final ObservationFinder finder;
    private final CodeLists codeLists;

    public ProductivityService(ObservationFinder finder, CodeLists codeLists) {
        this.finder = finder;
        this.codeLists = codeLists;
    }

    /** The level {@code p = Y / L} in one year. */
    public ProductivityView level(
            String dataset, String region, String sector, int year, LabourMeasure labour, PriceBasis priceBasis) {
        Figures figures = load(dataset, region, sector, year, year, labour);
        OptionalDouble output = figures.output(region, sector, year, priceBasis);
        Measure outputMeasure = outputMeasure(figures, sector, priceBasis);
        if (output.isEmpty()) {
            throw new StatisticsException(
                    missing(dataset, outputMeasure + " " + priceBasis.code(), region, sector, year));
        }
        OptionalDouble l = figures.labour(region, sector, year, labour);
        if (l.isEmpty()) {
            throw new StatisticsException(missing(dataset, labour.name(), region, sector, year));
        }
        OptionalDouble value = new OutputLabour(output.getAsDouble(), l.getAsDouble()).productivity();
        return new ProductivityView(
                region,
                sector,
                year,
                labour.name(),
                priceBasis.code(),
                labour.productivityUnit(),
                value.isPresent() ? value.getAsDouble() : null,
                outputMeasure.name(),
                dataset);
    }

    /** Volume growth of productivity over [from, to], measured as METHODS.md §2 prescribes. */
    public GrowthView growth(String dataset, String region, String sector, int from, int to, LabourMeasure labour) {
        if (to <= from) {
            throw new StatisticsException("--to must be after --from");
        }
        Figures figures = load(dataset, region, sector, from - 1, to, labour);
        Measure outputMeasure = outputMeasure(figures, sector, PriceBasis.CP);
        var volume = outputVolumeGrowth(figures, outputMeasure, region, sector, from, to);
        var labourByYear = new LinkedHashMap<Integer, Double>();
        for (int t = from; t <= to; t++) {
            OptionalDouble l = figures.labour(region, sector, t, labour);
            if (l.isPresent()) {
                labourByYear.put(t, l.getAsDouble());
            }
        }
        VolumeGrowth.Result result = VolumeGrowth.productivityGrowth(volume.growth(), labourByYear, from, to);
        var series = result.series()
                .orElseThrow(() -> new StatisticsException("no output volume or " + labour + " for " + region + " "
                        + sector + " in dataset " + dataset + " for year(s) " + result.missingYears()));
        return new GrowthView(
                region,
                sector,
                from,
                to,
                labour.name(),
                outputMeasure.name(),
                volume.method(),
                series.averageAnnualGrowth(),
                series.cumulativeGrowth(),
                series.years().stream()
                        .map(y -> new GrowthView.Year(y.year(), y.growth(), y.outputGrowth(), y.labourGrowth()))
                        .toList(),
                dataset);
    }

    private record Volume(Map<Integer, Double> growth, String method) {}

    private Volume outputVolumeGrowth(
            Figures figures, Measure measure, String region, String sector, int from, int to) {
        Cube cube = figures.cube();
        var cp = new LinkedHashMap<Integer, Double>();
        var pyp = new LinkedHashMap<Integer, Double>();
        for (int t = from - 1; t <= to; t++) {
            put(cp, t, figures.sum(measure, region, sector, t, PriceBasis.CP, Unit.EUR));
            put(pyp, t, figures.sum(measure, region, sector, t, PriceBasis.PYP, Unit.EUR));
        }
        var fromPyp = VolumeGrowth.outputGrowthFromPreviousYearPrices(cp, pyp);
        if (covers(fromPyp, from, to)) {
            return new Volume(fromPyp, "PYP/CP");
        }
        for (PriceBasis pb : cube.priceBases(measure, region, sector)) {
            if (pb.kind() == PriceBasis.Kind.CLV) {
                var clv = new LinkedHashMap<Integer, Double>();
                for (int t = from; t <= to; t++) {
                    put(clv, t, cube.value(measure, region, sector, t, pb, Unit.EUR));
                }
                var g = VolumeGrowth.outputGrowthFromVolumes(clv);
                if (covers(g, from, to)) {
                    return new Volume(g, pb.code());
                }
            }
        }
        var index = new LinkedHashMap<Integer, Double>();
        for (int t = from; t <= to; t++) {
            put(index, t, cube.value(Measure.GVA_VOLUME_INDEX, region, sector, t, PriceBasis.NONE, Unit.INDEX));
        }
        var g = VolumeGrowth.outputGrowthFromVolumes(index);
        if (covers(g, from, to)) {
            return new Volume(g, "INDEX");
        }
        throw new StatisticsException("no volume data for " + measure + " of " + region + " " + sector + " in dataset "
                + figures.cube().dataset() + " for " + (from + 1) + "-" + to
                + ": volume growth needs previous-year prices, chain-linked volumes or a volume index"
                + (measure == Measure.GDP ? " (regional GDP is published in current prices only)" : ""));
    }

    private static boolean covers(Map<Integer, Double> growth, int from, int to) {
        for (int t = from + 1; t <= to; t++) {
            if (!growth.containsKey(t)) {
                return false;
            }
        }
        return true;
    }

    private static void put(Map<Integer, Double> map, int year, OptionalDouble value) {
        if (value.isPresent()) {
            map.put(year, value.getAsDouble());
        }
    }

    private Measure outputMeasure(Figures figures, String sector, PriceBasis pb) {
        return sector.equals("TOTAL") ? figures.totalOutputMeasure(pb) : Measure.GVA;
    }

    private Figures load(String dataset, String region, String sector, int fromYear, int toYear, LabourMeasure labour) {
        finder.requireDataset(dataset);
        if (codeLists.region(region).isEmpty()) {
            throw new StatisticsException("unknown region code " + region);
        }
        var s = codeLists.sector(sector).orElseThrow(() -> new StatisticsException("unknown sector code " + sector));
        Set<String> sectors = new HashSet<>(s.sections());
        sectors.add(sector);
        Set<Measure> measures = Set.of(Measure.GVA, Measure.GDP, Measure.GVA_VOLUME_INDEX, labour.measure());
        var observations = finder.find(dataset, measures, Set.of(region), sectors, fromYear, toYear);
        return new Figures(new Cube(dataset, observations), codeLists);
    }

    private static String missing(String dataset, String what, String region, String sector, int year) {
        return "dataset " + dataset + " has no " + what + " for " + region + " " + sector + " in " + year
                + " (absent, confidential or missing)";
    }
}
