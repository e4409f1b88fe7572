package nl.werkkracht.app.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
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
                "Monitor figures read from datasets {} and {} in {} ms",
                settings.dataset(),
                settings.productivityDataset(),
                (System.nanoTime() - start) / 1_000_000);
        return data;
    }

    private MonitorData read(List<DatasetSummary> datasets) {
        DatasetSummary regional = datasets.stream()
                .filter(d -> d.name().equals(settings.dataset()))
                .findFirst()
                .orElseThrow(() -> new StatisticsException("the monitor needs dataset " + settings.dataset()
                        + ", which is not in the store (see ./werkkracht datasets)"));
        if (regional.firstPeriod().isEmpty()) {
            throw new StatisticsException("dataset " + settings.dataset() + " holds no observations");
        }
        int first = regional.firstPeriod().get().year();
        int last = regional.lastPeriod().get().year();
        boolean withSectors = datasets.stream().anyMatch(d -> d.name().equals(settings.productivityDataset()));
        String pds = withSectors ? settings.productivityDataset() : settings.dataset();
        long started = System.nanoTime();
        StructureService.Inputs in = inputs(pds, first, last);
        LOG.debug("Monitor observations read in {} ms", (System.nanoTime() - started) / 1_000_000);
        var dataCodes = new HashMap<String, String>();
        var points = new HashMap<String, Map<Integer, MonitorData.Point>>();
        for (Region r : regions()) {
            String code = hasData(in, r.code(), first, last)
                    ? r.code()
                    : r.equivalent().filter(eq -> hasData(in, eq, first, last)).orElse(r.code());
            dataCodes.put(r.code(), code);
            points.computeIfAbsent(code, c -> pointsOf(in, c, first, last));
        }
        return new MonitorData(
                settings,
                codeLists,
                in.regional().totalOutputMeasure(PriceBasis.CP).name(),
                first,
                last,
                dataCodes,
                points,
                sources(datasets),
                regionalGva(datasets));
    }

    /**
     * What {@link StructureService#load} reads, read directly and whole: the datasets are known to exist
     * (listed by the store), so the existence checks, which summarise a dataset each, are skipped; and
     * all regions and sectors are read in one plain query rather than a long list of codes (the monitor
     * uses nearly all of them), which the embedded database answers much faster.
     */
    private StructureService.Inputs inputs(String productivityDataset, int first, int last) {
        Set<Measure> measures =
                Set.of(Measure.GVA, Measure.GDP, settings.labour().measure());
        Figures regional = new Figures(
                new Cube(
                        settings.dataset(), finder.find(settings.dataset(), measures, Set.of(), Set.of(), first, last)),
                codeLists);
        Figures productivity = productivityDataset.equals(settings.dataset())
                ? regional
                : new Figures(
                        new Cube(
                                productivityDataset,
                                finder.find(productivityDataset, measures, Set.of(), Set.of(), first, last)),
                        codeLists);
        return new StructureService.Inputs(regional, productivity, "A10");
    }

    private Map<Integer, MonitorData.Point> pointsOf(StructureService.Inputs in, String code, int first, int last) {
        var out = new HashMap<Integer, MonitorData.Point>();
        for (int y = first; y <= last; y++) {
            OptionalDouble p = StructureService.actual(in.regional(), code, y, settings.labour());
            OptionalDouble l = in.regional().labour(code, "TOTAL", y, settings.labour());
            // below 90 % coverage of the labour on either side the index is not a result (METHODS.md §4)
            var s = structure
                    .compute(in, code, settings.reference(), y, settings.labour())
                    .filter(nl.werkkracht.core.gap.StructureResult::covered);
            if (p.isPresent() || l.isPresent() || s.isPresent()) {
                out.put(
                        y,
                        new MonitorData.Point(
                                p.isPresent() ? p.getAsDouble() : null,
                                l.isPresent() ? l.getAsDouble() : null,
                                s.orElse(null)));
            }
        }
        return out;
    }

    private boolean hasData(StructureService.Inputs in, String code, int first, int last) {
        for (int y = first; y <= last; y++) {
            if (in.regional().labour(code, "TOTAL", y, settings.labour()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Every Dutch region except extra-regio. */
    private List<Region> regions() {
        return codeLists.regions().stream()
                .filter(r -> r.level() != RegionLevel.EXTRA_REGIO)
                .toList();
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
