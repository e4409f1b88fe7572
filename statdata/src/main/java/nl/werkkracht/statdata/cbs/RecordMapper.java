package nl.werkkracht.statdata.cbs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.ObservationKey;
import nl.werkkracht.core.observation.ObservationRejectedException;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ObservationSink;

/**
 * Turns CBS data rows into observations. A row is validated whole (filters, region, sector, period, every
 * mapped value, duplicates) before any of its observations reaches the sink, and every failure names the
 * dataset, the 1-based row number and the JSON property. Values left out on purpose are counted, never lost
 * silently: observations + skipped = all cells of the table.
 */
final class RecordMapper implements Consumer<CbsRecord> {

    private final String file;
    private final CbsTableMapping mapping;
    private final TableLayout layout;
    private final CodeResolver regions;
    private final CodeResolver sectors;
    private final PeriodCodes periods;
    private final ObservationSink sink;
    private final SkipCounter skipped;
    private final Map<ObservationKey, Long> seen = new HashMap<>();
    private long observations;

    RecordMapper(
            String file,
            CbsTableMapping mapping,
            TableLayout layout,
            CodeResolver regions,
            CodeResolver sectors,
            PeriodCodes periods,
            ObservationSink sink,
            SkipCounter skipped) {
        this.file = file;
        this.mapping = mapping;
        this.layout = layout;
        this.regions = regions;
        this.sectors = sectors;
        this.periods = periods;
        this.sink = sink;
        this.skipped = skipped;
    }

    long observations() {
        return observations;
    }

    @Override
    public void accept(CbsRecord r) {
        for (var filter : mapping.filters().entrySet()) {
            if (!filter.getValue().equals(r.dimensions().get(filter.getKey()))) {
                skipped.add(
                        "rows with " + filter.getKey() + " other than '" + filter.getValue() + "' (filter)",
                        r.values().size());
                return;
            }
        }
        String region = code(r, regions, mapping.region());
        String sector = region == null ? null : code(r, sectors, mapping.sector());
        if (sector == null) {
            return;
        }
        String periodKey = r.dimensions().get(mapping.periodDimension());
        Period period;
        try {
            period = periods.period(periodKey);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, r.number(), mapping.periodDimension(), e.getMessage());
        }
        var row = new ArrayList<Observation>();
        for (RawValue v : r.values()) {
            TableLayout.Plan plan = layout.plan(v.topic());
            if (plan == null) {
                skipped.add(layout.skipNote(v.topic()), 1);
            } else {
                row.add(observation(r, v, plan, region, sector, period, periods.status(periodKey)));
            }
        }
        deliver(r, row);
    }

    /** The Werkkracht code of the row, or null when the row is skipped (counted here). */
    private String code(CbsRecord r, CodeResolver resolver, CodeMapping m) {
        if (m.dimension().isEmpty()) {
            return m.fixedCode().orElseThrow();
        }
        String dimension = m.dimension().get();
        CodeResolver.Resolution resolution = resolver.resolve(r.dimensions().get(dimension));
        if (resolution instanceof CodeResolver.Mapped mapped) {
            return mapped.code();
        }
        if (resolution instanceof CodeResolver.Skipped skip) {
            skipped.add(skip.note(), r.values().size());
            return null;
        }
        throw new ImportException(file, r.number(), dimension, ((CodeResolver.Unknown) resolution).reason());
    }

    private Observation observation(
            CbsRecord r, RawValue v, TableLayout.Plan plan, String region, String sector, Period period, Status ps) {
        String field = mapping.version() == ODataVersion.V3 ? v.topic() : "Value";
        CbsValue cell;
        try {
            cell = CbsValue.of(v.text(), v.attribute());
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, r.number(), field, "topic " + v.topic() + ": " + e.getMessage());
        }
        TopicMapping m = plan.mapping();
        OptionalDouble value = cell.value().isPresent()
                ? OptionalDouble.of(scale(cell.value().getAsDouble(), plan.factor()))
                : OptionalDouble.empty();
        if (value.isPresent() && m.measure().isLabour() && value.getAsDouble() < 0) {
            throw new ImportException(
                    file,
                    r.number(),
                    field,
                    "topic " + v.topic() + ": labour input cannot be " + "negative, got "
                            + v.text().strip() + " " + plan.topic().unit() + " (" + m.measure() + ")");
        }
        Status status = cell.status() == Status.DEFINITIVE ? ps : cell.status();
        try {
            return new Observation(m.measure(), region, sector, period, value, m.unit(), m.priceBasis(), status);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, r.number(), field, "topic " + v.topic() + ": " + e.getMessage());
        }
    }

    /** Decimal scaling, so 227.4 mld euro is exactly 227400 mln euro. */
    private static double scale(double value, double factor) {
        return factor == 1
                ? value
                : BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(factor)).doubleValue();
    }

    private void deliver(CbsRecord r, List<Observation> row) {
        for (Observation o : row) {
            Long first = seen.putIfAbsent(o.key(), r.number());
            if (first != null) {
                throw new ImportException(
                        file,
                        r.number(),
                        "",
                        "duplicate observation " + o.key()
                                + (first == r.number() ? " within the row" : ", first read in record " + first));
            }
        }
        for (Observation o : row) {
            try {
                sink.accept(o);
            } catch (ObservationRejectedException e) {
                throw new ImportException(
                        file, r.number(), "", "observation " + o.key() + " was refused: " + e.getMessage(), e);
            }
            observations++;
        }
    }
}
