package nl.werkkracht.core.growthaccounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import nl.werkkracht.core.RandomEconomy;
import nl.werkkracht.core.WorkedExample;
import nl.werkkracht.core.growthaccounting.GrowthAccounting.Capital;
import nl.werkkracht.core.growthaccounting.GrowthAccounting.Inputs;
import org.junit.jupiter.api.Test;

class GrowthAccountingTest {

    private static final double TOLERANCE = 1e-14;

    private final WorkedExample example = WorkedExample.load("growth-accounting.txt");

    private Inputs inputs(int index) {
        var row = example.table("inputs").get(index);
        return new Inputs(
                row.number("output"),
                row.number("hours"),
                row.number("capital"),
                row.number("labourComposition"),
                row.number("labourShare"));
    }

    @Test
    void shouldDecomposeWithTwoPeriodAverageShares() {
        Contributions c = GrowthAccounting.tornqvist(inputs(0), inputs(1), 2021);

        assertThat(c.year()).isEqualTo(2021);
        assertThat(c.productivityGrowth()).isCloseTo(example.expected("productivityGrowth"), within(TOLERANCE));
        assertThat(c.capitalDeepening()).isCloseTo(example.expected("capitalDeepening"), within(TOLERANCE));
        assertThat(c.labourComposition()).isCloseTo(example.expected("labourComposition"), within(TOLERANCE));
        assertThat(c.tfp()).isCloseTo(example.expected("tfp"), within(TOLERANCE));
    }

    @Test
    void shouldReportSingleCapitalAggregateAsNonIctByDefault() {
        Contributions c = GrowthAccounting.tornqvist(inputs(0), inputs(1), 2021);

        assertThat(c.nonIctCapital()).isCloseTo(example.expected("capitalDeepening"), within(TOLERANCE));
        assertThat(c.ictCapital()).isZero();
        assertThat(c.intangibleCapital()).isZero();
    }

    @Test
    void shouldReportCapitalUnderTheChosenAsset() {
        Contributions ict = GrowthAccounting.tornqvist(inputs(0), inputs(1), 2021, Capital.ICT);
        Contributions intangible = GrowthAccounting.tornqvist(inputs(0), inputs(1), 2021, Capital.INTANGIBLE);

        assertThat(ict.ictCapital()).isCloseTo(example.expected("capitalDeepening"), within(TOLERANCE));
        assertThat(ict.nonIctCapital()).isZero();
        assertThat(intangible.intangibleCapital()).isCloseTo(example.expected("capitalDeepening"), within(TOLERANCE));
        assertThat(intangible.ictCapital()).isZero();
    }

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

    @Test
    void shouldRejectNonPositiveLevelsAndSharesOutsideZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Inputs(0, 1, 1, 1, 0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new Inputs(1, -1, 1, 1, 0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new Inputs(1, 1, Double.NaN, 1, 0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new Inputs(1, 1, 1, 0, 0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new Inputs(1, 1, 1, 1, 1.2));
        assertThatIllegalArgumentException().isThrownBy(() -> new Inputs(1, 1, 1, 1, Double.NaN));
    }

    @Test
    void shouldHaveContributionsThatAddUpToProductivityGrowth() {
        var random = new Random(20_240_601L);
        for (int i = 0; i < RandomEconomy.CASES; i++) {
            Inputs before = randomInputs(random);
            Inputs now = randomInputs(random);

            Contributions c = GrowthAccounting.tornqvist(before, now, 2000 + i % 50);

            double expectedGrowth = Math.log((now.output() / now.hours()) / (before.output() / before.hours()));
            assertThat(c.productivityGrowth()).as("case %d", i).isCloseTo(expectedGrowth, within(1e-12));
            assertThat(c.sumOfContributions()).as("case %d", i).isCloseTo(c.productivityGrowth(), within(1e-12));
            assertThat(c.residual()).as("case %d", i).isCloseTo(0, within(1e-12));
        }
    }

    @Test
    void shouldAttributeAllGrowthToTfpWhenInputsPerHourDoNotChange() {
        var random = new Random(20_240_602L);
        for (int i = 0; i < RandomEconomy.CASES; i++) {
            Inputs before = randomInputs(random);
            double hoursGrowth = 0.5 + random.nextDouble();
            var now = new Inputs(
                    before.output() * (0.5 + random.nextDouble()),
                    before.hours() * hoursGrowth,
                    before.capital() * hoursGrowth,
                    before.labourComposition(),
                    random.nextDouble());

            Contributions c = GrowthAccounting.tornqvist(before, now, 2021);

            assertThat(c.capitalDeepening()).as("case %d", i).isCloseTo(0, within(1e-12));
            assertThat(c.labourComposition()).isZero();
            assertThat(c.tfp()).as("case %d", i).isCloseTo(c.productivityGrowth(), within(1e-12));
        }
    }

    private static Inputs randomInputs(Random random) {
        return new Inputs(
                1 + 1_000 * random.nextDouble(),
                1 + 1_000 * random.nextDouble(),
                1 + 1_000 * random.nextDouble(),
                0.5 + random.nextDouble(),
                random.nextDouble());
    }
}
