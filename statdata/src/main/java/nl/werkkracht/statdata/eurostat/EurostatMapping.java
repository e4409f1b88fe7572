package nl.werkkracht.statdata.eurostat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.statdata.importer.ErrorSite;
import nl.werkkracht.statdata.importer.MappedMeasure;

/**
 * Which Eurostat cells become which observations: a table per dataset. A bulk TSV does not name its
 * dataset, so it is recognised by the exact set of dimensions of its header (only the datasets marked
 * {@code byDimensions}: nama_10r_2emhrw has the dimensions of nama_10r_3empers but counts hours, not
 * persons); a JSON-stat response names it ({@code extension.id}, or the legacy bundle's key). Each rule
 * lists codes of the dataset's key dimensions and either maps the cell to a measure, unit and price basis,
 * or skips it with a reason; {@code *} matches a code no other rule names. Values are imported in the source
 * unit, never rescaled.
 *
 * <pre>
 * dataset (dimensions)                              key                    → result
 * nama_10r_3gdp, nama_10r_2gdp (freq,unit,geo)      unit=MIO_EUR           → GDP, MIO_EUR, CP; sector TOTAL
 *                                                   unit=MIO_NAC           → skipped: national currency
 *                                                   unit=EUR_HAB, EUR_HAB_EU27_2020, MIO_PPS_EU27_2020,
 *                                                        PPS_EU27_2020_HAB, PPS_HAB_EU27_2020
 *                                                                          → skipped: derived
 * nama_10r_3empers (freq,unit,wstatus,nace_r2,geo)  THS/EMP → PERSONS, THS/SAL → EMPLOYEES (THS_PER)
 * nama_10r_2emhrw  (freq,unit,wstatus,nace_r2,geo)  THS/EMP → HOURS, THS/SAL → EMPLOYEE_HOURS (THS_HW)
 * nama_10r_2coe (freq,currency,nace_r2,geo)         MIO_EUR → COMP MIO_EUR CP; MIO_NAC skipped
 * nama_10r_3gva, nama_10r_2gva (freq,unit,nace_r2,geo)
 *                                                   CP_MEUR → GVA CP; PYP_MEUR → GVA PYP; * skipped
 * nama_10_gdp (freq,unit,na_item,geo)               CP_MEUR/B1GQ → GDP CP; CP_MEUR/B1G → GVA CP; * skipped
 * prc_hicp_aind (freq,unit,coicop,geo)              INX_A_AVG/CP00 → CPI INDEX; RCH_A_AVG/CP00 → CPI_GROWTH
 *                                                   PCT; other coicop skipped
 * nama_gdp_c (unit,indic_na,geo; legacy JSON-stat)  MIO_EUR/B1GM → GDP CP; MIO_NAC, per inhabitant, PPS skipped
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
 * {@code freq} code must fit the periods (A years, Q quarters).
 */
final class EurostatMapping {

    private static final String NATIONAL_CURRENCY =
            "national currency MIO_NAC, equal to MIO_EUR for the Netherlands and never read as euro";
    private static final String DERIVED = "per-inhabitant or PPS figures derived from GDP";

    private static final String SUB_INDICES = "HICP sub-indices (only all items, CP00, is read)";

    /** A rule code that matches any code of its dimension no other rule names. */
    static final String ANY = "*";

    private static final String PPS_OR_NAC = "units other than million euro (national currency, PPS)";

