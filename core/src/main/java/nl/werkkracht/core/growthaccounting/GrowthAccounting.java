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
 *
 * <p>Werkkracht shows the contributions EU KLEMS publishes per asset (ICT, non-ICT, intangible capital,
 * labour composition, TFP) and does not recompute them: a recomputation from one capital aggregate would
 * have to report all capital under one asset. What remains here is averaging published annual
 * contributions over a window ({@link Contributions#residual()} shows what the published terms leave
 * unexplained).
 */
public final class GrowthAccounting {

    private GrowthAccounting() {}

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
}
