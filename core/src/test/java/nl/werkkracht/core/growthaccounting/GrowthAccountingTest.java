package nl.werkkracht.core.growthaccounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthAccountingTest {

    private static final double TOLERANCE = 1e-14;

    @Test
    void shouldAverageAnnualContributionsArithmetically() {
        var a = new Contributions(2020, 2.0, 0.2, 0.4, 0.6, 0.1, 0.7);
        var b = new Contributions(2021, 1.0, 0.4, -0.2, 0.2, 0.3, 0.3);

        Contributions avg = GrowthAccounting.average(List.of(a, b)).orElseThrow();

        // (2 + 1)/2 = 1.5; (0.2 + 0.4)/2 = 0.3; (0.4 - 0.2)/2 = 0.1; (0.6 + 0.2)/2 = 0.4; 0.2; 0.5
        assertThat(avg.year()).isEqualTo(2021);
        assertThat(avg.productivityGrowth()).isCloseTo(1.5, within(TOLERANCE));
        assertThat(avg.ictCapital()).isCloseTo(0.3, within(TOLERANCE));
        assertThat(avg.nonIctCapital()).isCloseTo(0.1, within(TOLERANCE));
        assertThat(avg.intangibleCapital()).isCloseTo(0.4, within(TOLERANCE));
        assertThat(avg.labourComposition()).isCloseTo(0.2, within(TOLERANCE));
        assertThat(avg.tfp()).isCloseTo(0.5, within(TOLERANCE));
        assertThat(avg.residual()).isCloseTo(0, within(TOLERANCE));
        assertThat(GrowthAccounting.average(List.of())).isEmpty();
    }

    @Test
    void shouldShowWhatPublishedContributionsLeaveUnexplained() {
        // EU KLEMS rounds: 0.3 + 0.2 + 0.4 (capital) + 0.1 + 0.9 = 1.9 against growth 2.0: residual 0.1
        var published = new Contributions(2019, 2.0, 0.3, 0.2, 0.4, 0.1, 0.9);

        assertThat(published.capitalDeepening()).isCloseTo(0.9, within(TOLERANCE));
        assertThat(published.sumOfContributions()).isCloseTo(1.9, within(TOLERANCE));
        assertThat(published.residual()).isCloseTo(0.1, within(TOLERANCE));
    }
}