    private static final List<Dataset> DATASETS = List.of(
            new Dataset("nama_10r_3gdp", true, List.of("freq", "unit", "geo"), List.of("unit"), gdpRules()),
            new Dataset(
                    "nama_10r_3empers",
                    true,
                    List.of("freq", "unit", "wstatus", "nace_r2", "geo"),
                    List.of("unit", "wstatus"),
                    List.of(
                            map(new MappedMeasure(Measure.PERSONS, Unit.THS_PER, PriceBasis.NONE), "THS", "EMP"),
                            map(new MappedMeasure(Measure.EMPLOYEES, Unit.THS_PER, PriceBasis.NONE), "THS", "SAL"))),
            new Dataset("nama_10r_2gdp", false, List.of("freq", "unit", "geo"), List.of("unit"), gdpRules()),
            new Dataset(
                    "nama_10r_2emhrw",
                    false,
                    List.of("freq", "unit", "wstatus", "nace_r2", "geo"),
                    List.of("unit", "wstatus"),
                    List.of(
                            map(new MappedMeasure(Measure.HOURS, Unit.THS_HW, PriceBasis.NONE), "THS", "EMP"),
                            map(
                                    new MappedMeasure(Measure.EMPLOYEE_HOURS, Unit.THS_HW, PriceBasis.NONE),
                                    "THS",
                                    "SAL"))),
            new Dataset(
                    "nama_10r_2coe",
                    false,
                    List.of("freq", "currency", "nace_r2", "geo"),
                    List.of("currency"),
                    List.of(
                            map(new MappedMeasure(Measure.COMP, Unit.MIO_EUR, PriceBasis.CP), "MIO_EUR"),
                            skip(NATIONAL_CURRENCY, "MIO_NAC"))),
            new Dataset("nama_10r_3gva", false, List.of("freq", "unit", "nace_r2", "geo"), List.of("unit"), gvaRules()),
            new Dataset("nama_10r_2gva", false, List.of("freq", "unit", "nace_r2", "geo"), List.of("unit"), gvaRules()),
            new Dataset(
                    "nama_10_gdp",
                    false,
                    List.of("freq", "unit", "na_item", "geo"),
                    List.of("unit", "na_item"),
                    List.of(
                            map(new MappedMeasure(Measure.GDP, Unit.MIO_EUR, PriceBasis.CP), "CP_MEUR", "B1GQ"),
                            map(new MappedMeasure(Measure.GVA, Unit.MIO_EUR, PriceBasis.CP), "CP_MEUR", "B1G"),
                            skip("national accounts items other than GDP (B1GQ) and GVA (B1G)", "CP_MEUR", ANY),
                            skip(
                                    "units other than current prices in million euro (volumes, national currency,"
                                            + " per inhabitant)",
                                    ANY,
                                    ANY))),
            new Dataset(
                    "prc_hicp_aind",
                    false,
                    List.of("freq", "unit", "coicop", "geo"),
                    List.of("unit", "coicop"),
                    List.of(
                            map(new MappedMeasure(Measure.CPI, Unit.INDEX, PriceBasis.NONE), "INX_A_AVG", "CP00"),
                            map(new MappedMeasure(Measure.CPI_GROWTH, Unit.PCT, PriceBasis.NONE), "RCH_A_AVG", "CP00"),
                            skip(SUB_INDICES, "INX_A_AVG", ANY),
                            skip(SUB_INDICES, "RCH_A_AVG", ANY))),
            new Dataset(
                    "nama_gdp_c",
                    false,
                    List.of("unit", "indic_na", "geo"),
                    List.of("unit", "indic_na"),
                    List.of(
                            map(new MappedMeasure(Measure.GDP, Unit.MIO_EUR, PriceBasis.CP), "MIO_EUR", "B1GM"),
                            skip(NATIONAL_CURRENCY, "MIO_NAC", "B1GM"),
                            skip(DERIVED, "EUR_HAB", "B1GM"),
                            skip(DERIVED, "PPS_HAB", "B1GM"),
                            skip(DERIVED, "MIO_PPS", "B1GM"))));

    private static List<Rule> gdpRules() {
        return List.of(
                map(new MappedMeasure(Measure.GDP, Unit.MIO_EUR, PriceBasis.CP), "MIO_EUR"),
                skip(NATIONAL_CURRENCY, "MIO_NAC"),
                skip(DERIVED, "EUR_HAB"),
                skip(DERIVED, "EUR_HAB_EU27_2020"),
                skip(DERIVED, "MIO_PPS_EU27_2020"),
                skip(DERIVED, "PPS_EU27_2020_HAB"),
                skip(DERIVED, "PPS_HAB_EU27_2020"));
    }

    private static List<Rule> gvaRules() {
        return List.of(
                map(new MappedMeasure(Measure.GVA, Unit.MIO_EUR, PriceBasis.CP), "CP_MEUR"),
                map(new MappedMeasure(Measure.GVA, Unit.MIO_EUR, PriceBasis.PYP), "PYP_MEUR"),
                skip(PPS_OR_NAC, ANY));
    }

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
     * @param name the Eurostat dataset code, lower case
     * @param byDimensions whether a file without the dataset's name (a bulk TSV) is recognised by its
     *     dimensions alone; false where another dataset has the same dimensions
     * @param dimensions the row-key dimensions as in the TSV header
     * @param keys the dimensions the rules decide on, in order
     * @param rules the rules
     */
    record Dataset(String name, boolean byDimensions, List<String> dimensions, List<String> keys, List<Rule> rules) {

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
        Outcome resolve(Map<String, String> codes, ErrorSite lines) {
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
                    candidates = known.stream()
                            .filter(r -> r.codes().get(index).equals(ANY))
                            .toList();
                }
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
            return rules.stream()
                    .map(r -> r.codes().get(index))
                    .filter(c -> !c.equals(ANY))
                    .distinct()
                    .toList();
        }
    }

    /**
     * The dataset whose dimensions are exactly {@code dimensions}, in any order, among those recognised by
     * their dimensions alone.
     */
    static Optional<Dataset> forDimensions(List<String> dimensions) {
        Set<String> wanted = Set.copyOf(dimensions);
        return DATASETS.stream()
                .filter(Dataset::byDimensions)
                .filter(d -> d.dimensions().size() == dimensions.size()
                        && Set.copyOf(d.dimensions()).equals(wanted))
                .findFirst();
    }

    /** The dataset called {@code name} (any case; {@code NAMA_10R_3GVA} as Eurostat's API names it). */
    static Optional<Dataset> forName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return DATASETS.stream().filter(d -> d.name().equals(n)).findFirst();
    }

    /** The datasets recognised by their dimensions, for error messages: {@code nama_10r_3gdp (freq,unit,geo)}. */
    static String known() {
        return known(false);
    }

    /** The datasets this table knows ({@code all}) or those recognised by their dimensions. */
    static String known(boolean all) {
        return String.join(
                "; ",
                DATASETS.stream()
                        .filter(d -> all || d.byDimensions())
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
