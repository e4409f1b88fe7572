package nl.werkkracht.statdata.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.ObservationRejectedException;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.statdata.importer.ObservationSink;

/** A sink that keeps what it receives, and optionally rejects the n-th observation like a store would. */
public final class RecordingSink implements ObservationSink {

    private final List<Observation> received = new ArrayList<>();
    private final int rejectNumber;
    private final String rejectReason;

    public RecordingSink() {
        this(0, "");
    }

    private RecordingSink(int rejectNumber, String rejectReason) {
        this.rejectNumber = rejectNumber;
        this.rejectReason = rejectReason;
    }

    /** A sink that throws {@link ObservationRejectedException} on the {@code number}-th observation (1-based). */
    public static RecordingSink rejectingObservation(int number, String reason) {
        return new RecordingSink(number, reason);
    }

    @Override
    public void accept(Observation observation) {
        if (received.size() + 1 == rejectNumber) {
            throw new ObservationRejectedException(observation.key(), rejectReason);
        }
        received.add(observation);
    }

    public List<Observation> received() {
        return received;
    }

    public Optional<Observation> find(Measure measure, String region, String sector, int year, PriceBasis basis) {
        return received.stream()
                .filter(o -> o.measure() == measure
                        && o.region().equals(region)
                        && o.sector().equals(sector)
                        && o.period().equals(Period.year(year))
                        && o.priceBasis().equals(basis))
                .findFirst();
    }

    /** The one observation with this key; fails the test when there is none. */
    public Observation get(Measure measure, String region, String sector, int year, PriceBasis basis) {
        return find(measure, region, sector, year, basis)
                .orElseThrow(() -> new AssertionError(
                        "no observation " + measure + "," + region + "," + sector + "," + year + "," + basis));
    }
}
