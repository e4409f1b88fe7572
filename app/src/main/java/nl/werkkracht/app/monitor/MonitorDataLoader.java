package nl.werkkracht.app.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import nl.werkkracht.app.dataset.DefaultDataset;
import nl.werkkracht.app.dataset.DefaultDatasets;
import nl.werkkracht.app.gap.StructureService;
import nl.werkkracht.app.statistics.Cube;
import nl.werkkracht.app.statistics.Figures;
import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.store.observation.DatasetSummary;
import nl.werkkracht.store.observation.ObservationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the monitor's datasets from the store once and computes every region's productivity, labour
 * and structure comparison for every year ({@link MonitorData}), with the existing {@link
 * StructureService}: actual productivity is total output over total labour of the regional dataset,
 * the structure comparison takes the reference's GVA by sector from the productivity dataset
 * (METHODS.md §1, §4).
 */
@Component
class MonitorDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorDataLoader.class);

    private static final List<LabourMeasure> LABOUR_PREFERENCE =
            List.of(LabourMeasure.HOURS, LabourMeasure.FTE, LabourMeasure.JOBS, LabourMeasure.PERSONS);

    private final StructureService structure;
    private final ObservationFinder finder;
    private final CodeLists codeLists;
    private final ObservationStore store;
    private final MonitorSettings settings;

    MonitorDataLoader(
            StructureService structure,
            ObservationFinder finder,
            CodeLists codeLists,
            ObservationStore store,
            MonitorSettings settings) {
        this.structure = structure;
        this.finder = finder;
        this.codeLists = codeLists;
        this.store = store;
        this.settings = settings;
    }

    MonitorData load() {
        long start = System.nanoTime();
        List<DatasetSummary> datasets = store.datasets();
        LOG.debug("Datasets listed in {} ms", (System.nanoTime() - start) / 1_000_000);
        MonitorData data = read(datasets);
        LOG.info(
                "Monitor figures read from datasets {}, {} and {} in {} ms",
                settings.dataset(),
                settings.productivityDataset(),
                settings.hoursDataset(),
                (System.nanoTime() - start) / 1_000_000);
        return data;
    }

    private MonitorData read(List<DatasetSummary> datasets) {
        Map<String, List<DefaultDataset.Vintage>> vintages = vintages(datasets);
        MonitorData perHour = null;
        String hours = settings.hoursDataset();
        if (!hours.isBlank()
                && datasets.stream()
                        .anyMatch(d -> d.name().equals(hours) && d.firstPeriod().isPresent())) {
            perHour = read(datasets, settings.perHour(), vintages, null);
        } else if (!hours.isBlank()) {
            LOG.info("Dataset {} is not in the store: provinces are shown per person employed", hours);
        }
        return read(datasets, settings, vintages, perHour);
    }

    private MonitorData read(
            List<DatasetSummary> datasets,
            MonitorSettings s,
            Map<String, List<DefaultDataset.Vintage>> vintages,
            MonitorData perHour) {
        DatasetSummary regional = datasets.stream()
                .filter(d -> d.name().equals(s.dataset()))
                .findFirst()
                .orElseThrow(() -> new StatisticsException("the monitor needs dataset " + s.dataset()
                        + ", which is not in the store (see ./werkkracht datasets)"));
        if (regional.firstPeriod().isEmpty()) {
            throw new StatisticsException("dataset " + s.dataset() + " holds no observations");
        }
        int first = regional.firstPeriod().get().year();
        int last = regional.lastPeriod().get().year();
        boolean withSectors = datasets.stream().anyMatch(d -> d.name().equals(s.productivityDataset()));
        String pds = withSectors ? s.productivityDataset() : s.dataset();
        boolean hourly = perHour == null
                && s.labour() == LabourMeasure.HOURS
                && s.dataset().equals(s.hoursDataset());
        long started = System.nanoTime();
        StructureService.Inputs in = inputs(s, pds, first, last);
        List<MonitorData.RegionalGva> gvaByRegion = regionalGva(datasets);
        Figures extra = hourly ? extra(s, first, last) : null;
        String gvaDataset = hourly ? gvaTotals(gvaByRegion, first, last) : null;
        Figures gva = gvaDataset == null ? null : gvaFigures(gvaDataset, first, last);
        LOG.debug("Monitor observations read in {} ms", (System.nanoTime() - started) / 1_000_000);
        var dataCodes = new HashMap<String, String>();
        var points = new HashMap<String, Map<Integer, MonitorData.Point>>();
        for (Region r : regions(hourly)) {
            String code = hasData(in, s, r.code(), first, last)
                    ? r.code()
                    : r.equivalent()
                            .filter(eq -> hasData(in, s, eq, first, last))
                            .orElse(r.code());
            dataCodes.put(r.code(), code);
            points.computeIfAbsent(code, c -> pointsOf(in, s, extra, gva, c, first, last));
        }
        return new MonitorData(
                s,
                codeLists,
                in.regional().totalOutputMeasure(PriceBasis.CP).name(),
                first,
                last,
                dataCodes,
                points,
                sources(datasets),
                gvaByRegion,
                vintages,
                gvaDataset,
                perHour);
    }

    /** Compensation, employee hours and the GVA volume index of the hours dataset (per-hour figures). */
    private Figures extra(MonitorSettings s, int first, int last) {
        return new Figures(
                new Cube(
                        s.dataset(),
                        finder.find(
                                s.dataset(),
                                Set.of(Measure.COMP, Measure.EMPLOYEE_HOURS, Measure.GVA_VOLUME_INDEX),
                                Set.of(),
                                Set.of("TOTAL"),
                                first,
                                last)),
                codeLists);
    }

    /** The first dataset with GVA by region and sector that has a total GVA: the labour income share's GVA. */
    private String gvaTotals(List<MonitorData.RegionalGva> gvaByRegion, int first, int last) {
        for (MonitorData.RegionalGva g : gvaByRegion) {
            if (!finder.find(
                            g.dataset(),
                            Set.of(Measure.GVA),
                            Set.of(settings.reference()),
                            Set.of("TOTAL"),
                            first,
                            last)
                    .isEmpty()) {
                return g.dataset();
            }
        }
        return null;
    }

    private Figures gvaFigures(String dataset, int first, int last) {
        return new Figures(
                new Cube(dataset, finder.find(dataset, Set.of(Measure.GVA), Set.of(), Set.of("TOTAL"), first, last)),
                codeLists);
    }

    /**
     * What {@link StructureService#load} reads, read directly and whole: the datasets are known to exist
     * (listed by the store), so the existence checks, which summarise a dataset each, are skipped; and
     * all regions and sectors are read in one plain query rather than a long list of codes (the monitor
     * uses nearly all of them), which the embedded database answers much faster.
     */
    private StructureService.Inputs inputs(MonitorSettings s, String productivityDataset, int first, int last) {
        Set<Measure> measures = Set.of(Measure.GVA, Measure.GDP, s.labour().measure());
        Figures regional = new Figures(
                new Cube(s.dataset(), finder.find(s.dataset(), measures, Set.of(), Set.of(), first, last)), codeLists);
        Figures productivity = productivityDataset.equals(s.dataset())
                ? regional
                : new Figures(
                        new Cube(
                                productivityDataset,
                                finder.find(productivityDataset, measures, Set.of(), Set.of(), first, last)),
                        codeLists);
        return new StructureService.Inputs(regional, productivity, "A10");
    }

    private Map<Integer, MonitorData.Point> pointsOf(
            StructureService.Inputs in,
            MonitorSettings s,
            Figures extra,
            Figures gva,
            String code,
            int first,
            int last) {
        var out = new HashMap<Integer, MonitorData.Point>();
        for (int y = first; y <= last; y++) {
            OptionalDouble p = StructureService.actual(in.regional(), code, y, s.labour());
            OptionalDouble l = in.regional().labour(code, "TOTAL", y, s.labour());
            // below 90 % coverage of the labour on either side the index is not a result (METHODS.md §4)
            var st = structure
                    .compute(in, code, s.reference(), y, s.labour())
                    .filter(nl.werkkracht.core.gap.StructureResult::covered);
            Double volume = extra == null
                    ? null
                    : boxed(extra.sum(Measure.GVA_VOLUME_INDEX, code, "TOTAL", y, PriceBasis.NONE, Unit.INDEX));
            Double comp =
                    extra == null ? null : boxed(extra.sum(Measure.COMP, code, "TOTAL", y, PriceBasis.CP, Unit.EUR));
            Double employeeHours = extra == null
                    ? null
                    : boxed(extra.sum(Measure.EMPLOYEE_HOURS, code, "TOTAL", y, PriceBasis.NONE, Unit.HW));
            Double totalGva =
                    gva == null ? null : boxed(gva.sum(Measure.GVA, code, "TOTAL", y, PriceBasis.CP, Unit.EUR));
            if (p.isPresent()
                    || l.isPresent()
                    || st.isPresent()
                    || volume != null
                    || comp != null
                    || totalGva != null) {
                out.put(
                        y,
                        new MonitorData.Point(
                                boxed(p), boxed(l), st.orElse(null), volume, comp, employeeHours, totalGva));
            }
        }
        return out;
    }

    private static Double boxed(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    private static boolean hasData(StructureService.Inputs in, MonitorSettings s, String code, int first, int last) {
        for (int y = first; y <= last; y++) {
            if (in.regional().labour(code, "TOTAL", y, s.labour()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Every Dutch region except extra-regio; for the per-hour figures the country and the provinces only. */
    private List<Region> regions(boolean hourly) {
        return codeLists.regions().stream()
                .filter(r -> r.level() != RegionLevel.EXTRA_REGIO)
                .filter(r -> !hourly || r.level() == RegionLevel.COUNTRY || MonitorData.hourly(r.level()))
                .toList();
    }

    /**
     * The vintages and NUTS versions the catalogue lists for the shipped datasets, for each dataset in the
     * store that is the shipped one (same title); a user's own dataset under another title has none.
     */
    private static Map<String, List<DefaultDataset.Vintage>> vintages(List<DatasetSummary> datasets) {
        var out = new HashMap<String, List<DefaultDataset.Vintage>>();
        for (DefaultDataset d : DefaultDatasets.shipped().datasets()) {
            datasets.stream()
                    .filter(s -> s.name().equals(d.name()) && s.info().title().equals(d.title()))
                    .findFirst()
                    .ifPresent(s -> out.put(d.name(), d.vintages()));
        }
        return out;
    }

    private static Map<String, SourceRef> sources(List<DatasetSummary> datasets) {
        var out = new HashMap<String, SourceRef>();
        for (DatasetSummary d : datasets) {
            var info = d.info();
            out.put(info.name(), new SourceRef(info.name(), info.title(), info.source(), info.licence()));
        }
        return out;
    }

    /**
     * Datasets with GVA for more than one region (so by region) other than the national productivity
     * dataset, with the labour measure they are best decomposed on.
     */
    private static List<MonitorData.RegionalGva> regionalGva(List<DatasetSummary> datasets) {
        var out = new ArrayList<MonitorData.RegionalGva>();
        for (DatasetSummary d : datasets) {
            if (!d.measures().contains(Measure.GVA) || d.regions() < 2 || d.sectors() < 2) {
                continue;
            }
            LABOUR_PREFERENCE.stream()
                    .filter(l -> d.measures().contains(l.measure()))
                    .findFirst()
                    .ifPresent(l -> out.add(new MonitorData.RegionalGva(d.name(), l)));
        }
        return out;
    }
}
