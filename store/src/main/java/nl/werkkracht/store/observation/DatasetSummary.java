package nl.werkkracht.store.observation;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.Status;

/**
 * A dataset with what it holds, for listing datasets and showing where a figure comes from.
 *
 * @param info name, title, source and licence
 * @param importedAt when the last successful import into the dataset ran
 * @param observations the number of observations, including confidential and missing ones
 * @param measures the measures present, in {@link Measure} order
 * @param firstPeriod the earliest period; empty when the dataset holds no observations
 * @param lastPeriod the latest period; empty when the dataset holds no observations
 * @param regions the number of distinct region codes
 * @param sectors the number of distinct sector codes
 * @param statusCounts the number of observations per status; every status is a key (zero when absent)
 */
public record DatasetSummary(
        DatasetInfo info,
        Instant importedAt,
        long observations,
        Set<Measure> measures,
        Optional<Period> firstPeriod,
        Optional<Period> lastPeriod,
        int regions,
        int sectors,
        Map<Status, Long> statusCounts) {

    public DatasetSummary {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(firstPeriod, "firstPeriod");
        Objects.requireNonNull(lastPeriod, "lastPeriod");
        if (observations < 0 || regions < 0 || sectors < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (firstPeriod.isPresent() != lastPeriod.isPresent()) {
            throw new IllegalArgumentException("first and last period are both present or both empty");
        }
        if (firstPeriod.isPresent() && firstPeriod.get().compareTo(lastPeriod.get()) > 0) {
            throw new IllegalArgumentException(
                    "first period " + firstPeriod.get() + " is after last period " + lastPeriod.get());
        }
        EnumSet<Measure> measureSet = EnumSet.noneOf(Measure.class);
        measureSet.addAll(measures);
        measures = Collections.unmodifiableSet(measureSet);
        EnumMap<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0L);
        }
        statusCounts.forEach((status, count) -> counts.put(Objects.requireNonNull(status, "status"), count));
        if (counts.values().stream().mapToLong(Long::longValue).sum() != observations) {
            throw new IllegalArgumentException("status counts " + counts + " do not add up to " + observations);
        }
        statusCounts = Collections.unmodifiableMap(counts);
    }

    /** The dataset name. */
    public String name() {
        return info.name();
    }

    /** The number of observations with {@code status}. */
    public long count(Status status) {
        return statusCounts.get(status);
    }
}
