package nl.werkkracht.app.national;

import java.util.List;

/**
 * Growth accounting of labour productivity per hour (METHODS.md §7) as published by EU KLEMS: the
 * contributions of ICT, non-ICT and intangible capital deepening, labour composition and total factor
 * productivity to {@code Δln(Y/H)}, in percentage points (log points × 100), per year and averaged
 * over the period. The residual (published growth minus the sum of the published contributions) shows
 * that the terms add up; it is rounding in the source.
 *
 * @param region region code
 * @param requestedFrom first year asked for
 * @param requestedTo last year asked for
 * @param from first year used (the base: contributions start in {@code from + 1}); clipped to the
 *     dataset's years
 * @param to last year used
 * @param clipped whether the period was shortened to the years the dataset covers
 * @param unit {@code PP_LOG}: percentage points, log differences × 100
 * @param sectors the whole economy first, then the chosen industry (when it is another one)
 * @param source the dataset
 */
public record GrowthAccountingView(
        String region,
        int requestedFrom,
        int requestedTo,
        int from,
        int to,
        boolean clipped,
        YearRange covered,
        String unit,
        List<SectorAccounts> sectors,
        SourceView source) {

    public GrowthAccountingView {
        sectors = List.copyOf(sectors);
    }

    /**
     * One sector's accounts.
     *
     * @param sector sector code
     * @param name sector name
     * @param years the years with all six published figures
     * @param average the arithmetic mean over the period (log contributions add up over time); null when
     *     a year is missing, so that no average is taken over a window with holes
     * @param averageAnnualGrowth the average log growth as an annual growth rate, {@code exp(lp/100) - 1},
     *     fraction; null with {@code average}
     * @param largestResidual the largest absolute residual of the years, percentage points; null
     *     without years
     * @param missingYears years of the period lacking one of the figures
     */
    public record SectorAccounts(
            String sector,
            String name,
            List<Year> years,
            Year average,
            Double averageAnnualGrowth,
            Double largestResidual,
            List<Integer> missingYears) {

        public SectorAccounts {
            years = List.copyOf(years);
            missingYears = List.copyOf(missingYears);
        }
    }

    /**
     * Contributions in one year, or their averages (then {@code year} is the last year of the period).
     *
     * @param year the year t (growth from t-1 to t)
     * @param productivityGrowth published growth of labour productivity per hour, {@code Δln(Y/H)} × 100
     * @param ictCapital ICT capital deepening
     * @param nonIctCapital non-ICT tangible capital deepening
     * @param intangibleCapital intangible capital deepening
     * @param labourComposition labour composition (skills, age, gender mix of hours)
     * @param tfp total factor productivity
     * @param sumOfContributions the five contributions together
     * @param residual {@code productivityGrowth - sumOfContributions}
     */
    public record Year(
            int year,
            double productivityGrowth,
            double ictCapital,
            double nonIctCapital,
            double intangibleCapital,
            double labourComposition,
            double tfp,
            double sumOfContributions,
            double residual) {}
}
