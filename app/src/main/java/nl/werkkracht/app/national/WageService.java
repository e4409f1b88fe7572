package nl.werkkracht.app.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.werkkracht.app.statistics.Cube;
import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.core.productivity.GrowthYear;
import nl.werkkracht.core.productivity.VolumeGrowth;
import nl.werkkracht.core.wage.LabourIncomeShare;
import nl.werkkracht.core.wage.WageProductivity;
import nl.werkkracht.core.wage.WageYear;

/**
 * Labour income share and real wage against productivity (METHODS.md §6) from the national accounts:
 * {@code AIQ = COMP × (HOURS / EMPLOYEE_HOURS) / GVA} with {@link LabourIncomeShare}, and real
 * compensation per employee hour against GVA volume per hour worked with {@link WageProductivity}. The
 * deflator is the GVA price index, as the dataset has no CPI; a CPI is never assumed.
 */
final class WageService {

    static final String DEFLATOR = "GVA_DEFLATOR";

    /** The shipped dataset with the consumer price index (Eurostat HICP, prc_hicp_aind). */
    static final String HICP_DATASET = "prc_hicp_aind";

    private final ObservationFinder finder;
    private final Names names;
    private final NationalSources sources;

    WageService(ObservationFinder finder, Names names, NationalSources sources) {
        this.finder = finder;
        this.names = names;
        this.sources = sources;
    }

    WagesView wages(String sector, int from, int to) {
        Periods.requireWindow(from, to);
        names.requireSector(sector);
        String dataset = sources.accounts();
        SourceView source = names.source(dataset);
        var observations = finder.find(
                dataset,
                Set.of(Measure.GVA, Measure.COMP, Measure.HOURS, Measure.EMPLOYEE_HOURS),
                Set.of(sources.region()),
                Set.of(sector),
                from,
                to);
        Series s = new Series(new Cube(dataset, observations), sources.region(), sector, from, to);
        if (s.compensation.isEmpty() || s.employeeHours.isEmpty()) {
            throw new StatisticsException("dataset " + dataset + " has no compensation of employees or employee hours"
                    + " for " + sources.region() + " " + sector + " in " + from + "-" + to);
        }
        Map<Integer, Double> wagePerHour = s.wagePerHour();
        Map<Integer, Double> priceGrowth = s.priceGrowth();
        Map<Integer, Double> productivityGrowth = s.productivityGrowth();
        var comparison = WageProductivity.compare(wagePerHour, priceGrowth, productivityGrowth, from, to);
        List<Integer> missing = missingYears(wagePerHour, priceGrowth, productivityGrowth, from, to);
        var perYear = new TreeMap<Integer, WageYear>();
        for (int t = from + 1; t <= to; t++) {
            WageProductivity.compare(wagePerHour, priceGrowth, productivityGrowth, t - 1, t)
                    .ifPresent(c -> perYear.put(c.to(), c.years().get(0)));
        }
        Map<Integer, Double> cpiGrowth = cpiGrowth(from, to);
        var consumer = WageProductivity.compare(wagePerHour, cpiGrowth, productivityGrowth, from, to);
        var consumerYears = new TreeMap<Integer, WageYear>();
        for (int t = from + 1; t <= to; t++) {
            WageProductivity.compare(wagePerHour, cpiGrowth, productivityGrowth, t - 1, t)
                    .ifPresent(c -> consumerYears.put(c.to(), c.years().get(0)));
        }
        List<WagesView.Year> years = years(s, wagePerHour, perYear, consumerYears, comparison.isPresent());
        return new WagesView(
                sources.region(),
                sector,
                names.sector(sector),
                from,
                to,
                DEFLATOR,
                Names.isDutch() ? LabourIncomeShare.IMPUTATION_NOTE_NL : LabourIncomeShare.IMPUTATION_NOTE_EN,
                years,
                comparison.map(c -> c.averageRealWageGrowth()).orElse(null),
                comparison.map(c -> c.averageProductivityGrowth()).orElse(null),
                missing,
                source,
                cpiGrowth.isEmpty() ? null : "HICP",
                consumer.map(c -> c.averageRealWageGrowth()).orElse(null),
                consumerNote(cpiGrowth, from, to));
    }

