package nl.werkkracht.app.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.store.observation.DatasetInfo;

/**
 * A small invented national accounts dataset held in memory (not real data: round numbers chosen so
 * that the expected values can be worked out by hand), with holes where the tests need them.
 */
final class Fixture implements ObservationFinder {

    static final String DATASET = "accounts";
    static final NationalSources SOURCES = new NationalSources(DATASET, "growth", "NL");

    private final List<Observation> observations = new ArrayList<>();

    /** Adds money in million euro at a price basis. */
    Fixture money(Measure measure, String sector, PriceBasis pb, int firstYear, double... values) {
        for (int i = 0; i < values.length; i++) {
            observations.add(Observation.of(
                    measure, "NL", sector, Period.year(firstYear + i), values[i], Unit.MIO_EUR, pb, Status.DEFINITIVE));
        }
        return this;
    }

    /** Adds hours in thousands; NaN leaves the year out (a hole). */
    Fixture hours(Measure measure, String sector, int firstYear, double... values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                observations.add(Observation.of(
                        measure,
                        "NL",
                        sector,
                        Period.year(firstYear + i),
                        values[i],
                        Unit.THS_HW,
                        PriceBasis.NONE,
                        Status.DEFINITIVE));
            }
        }
        return this;
    }

    Names names() {
        CodeLists codeLists = CodeListLoader.standard();
        return new Names(
                codeLists,
                name -> Optional.of(new DatasetInfo(
                        name, "Invented " + name, "Werkkracht tests", "invented", "", Optional.empty(), "")));
    }

    @Override
    public boolean exists(String dataset) {
        return dataset.equals(DATASET);
    }

    @Override
    public List<Observation> find(
            String dataset, Set<Measure> measures, Set<String> regions, Set<String> sectors, int fromYear, int toYear) {
        return observations.stream()
                .filter(o -> dataset.equals(DATASET))
                .filter(o -> measures.isEmpty() || measures.contains(o.measure()))
                .filter(o -> regions.isEmpty() || regions.contains(o.region()))
                .filter(o -> sectors.isEmpty() || sectors.contains(o.sector()))
                .filter(o -> o.period().year() >= fromYear && o.period().year() <= toYear)
                .toList();
    }
}
