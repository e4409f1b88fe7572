package nl.werkkracht.app.organisation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import nl.werkkracht.app.statistics.Cube;
import nl.werkkracht.app.statistics.Figures;
import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Sector;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.core.organisation.SectorComparison;

/**
 * The sector's official value added per hour worked for the Netherlands, from the national accounts dataset
 * (default {@code nama_10_a64}), compared with an organisation's figure as METHODS.md §8 prescribes: the
 * same labour measure (hours worked), the latest year up to the organisation's year, brought to the
 * organisation's price level with the sector's GVA deflator ({@code CP / PYP} year by year).
 */
final class SectorReference {

    static final String NETHERLANDS = "NL";

    /** How many years before the organisation's year to look for a published figure. */
    static final int LOOK_BACK = 10;

    private final ObservationFinder finder;
    private final CodeLists codeLists;
    private final String dataset;
    private final Function<String, String> datasetSource;

    SectorReference(
            ObservationFinder finder, CodeLists codeLists, String dataset, Function<String, String> datasetSource) {
        this.finder = finder;
        this.codeLists = codeLists;
        this.dataset = dataset;
        this.datasetSource = datasetSource;
    }

    /** A comparison, or why there is none. */
    sealed interface Outcome permits Found, NotFound {}

    record Found(SectorFigure figure) implements Outcome {}

    record NotFound(String reason) implements Outcome {}

    Outcome compare(String sectorCode, int year, double valueAddedPerHour) {
        if (!finder.exists(dataset)) {
            return new NotFound("dataset " + dataset + " is not loaded, so there is no sector figure");
        }
        Optional<Sector> sector = codeLists.sector(sectorCode);
        if (sector.isEmpty()) {
            return new NotFound("sector " + sectorCode + " is not in the code list");
        }
        Set<String> candidates = new java.util.LinkedHashSet<>();
        candidates.add(sectorCode);
        if (sector.get().sections().size() == 1) {
            candidates.add(sector.get().sections().get(0));
        }
        Set<String> read = new HashSet<>(candidates);
        read.addAll(sector.get().sections());
        var observations = finder.find(
                dataset, Set.of(Measure.GVA, Measure.HOURS), Set.of(NETHERLANDS), read, year - LOOK_BACK, year);
        Figures figures = new Figures(new Cube(dataset, observations), codeLists);
        for (String code : candidates) {
            for (int s = year; s >= year - LOOK_BACK; s--) {
                OptionalDouble gva = figures.output(NETHERLANDS, code, s, PriceBasis.CP);
                OptionalDouble hours = figures.labour(NETHERLANDS, code, s, LabourMeasure.HOURS);
                if (gva.isPresent() && hours.isPresent() && hours.getAsDouble() > 0) {
                    double statistic = gva.getAsDouble() / hours.getAsDouble();
                    Map<Integer, Double> steps = new HashMap<>();
                    for (int k = s + 1; k <= year; k++) {
                        OptionalDouble cp = figures.sum(Measure.GVA, NETHERLANDS, code, k, PriceBasis.CP, Unit.EUR);
                        OptionalDouble pyp = figures.sum(Measure.GVA, NETHERLANDS, code, k, PriceBasis.PYP, Unit.EUR);
                        if (cp.isPresent() && pyp.isPresent() && pyp.getAsDouble() > 0) {
                            steps.put(k, cp.getAsDouble() / pyp.getAsDouble());
                        }
                    }
                    SectorComparison c = SectorComparison.of(valueAddedPerHour, year, statistic, s, steps);
                    String source = datasetSource.apply(dataset) + ", Nederland, " + code + ", " + s;
                    return new Found(new SectorFigure(
                            code,
                            c.sectorValue(),
                            LabourMeasure.HOURS.productivityUnit(),
                            s,
                            c.priceFactor().isPresent() ? c.priceFactor().getAsDouble() : null,
                            c.priceFactor().isPresent(),
                            c.ratio(),
                            c.implausible(),
                            source,
                            dataset));
                }
            }
        }
        return new NotFound("dataset " + dataset + " publishes no value added and hours worked for sector " + sectorCode
                + " in " + (year - LOOK_BACK) + "–" + year);
    }
}