    /**
     * HICP growth by year: from the annual average index (2015 = 100) where it has t and t-1, else the
     * published annual average rate of change; empty when no HICP dataset is stored.
     */
    private Map<Integer, Double> cpiGrowth(int from, int to) {
        var out = new TreeMap<Integer, Double>();
        if (!finder.exists(HICP_DATASET)) {
            return out;
        }
        var cube = new Cube(
                HICP_DATASET,
                finder.find(
                        HICP_DATASET, Set.of(Measure.CPI, Measure.CPI_GROWTH), Set.of("NL"), Set.of(), from - 1, to));
        for (int t = from + 1; t <= to; t++) {
            var now = cube.value(Measure.CPI, "NL", "TOTAL", t, PriceBasis.NONE, Unit.INDEX);
            var before = cube.value(Measure.CPI, "NL", "TOTAL", t - 1, PriceBasis.NONE, Unit.INDEX);
            if (now.isPresent() && before.isPresent() && before.getAsDouble() > 0) {
                out.put(t, now.getAsDouble() / before.getAsDouble() - 1);
                continue;
            }
            var rate = cube.value(Measure.CPI_GROWTH, "NL", "TOTAL", t, PriceBasis.NONE, Unit.PCT);
            if (rate.isPresent()) {
                out.put(t, rate.getAsDouble() / 100);
            }
        }
        return out;
    }

    private static String consumerNote(Map<Integer, Double> cpiGrowth, int from, int to) {
        boolean dutch = Names.isDutch();
        if (cpiGrowth.isEmpty()) {
            return dutch
                    ? "Geen consumentenprijsindex (HICP) opgeslagen voor " + (from + 1) + "-" + to
                            + ": het consumentenreële loon wordt niet getoond; het producentenreële loon is een andere"
                            + " grootheid en vervangt het niet."
                    : "No consumer price index (HICP) stored for " + (from + 1) + "-" + to
                            + ": the consumer real wage is not shown; the producer real wage is another measure and"
                            + " does not replace it.";
        }
        return dutch
                ? "Consumentenreëel loon: beloning per werknemersuur gedeeld door de HICP (Eurostat prc_hicp_aind,"
                        + " jaargemiddelde index 2015 = 100, anders de gepubliceerde jaarmutatie). Producentenreëel"
                        + " loon: gedeeld door de prijsindex van de toegevoegde waarde. Het verschil is de ruilvoet."
                : "Consumer real wage: compensation per employee hour deflated by the HICP (Eurostat prc_hicp_aind,"
                        + " annual average index 2015 = 100, else the published annual rate). Producer real wage:"
                        + " deflated by the price index of value added. The difference is the terms of trade.";
    }

    /** The years t of the period for which the wage comparison lacks an input (t or t-1). */
    private static List<Integer> missingYears(
            Map<Integer, Double> wagePerHour,
            Map<Integer, Double> priceGrowth,
            Map<Integer, Double> productivityGrowth,
            int from,
            int to) {
        var missing = new ArrayList<Integer>();
        for (int t = from + 1; t <= to; t++) {
            if (!wagePerHour.containsKey(t)
                    || !wagePerHour.containsKey(t - 1)
                    || !priceGrowth.containsKey(t)
                    || !productivityGrowth.containsKey(t)) {
                missing.add(t);
            }
        }
        return missing;
    }

    /**
     * One row per year, with the growth rates of every year that has its inputs; the indices are chained
     * from the base year only over a period without holes ({@code chain}).
     */
    private static List<WagesView.Year> years(
            Series s,
            Map<Integer, Double> wagePerHour,
            Map<Integer, WageYear> byYear,
            Map<Integer, WageYear> consumer,
            boolean chain) {
        var out = new ArrayList<WagesView.Year>();
        Double wageIndex = chain ? 100.0 : null;
        Double productivityIndex = wageIndex;
        for (int t = s.from; t <= s.to; t++) {
            WageYear y = byYear.get(t);
            if (y != null && chain) {
                wageIndex *= 1 + y.realWageGrowth();
                productivityIndex *= 1 + y.productivityGrowth();
            }
            LabourIncomeShare share = s.labourIncomeShare(t);
            out.add(new WagesView.Year(
                    t,
                    s.compensation.get(t),
                    share == null ? null : share.imputedSelfEmployed(),
                    s.currentPrices.get(t),
                    share == null ? null : Periods.boxed(share.share()),
                    wagePerHour.get(t),
                    y == null ? null : y.nominalWageGrowth(),
                    y == null ? null : y.priceGrowth(),
                    y == null ? null : y.realWageGrowth(),
                    y == null ? null : y.productivityGrowth(),
                    wageIndex,
                    productivityIndex,
                    consumer.containsKey(t) ? consumer.get(t).priceGrowth() : null,
                    consumer.containsKey(t) ? consumer.get(t).realWageGrowth() : null));
        }
        return out;
    }

