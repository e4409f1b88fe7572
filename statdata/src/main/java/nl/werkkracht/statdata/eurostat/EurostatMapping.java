package nl.werkkracht.statdata.eurostat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.statdata.importer.MappedMeasure;
import nl.werkkracht.statdata.importer.SourceLines;

/**
 * Which Eurostat rows become which observations: a table per dataset, the dataset recognised by the
 * exact set of dimensions in the TSV header (a bulk TSV does not name its dataset). Each rule lists codes
 * of the dataset's key dimensions and either maps the row to a measure, unit and price basis, or skips it
 * with a reason. Values are imported in the source unit, never rescaled.
 *
 * <pre>
 * dataset (dimensions)                            key               → result
 * nama_10r_3gdp (freq,unit,geo)                   unit=MIO_EUR      → GDP, MIO_EUR, CP; sector TOTAL
 *                                                 unit=MIO_NAC      → skipped: national currency
 *                                                 unit=EUR_HAB, EUR_HAB_EU27_2020, MIO_PPS_EU27_2020,
 *                                                      PPS_EU27_2020_HAB, PPS_HAB_EU27_2020
 *                                                                   → skipped: derived
 * nama_10r_3empers (freq,unit,wstatus,nace_r2,geo) unit=THS wstatus=EMP → PERSONS, THS_PER; sector nace_r2
 *                                                 unit=THS wstatus=SAL → EMPLOYEES, THS_PER; sector nace_r2
 * </pre>
 *
 * <p>MIO_NAC is never mapped to euro: for the Netherlands it equals MIO_EUR (and is skipped as a
 * duplicate), for a non-euro country it is another currency. Per-inhabitant and PPS units are ratios
 * Werkkracht derives itself from GDP, population and price levels, so importing them would store a
 * second, inconsistent copy. A key code that is neither mapped nor skipped here is an error naming the
 * line and the field: a new code in a later Eurostat release needs a decision, not a guess.
 *
 * <p>The sector is the {@code nace_r2} code after the {@code eurostat} aliases of the code lists
 * ({@code M-N} → {@code M_N}) when the dataset has that dimension, {@code TOTAL} otherwise. The
 * {@code freq} code must fit the periods of the header (A years, Q quarters); the period comes from the column header.
 */
final class EurostatMapping {

    private static final String NATIONAL_CURRENCY =
            "national currency MIO_NAC, equal to MIO_EUR for the Netherlands and never read as euro";
    private static final String DERIVED = "per-inhabitant or PPS figures derived from GDP";

    private static final List<Dataset> DATASETS = List.of(
            new Dataset(
                    "nama_10r_3gdp",
                    List.of("freq", "unit", "geo"),
                    List.of("unit"),
                    List.of(
                            map(new MappedMeasure(Measure.GDP, Unit.MIO_EUR, PriceBasis.CP), "MIO_EUR"),
                            skip(NATIONAL_CURRENCY, "MIO_NAC"),
                            skip(DERIVED, "EUR_HAB"),
                            skip(DERIVED, "EUR_HAB_EU27_2020"),
                            skip(DERIVED, "MIO_PPS_EU27_2020"),
                            skip(DERIVED, "PPS_EU27_2020_HAB"),
                            skip(DERIVED, "PPS_HAB_EU27_2020"))),
            new Dataset(
                    "nama_10r_3empers",
                    List.of("freq", "unit", "wstatus", "nace_r2", "geo"),
                    List.of("unit", "wstatus"),
                    List.of(
                            map(new MappedMeasure(Measure.PERSONS, Unit.THS_PER, PriceBasis.NONE), "THS", "EMP"),
                            map(new MappedMeasure(Measure.EMPLOYEES, Unit.THS_PER, PriceBasis.NONE), "THS", "SAL"))));

    private EurostatMapping() {}

    /** What a rule does with a row. */
    sealed interface Outcome permits Mapped, Skipped {}

    /** The row's cells become observations of this measure. */
    record Mapped(MappedMeasure target) implements Outcome {}

    /** The row is left out and counted, for this reason. */
    record Skipped(String reason) implements Outcome {}

    /** @param codes the codes of the dataset's key dimensions, in order */
    record Rule(List<String> codes, Outcome outcome) {}

    /**
     * @param name the Eurostat dataset code
     * @param dimensions the row-key dimensions as in the TSV header
     * @param keys the dimensions the rules decide on, in order
     * @param rules the rules
     */
    record Dataset(String name, List<String> dimensions, List<String> keys, List<Rule> rules) {

        boolean hasSector() {
            return dimensions.contains("nace_r2");
        }

        /** The key codes of a row, e.g. {@code THS/SAL}, for notes. */
        String keyOf(Map<String, String> codes) {
            var parts = new ArrayList<String>();
            keys.forEach(k -> parts.add(codes.get(k)));
            return String.join("/", parts);
        }

        /**
         * The outcome for a row.
         *
         * @throws nl.werkkracht.statdata.importer.ImportException naming the first key dimension whose code
         *     no rule knows
         */
        Outcome resolve(Map<String, String> codes, SourceLines lines) {
            List<Rule> candidates = rules;
            for (int k = 0; k < keys.size(); k++) {
                String dimension = keys.get(k);
                String code = codes.get(dimension);
                int index = k;
                List<Rule> known = candidates;
                candidates = candidates.stream()
                        .filter(r -> r.codes().get(index).equals(code))
                        .toList();
                if (candidates.isEmpty()) {
                    throw lines.error(
                            dimension,
                            dimension + " '" + code + "' in column " + dimension + " is neither mapped nor known to"
                                    + " be derived in " + name + " (known: "
                                    + String.join(", ", known(known, index)) + ")");
                }
            }
            return candidates.get(0).outcome();
        }

        private static List<String> known(List<Rule> rules, int index) {
            return rules.stream().map(r -> r.codes().get(index)).distinct().toList();
        }
    }

    /** The dataset whose dimensions are exactly {@code dimensions}, in any order. */
    static Optional<Dataset> forDimensions(List<String> dimensions) {
        Set<String> wanted = Set.copyOf(dimensions);
        return DATASETS.stream()
                .filter(d -> d.dimensions().size() == dimensions.size()
                        && Set.copyOf(d.dimensions()).equals(wanted))
                .findFirst();
    }

    /** The datasets this table knows, for error messages: {@code nama_10r_3gdp (freq,unit,geo)}. */
    static String known() {
        return String.join(
                "; ",
                DATASETS.stream()
                        .map(d -> d.name() + " (" + String.join(",", d.dimensions()) + ")")
                        .toList());
    }

    private static Rule map(MappedMeasure target, String... codes) {
        return new Rule(List.of(codes), new Mapped(target));
    }

    private static Rule skip(String reason, String... codes) {
        return new Rule(List.of(codes), new Skipped(reason));
    }
}
