package nl.werkkracht.core.growthaccounting;

import java.util.List;
import java.util.Optional;

/**
 * Growth accounting of labour productivity (METHODS.md §7; O'Mahony &amp; Timmer 2009):
 *
 * <pre>
 * Δln(Y/H) = v̄_K Δln(K/H) + v̄_L Δln(LC) + Δln(TFP)
 * </pre>
 *
 * with {@code v̄} the two-period average income shares (Törnqvist), {@code K} capital services,
 * {@code H} hours, {@code LC} labour composition; TFP is the residual.
 */
public final class GrowthAccounting {

    private GrowthAccounting() {}

    /**
     * One year's Törnqvist decomposition from levels in t-1 and t, with capital as one aggregate
     * (reported as non-ICT capital deepening; ICT and intangible are 0).
     */
    public static Contributions tornqvist(Inputs before, Inputs now, int year) {
        return tornqvist(before, now, year, Capital.AGGREGATE);
    }

    /**
     * @param before levels in t-1
     * @param now levels in t
     * @param year t
     * @param asset under which capital field to report capital deepening
     */
    public static Contributions tornqvist(Inputs before, Inputs now, int year, Capital asset) {
        double vL = (before.labourShare() + now.labourShare()) / 2;
        double vK = 1 - vL;
        double dlnH = Math.log(now.hours() / before.hours());
        double dlnLp = Math.log(now.output() / before.output()) - dlnH;
        double capitalDeepening = vK * (Math.log(now.capital() / before.capital()) - dlnH);
        double composition = vL * Math.log(now.labourComposition() / before.labourComposition());
        double tfp = dlnLp - capitalDeepening - composition;
        return switch (asset) {
            case ICT -> new Contributions(year, dlnLp, capitalDeepening, 0, 0, composition, tfp);
            case INTANGIBLE -> new Contributions(year, dlnLp, 0, 0, capitalDeepening, composition, tfp);
            case AGGREGATE, NON_ICT -> new Contributions(year, dlnLp, 0, capitalDeepening, 0, composition, tfp);
        };
    }

    /**
     * Averages annual contributions over a window. Log contributions add up over time, so the average
     * annual contribution is their arithmetic mean and the averages add up to the average growth.
     *
     * @return empty when {@code years} is empty
     */
    public static Optional<Contributions> average(List<Contributions> years) {
        if (years.isEmpty()) {
            return Optional.empty();
        }
        double n = years.size();
        double lp = 0;
        double ict = 0;
        double nict = 0;
        double intang = 0;
        double lc = 0;
        double tfp = 0;
        for (Contributions c : years) {
            lp += c.productivityGrowth();
            ict += c.ictCapital();
            nict += c.nonIctCapital();
            intang += c.intangibleCapital();
            lc += c.labourComposition();
            tfp += c.tfp();
        }
        int last = years.get(years.size() - 1).year();
        return Optional.of(new Contributions(last, lp / n, ict / n, nict / n, intang / n, lc / n, tfp / n));
    }

    /** Which capital field a single capital aggregate is reported under. */
    public enum Capital {
        AGGREGATE,
        ICT,
        NON_ICT,
        INTANGIBLE
    }

    /**
     * Levels in one year.
     *
     * @param output real output (volume index or constant-price value)
     * @param hours hours worked
     * @param capital capital services volume
     * @param labourComposition labour composition index
     * @param labourShare labour compensation / nominal value added
     */
    public record Inputs(double output, double hours, double capital, double labourComposition, double labourShare) {
        public Inputs {
            if (!(output > 0) || !(hours > 0) || !(capital > 0) || !(labourComposition > 0)) {
                throw new IllegalArgumentException("growth accounting needs positive levels");
            }
            if (!(labourShare >= 0 && labourShare <= 1)) {
                throw new IllegalArgumentException("labour share must be in [0, 1], got " + labourShare);
            }
        }
    }
}