    /** The sector's yearly series in base units: euro and hours. */
    private static final class Series {
        final int from;
        final int to;
        final Map<Integer, Double> compensation = new TreeMap<>();
        final Map<Integer, Double> currentPrices = new TreeMap<>();
        final Map<Integer, Double> previousYearPrices = new TreeMap<>();
        final Map<Integer, Double> hours = new TreeMap<>();
        final Map<Integer, Double> employeeHours = new TreeMap<>();

        Series(Cube cube, String region, String sector, int from, int to) {
            this.from = from;
            this.to = to;
            for (int t = from; t <= to; t++) {
                Periods.put(compensation, t, cube.value(Measure.COMP, region, sector, t, PriceBasis.CP, Unit.EUR));
                Periods.put(currentPrices, t, cube.value(Measure.GVA, region, sector, t, PriceBasis.CP, Unit.EUR));
                Periods.put(
                        previousYearPrices, t, cube.value(Measure.GVA, region, sector, t, PriceBasis.PYP, Unit.EUR));
                Periods.put(hours, t, cube.value(Measure.HOURS, region, sector, t, PriceBasis.NONE, Unit.HW));
                Periods.put(
                        employeeHours,
                        t,
                        cube.value(Measure.EMPLOYEE_HOURS, region, sector, t, PriceBasis.NONE, Unit.HW));
            }
        }

        /** Compensation per hour worked by employees, euro. */
        Map<Integer, Double> wagePerHour() {
            var out = new TreeMap<Integer, Double>();
            compensation.forEach((t, comp) -> {
                Double eh = employeeHours.get(t);
                if (eh != null && eh > 0) {
                    out.put(t, comp / eh);
                }
            });
            return out;
        }

        /** Growth of the GVA deflator in t: {@code Y^cp(t) / Y^pyp(t) - 1} (prices of t against t-1). */
        Map<Integer, Double> priceGrowth() {
            var out = new TreeMap<Integer, Double>();
            previousYearPrices.forEach((t, pyp) -> {
                Double cp = currentPrices.get(t);
                if (cp != null && pyp != 0) {
                    out.put(t, cp / pyp - 1);
                }
            });
            return out;
        }

        /**
         * Volume growth of GVA per hour worked in each year t that has its inputs (METHODS.md §2), each
         * year on its own so that one missing year leaves the others.
         */
        Map<Integer, Double> productivityGrowth() {
            var volume = VolumeGrowth.outputGrowthFromPreviousYearPrices(currentPrices, previousYearPrices);
            var out = new TreeMap<Integer, Double>();
            for (int t = from + 1; t <= to; t++) {
                VolumeGrowth.productivityGrowth(volume, hours, t - 1, t)
                        .series()
                        .ifPresent(series -> {
                            for (GrowthYear y : series.years()) {
                                out.put(y.year(), y.growth());
                            }
                        });
            }
            return out;
        }

        /** The AIQ inputs of one year; null when one is missing or the hours are inconsistent. */
        LabourIncomeShare labourIncomeShare(int year) {
            Double comp = compensation.get(year);
            Double gva = currentPrices.get(year);
            Double h = hours.get(year);
            Double eh = employeeHours.get(year);
            if (comp == null || gva == null || h == null || eh == null || !(eh > 0) || h < eh) {
                return null;
            }
            return LabourIncomeShare.of(comp, gva, eh, h);
        }
    }
}
