package nl.werkkracht.app.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.werkkracht.app.statistics.Cube;
import nl.werkkracht.app.statistics.Figures;
import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.productivity.GrowthSeries;
import nl.werkkracht.core.productivity.OutputLabour;
import nl.werkkracht.core.productivity.VolumeGrowth;

/**
 * Productivity by industry for the nation: the level in one year (GVA in current prices per unit of
 * labour, METHODS.md §1) and the average annual volume growth over a period (GVA volume growth from
 * previous-year over current prices, METHODS.md §2), for the whole economy and every section of the
 * A21 breakdown that the national accounts dataset covers. The industries are read in one query.
 */
final class IndustryService {

    static final String GROWTH_METHOD = "PYP/CP";

    private final ObservationFinder finder;
    private final Names names;
    private final NationalSources sources;

    IndustryService(ObservationFinder finder, Names names, NationalSources sources) {
        this.finder = finder;
        this.names = names;
        this.sources = sources;
    }

    /**
     * @param requestedYear year of the level; empty for the last year with GVA and labour for the whole
     *     economy
     * @param from base year of the growth period
     * @param to last year of the growth period, after {@code from}
     * @param labour labour measure (never mixed: the level and the growth use the same one)
     */
    IndustriesView industries(OptionalInt requestedYear, int from, int to, LabourMeasure labour) {
        requestedYear.ifPresent(y -> Periods.requireYear("year", y));
        Periods.requireWindow(from, to);
        String dataset = sources.accounts();
        SourceView source = names.source(dataset);
        List<String> sectors = new ArrayList<>(List.of("TOTAL"));
        sectors.addAll(names.codeLists().breakdown("A21").orElseThrow());
        List<Observation> observations = finder.find(
                dataset,
                Set.of(Measure.GVA, labour.measure()),
                Set.of(sources.region()),
                Set.copyOf(sectors),
                Periods.FIRST_YEAR,
                Periods.LAST_YEAR);
        YearRange years = covered(observations, labour)
                .orElseThrow(() -> new StatisticsException("dataset " + dataset + " has no GVA in current prices and "
                        + labour + " for " + sources.region() + " TOTAL; choose another labour measure"));
        int year = requestedYear.orElse(years.last());
        Figures figures = new Figures(new Cube(dataset, observations), names.codeLists());
        var industries = new ArrayList<IndustriesView.Industry>();
        var missing = new ArrayList<SectorName>();
        for (String sector : sectors) {
            if (figures.cube().hasAny(Measure.GVA, sector)) {
                industries.add(industry(figures, sector, year, from, to, labour));
            } else {
                missing.add(names.sectorName(sector));
            }
        }
        if (industries.stream().allMatch(i -> i.productivity() == null)) {
            throw new StatisticsException(
                    "dataset " + dataset + " has no GVA and " + labour + " for " + sources.region() + " in " + year);
        }
        return new IndustriesView(
                sources.region(),
                year,
                from,
                to,
                labour.name(),
                labour.productivityUnit(),
                PriceBasis.CP.code(),
                GROWTH_METHOD,
                years,
                industries,
                missing,
                source);
    }

    private IndustriesView.Industry industry(
            Figures figures, String sector, int year, int from, int to, LabourMeasure labour) {
        String region = sources.region();
        OptionalDouble output = figures.output(region, sector, year, PriceBasis.CP);
        OptionalDouble input = figures.labour(region, sector, year, labour);
        Double level = output.isPresent() && input.isPresent()
                ? Periods.boxed(new OutputLabour(output.getAsDouble(), input.getAsDouble()).productivity())
                : null;
        var cp = new TreeMap<Integer, Double>();
        var pyp = new TreeMap<Integer, Double>();
        var labourByYear = new TreeMap<Integer, Double>();
        for (int t = from; t <= to; t++) {
            Periods.put(cp, t, figures.output(region, sector, t, PriceBasis.CP));
            Periods.put(pyp, t, figures.output(region, sector, t, PriceBasis.PYP));
            Periods.put(labourByYear, t, figures.labour(region, sector, t, labour));
        }
        Map<Integer, Double> outputGrowth = VolumeGrowth.outputGrowthFromPreviousYearPrices(cp, pyp);
        VolumeGrowth.Result result = VolumeGrowth.productivityGrowth(outputGrowth, labourByYear, from, to);
        GrowthSeries series = result.series().orElse(null);
        return new IndustriesView.Industry(
                sector,
                names.sector(sector),
                sector.equals("TOTAL"),
                Periods.boxed(output),
                Periods.boxed(input),
                level,
                series == null ? null : series.averageAnnualGrowth(),
                series == null ? null : series.cumulativeGrowth(),
                series == null ? null : average(series, true),
                series == null ? null : average(series, false),
                result.missingYears());
    }

    private static Double average(GrowthSeries series, boolean output) {
        List<Double> rates = series.years().stream()
                .map(y -> output ? y.outputGrowth() : y.labourGrowth())
                .toList();
        return Periods.boxed(VolumeGrowth.geometricAverage(rates));
    }

    /** The years with both GVA in current prices and labour input for the whole economy. */
    private static Optional<YearRange> covered(List<Observation> observations, LabourMeasure labour) {
        var output = new TreeSet<Integer>();
        var input = new TreeSet<Integer>();
        for (Observation o : observations) {
            if (o.sector().equals("TOTAL") && o.value().isPresent()) {
                if (o.measure() == Measure.GVA && o.priceBasis().equals(PriceBasis.CP)) {
                    output.add(o.period().year());
                } else if (o.measure() == labour.measure()) {
                    input.add(o.period().year());
                }
            }
        }
        output.retainAll(input);
        return output.isEmpty() ? Optional.empty() : Optional.of(new YearRange(output.first(), output.last()));
    }
}
