package nl.werkkracht.app.national;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import nl.werkkracht.app.statistics.Cube;
import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.growthaccounting.Contributions;
import nl.werkkracht.core.growthaccounting.GrowthAccounting;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;

/**
 * Growth accounting (METHODS.md §7) read from the published EU KLEMS contributions to labour
 * productivity growth per hour (LP1): no decomposition is recomputed, the published terms are shown
 * with their residual, and averaged with {@link GrowthAccounting#average}.
 */
final class GrowthAccountingService {

    static final String UNIT = "PP_LOG";

    /** The published series, in the order of {@link Contributions}. */
    static final List<Measure> MEASURES = List.of(
            Measure.LP_HOUR_GROWTH,
            Measure.LP_CONTRIB_ICT,
            Measure.LP_CONTRIB_NONICT,
            Measure.LP_CONTRIB_INTANGIBLE,
            Measure.LP_CONTRIB_LABOUR_COMPOSITION,
            Measure.LP_CONTRIB_TFP);

    private final ObservationFinder finder;
    private final Names names;
    private final NationalSources sources;

    GrowthAccountingService(ObservationFinder finder, Names names, NationalSources sources) {
        this.finder = finder;
        this.names = names;
        this.sources = sources;
    }

    /**
     * @param sector the industry shown next to the whole economy (TOTAL for the economy only)
     * @param from base year; the period is clipped to the dataset's years
     * @param to last year
     */
    GrowthAccountingView contributions(String sector, int from, int to) {
        Periods.requireWindow(from, to);
        names.requireSector(sector);
        String dataset = sources.growthAccounts();
        SourceView source = names.source(dataset);
        Set<String> codes = new LinkedHashSet<>(List.of("TOTAL", sector));
        var observations = finder.find(
                dataset, Set.copyOf(MEASURES), Set.of(sources.region()), codes, Periods.FIRST_YEAR, Periods.LAST_YEAR);
        YearRange covered = covered(observations)
                .orElseThrow(() -> new StatisticsException("dataset " + dataset
                        + " has no growth of labour productivity per hour for " + sources.region() + " TOTAL"));
        int usedFrom = Math.max(from, covered.first());
        int usedTo = Math.min(to, covered.last());
        if (usedTo <= usedFrom) {
            throw new StatisticsException("dataset " + dataset + " covers " + covered.first() + "-" + covered.last()
                    + ", which leaves no growth years in " + from + "-" + to);
        }
        Cube cube = new Cube(dataset, observations);
        var accounts = new ArrayList<GrowthAccountingView.SectorAccounts>();
        for (String code : codes) {
            accounts.add(sectorAccounts(cube, code, usedFrom, usedTo));
        }
        return new GrowthAccountingView(
                sources.region(),
                from,
                to,
                usedFrom,
                usedTo,
                usedFrom != from || usedTo != to,
                covered,
                UNIT,
                accounts,
                source);
    }

    private GrowthAccountingView.SectorAccounts sectorAccounts(Cube cube, String sector, int from, int to) {
        var years = new ArrayList<Contributions>();
        var missing = new ArrayList<Integer>();
        for (int t = from + 1; t <= to; t++) {
            var published = published(cube, sector, t);
            if (published.isPresent()) {
                years.add(published.get());
            } else {
                missing.add(t);
            }
        }
        Contributions average =
                missing.isEmpty() ? GrowthAccounting.average(years).orElse(null) : null;
        return new GrowthAccountingView.SectorAccounts(
                sector,
                names.sector(sector),
                years.stream().map(GrowthAccountingService::year).toList(),
                average == null ? null : year(average),
                average == null ? null : Math.expm1(average.productivityGrowth() / 100),
                years.stream().mapToDouble(c -> Math.abs(c.residual())).max().stream()
                        .boxed()
                        .findFirst()
                        .orElse(null),
                missing);
    }

    /**
     * The periods the dataset can answer for the whole economy: from the year before its first published
     * growth rate (the base) to its last.
     */
    private static Optional<YearRange> covered(List<Observation> observations) {
        var years = new TreeSet<Integer>();
        for (Observation o : observations) {
            if (o.measure() == Measure.LP_HOUR_GROWTH
                    && o.sector().equals("TOTAL")
                    && o.value().isPresent()) {
                years.add(o.period().year());
            }
        }
        return years.isEmpty() ? Optional.empty() : Optional.of(new YearRange(years.first() - 1, years.last()));
    }

    /** The six published figures of one year, or empty when any of them is missing. */
    private Optional<Contributions> published(Cube cube, String sector, int year) {
        double[] v = new double[MEASURES.size()];
        for (int i = 0; i < v.length; i++) {
            OptionalDouble value =
                    cube.value(MEASURES.get(i), sources.region(), sector, year, PriceBasis.NONE, Unit.PCT);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            v[i] = value.getAsDouble();
        }
        return Optional.of(new Contributions(year, v[0], v[1], v[2], v[3], v[4], v[5]));
    }

    private static GrowthAccountingView.Year year(Contributions c) {
        return new GrowthAccountingView.Year(
                c.year(),
                c.productivityGrowth(),
                c.ictCapital(),
                c.nonIctCapital(),
                c.intangibleCapital(),
                c.labourComposition(),
                c.tfp(),
                c.sumOfContributions(),
                c.residual());
    }
}
