package nl.werkkracht.store.observation;

import static nl.werkkracht.core.observation.Measure.GVA;
import static nl.werkkracht.core.observation.Measure.HOURS;
import static nl.werkkracht.core.observation.Measure.JOBS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.core.observation.Unit;

/** Datasets and observations the store tests write and read back. */
final class SampleObservations {

    private SampleObservations() {}

    static final Instant NOW = Instant.parse("2026-11-22T10:15:30.123456Z");

    static final DatasetInfo NAMA = new DatasetInfo(
            "nama_10_a64",
            "Bruto toegevoegde waarde en werkgelegenheid per bedrijfstak — A*64",
            "Eurostat",
            "CC BY 4.0",
            "https://ec.europa.eu/eurostat/databrowser/view/nama_10_a64",
            Optional.of(LocalDate.of(2026, 10, 1)),
            "Regio's: NL; 'quotes' and \"double quotes\" survive.");

    static final DatasetInfo REGIONAL = DatasetInfo.of("cbs.regional-2024", "Regionale rekeningen");

    /** One of each status, both period kinds, all kinds of price basis and some awkward numbers. */
    static final List<Observation> SAMPLE = List.of(
            Observation.of(
                    GVA, "NL", "TOTAL", Period.year(2015), 683_456.7, Unit.MIO_EUR, PriceBasis.CP, Status.DEFINITIVE),
            Observation.of(
                    GVA, "NL", "TOTAL", Period.year(2015), 0.1, Unit.MIO_EUR, PriceBasis.clv(2015), Status.DEFINITIVE),
            Observation.of(
                    GVA, "NL", "TOTAL", Period.year(2016), 1e-12, Unit.MIO_EUR, PriceBasis.PYP, Status.ESTIMATED),
            Observation.of(
                    GVA,
                    "NL11",
                    "C",
                    new Period(2016, 1),
                    -1234.5678901234,
                    Unit.THS_EUR,
                    PriceBasis.CP,
                    Status.PROVISIONAL),
            Observation.absent(GVA, "PV20", "B-E", Period.year(2015), Unit.MIO_EUR, PriceBasis.CP, Status.CONFIDENTIAL),
            Observation.of(
                    HOURS,
                    "NL",
                    "TOTAL",
                    Period.year(2015),
                    13_005.25,
                    Unit.MIO_HW,
                    PriceBasis.NONE,
                    Status.DEFINITIVE),
            Observation.of(
                    HOURS, "NL11", "C", new Period(2016, 4), 12.5, Unit.MIO_HW, PriceBasis.NONE, Status.PROVISIONAL),
            Observation.absent(HOURS, "PV20", "B-E", Period.year(2015), Unit.MIO_HW, PriceBasis.NONE, Status.MISSING),
            Observation.of(
                    JOBS, "PV20", "A", Period.year(2017), 4_321, Unit.THS_JOB, PriceBasis.NONE, Status.DEFINITIVE));

    /** {@code n} distinct hours observations, none of which is in {@link #SAMPLE}. */
    static List<Observation> many(int n) {
        List<Observation> observations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            observations.add(Observation.of(
                    HOURS,
                    "CR" + (i % 40),
                    "S" + (i / 40 % 25),
                    Period.year(1990 + i / 1000),
                    i,
                    Unit.THS_HW,
                    PriceBasis.NONE,
                    Status.DEFINITIVE));
        }
        return observations;
    }

    static List<Observation> sorted(List<Observation> observations) {
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(ObservationRepository.ORDER);
        return sorted;
    }
}
