package nl.werkkracht.core.growthaccounting;

/**
 * Contributions to the growth of labour productivity per hour, {@code Δln(Y/H)}, in one year
 * (METHODS.md §7), all in the same unit (log points × 100 as EU KLEMS publishes them, or plain log
 * differences): capital deepening split into ICT, non-ICT tangible and intangible capital, labour
 * composition, and total factor productivity (the residual).
 *
 * @param year the year t
 * @param productivityGrowth {@code Δln(Y/H)}
 * @param ictCapital {@code v_K,ICT Δln(K_ICT/H)}
 * @param nonIctCapital {@code v_K,NICT Δln(K_NICT/H)}
 * @param intangibleCapital {@code v_K,Intang Δln(K_Intang/H)}
 * @param labourComposition {@code v_L Δln(LC)}
 * @param tfp {@code Δln(TFP)}
 */
public record Contributions(
        int year,
        double productivityGrowth,
        double ictCapital,
        double nonIctCapital,
        double intangibleCapital,
        double labourComposition,
        double tfp) {

    /** Capital deepening: the sum of the three capital contributions. */
    public double capitalDeepening() {
        return ictCapital + nonIctCapital + intangibleCapital;
    }

    /** The sum of all contributions. */
    public double sumOfContributions() {
        return capitalDeepening() + labourComposition + tfp;
    }

    /**
     * What the published contributions leave unexplained: {@code productivityGrowth − Σ contributions}
     * (rounding in the source; zero when computed here).
     */
    public double residual() {
        return productivityGrowth - sumOfContributions();
    }
}
