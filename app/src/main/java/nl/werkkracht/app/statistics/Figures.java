package nl.werkkracht.app.statistics;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Sector;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;

/**
 * Reads output and labour from a {@link Cube} in base units (euro; hours, FTE, jobs or persons) by the
 * rules of METHODS.md §1: GVA for sectors and regions; GDP at market prices only for a total when the
 * dataset has no GVA. An aggregate sector that a dataset does not publish is summed from its sections
 * when every section is present and the price basis is additive (current or previous-year prices,
 * never chain-linked volumes), or composed from published parts (R-U = R-S + T in EU KLEMS, which
 * publishes no value for U, extraterritorial organisations).
 */
public final class Figures {

    private final Cube cube;
    private final CodeLists codeLists;

    public Figures(Cube cube, CodeLists codeLists) {
        this.cube = cube;
        this.codeLists = codeLists;
    }

    public Cube cube() {
        return cube;
    }

    /**
     * The output measure a total uses in this dataset: GVA when the dataset has GVA for TOTAL at the
     * price basis, otherwise GDP.
     */
    public Measure totalOutputMeasure(PriceBasis priceBasis) {
        return cube.hasAny(Measure.GVA, "TOTAL") ? Measure.GVA : Measure.GDP;
    }

    /** Output in euro of a sector (GVA) or of TOTAL (GVA, else GDP). */
    public OptionalDouble output(String region, String sector, int year, PriceBasis priceBasis) {
        Measure measure = sector.equals("TOTAL") ? totalOutputMeasure(priceBasis) : Measure.GVA;
        return sum(measure, region, sector, year, priceBasis, Unit.EUR);
    }

    /** Labour input in the labour measure's base unit. */
    public OptionalDouble labour(String region, String sector, int year, LabourMeasure labour) {
        return sum(labour.measure(), region, sector, year, PriceBasis.NONE, labour.baseUnit());
    }

    /**
     * A value as published, or summed over the sector's sections when the sector is not published and
     * the measure is additive at this price basis.
     */
    public OptionalDouble sum(Measure measure, String region, String sector, int year, PriceBasis pb, Unit unit) {
        OptionalDouble direct = cube.value(measure, region, sector, year, pb, unit);
        if (direct.isPresent() || cube.get(measure, region, sector, year, pb).isPresent()) {
            return direct;
        }
        if (pb.kind() == PriceBasis.Kind.CLV || measure.dimension() == nl.werkkracht.core.observation.Dimension.INDEX) {
            return OptionalDouble.empty();
        }
        Sector s = codeLists.sector(sector).orElse(null);
        if (s == null || s.sections().size() < 2 || s.isTotal()) {
            return OptionalDouble.empty();
        }
        double total = 0;
        var remaining = new java.util.ArrayList<>(s.sections());
        while (!remaining.isEmpty()) {
            String section = remaining.get(0);
            OptionalDouble v = cube.value(measure, region, section, year, pb, unit);
            List<String> covered = List.of(section);
            if (v.isEmpty()) {
                Optional<Sector> part = publishedPart(measure, region, section, remaining, year, pb);
                if (part.isPresent()) {
                    v = cube.value(measure, region, part.get().code(), year, pb, unit);
                    covered = part.get().sections();
                    if (v.isEmpty()) {
                        return OptionalDouble.empty(); // suppressed: missing, never 0
                    }
                } else if (section.equals(NO_VALUE_ADDED) && remaining.size() == 1 && total != 0) {
                    break; // U (extraterritorial organisations) has no value added or labour in a domestic account
                } else {
                    return OptionalDouble.empty();
                }
            }
            total += v.getAsDouble();
            remaining.removeAll(covered);
        }
        return OptionalDouble.of(total);
    }

    /** Section U, extraterritorial organisations: outside the domestic economy, published by no source with a value. */
    private static final String NO_VALUE_ADDED = "U";

    /**
     * A published aggregate of the code list that holds {@code section} and only sections still to be
     * covered: R-U is composed as R-S + T where a source (EU KLEMS) publishes R-S and T but not R or S
     * (METHODS.md §4: composed from its parts, never dropped).
     */
    private Optional<Sector> publishedPart(
            Measure measure, String region, String section, List<String> remaining, int year, PriceBasis pb) {
        return codeLists.sectors().stream()
                .filter(c -> c.sections().size() >= 2 && !c.isTotal())
                .filter(c -> c.sections().contains(section) && remaining.containsAll(c.sections()))
                .filter(c -> cube.get(measure, region, c.code(), year, pb).isPresent())
                .max(java.util.Comparator.comparingInt(c -> c.sections().size()));
    }

    /** Whether {@code sector} is published directly (not summed from sections). */
    public boolean published(Measure measure, String region, String sector, int year, PriceBasis pb) {
        return cube.get(measure, region, sector, year, pb).isPresent();
    }

    /** Sector codes of a breakdown (A10, A21). */
    public List<String> breakdown(String name) {
        return codeLists.breakdown(name).orElseThrow(() -> new StatisticsException("unknown sector breakdown " + name));
    }
}
