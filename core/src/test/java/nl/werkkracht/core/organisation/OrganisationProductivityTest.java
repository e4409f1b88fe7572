package nl.werkkracht.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Worked example of METHODS.md §8, checked by hand:
 *
 * <pre>
 * revenue 2,000,000 − purchases 700,000 − other costs 150,000 + inventory change −10,000 = 1,140,000
 * hired-in: 1,200 hours counted, so their cost 60,000 (inside other costs) is added back: VA = 1,200,000
 * derived own hours: 14.5 fte × 38 h × 52 × (1 − 0.05) = 27,219.4 ; + 1,200 hired = 28,419.4 hours
 * VA per hour = 1,200,000 / 28,419.4 = 42.224677...
 * FTE incl. hired = 14.5 × 28,419.4 / 27,219.4 = 15.139232...; VA per FTE = 79,264.89...
 * </pre>
 */
class OrganisationProductivityTest {

    private static final double TOLERANCE = 1e-9;

    static YearFigures example() {
        return new YearFigures(
                2024,
                2_000_000,
                700_000,
                150_000,
                -10_000,
                OptionalDouble.empty(),
                OptionalDouble.of(14.5),
                OptionalDouble.of(38),
                OptionalDouble.empty(),
                OptionalDouble.of(0.05),
                OptionalDouble.of(1200),
                OptionalDouble.of(60_000),
                OptionalDouble.of(0.12));
    }

    @Test
    void shouldComputeValueAddedAndDeriveHoursAsTheWorkedExample() {
        OrganisationProductivity p = OrganisationProductivity.of(example());

        assertThat(p.valueAdded()).isCloseTo(1_200_000, within(TOLERANCE));
        assertThat(p.hours()).isCloseTo(28_419.4, within(1e-6));
        assertThat(p.hoursDerived()).isTrue();
        assertThat(p.valueAddedPerHour()).isCloseTo(1_200_000 / 28_419.4, within(TOLERANCE));
        assertThat(p.fte().getAsDouble()).isCloseTo(14.5 * 28_419.4 / 27_219.4, within(1e-9));
        assertThat(p.valueAddedPerFte().getAsDouble())
                .isCloseTo(1_200_000 / (14.5 * 28_419.4 / 27_219.4), within(1e-6));
        // invariant: value added per hour × hours = value added
        assertThat(p.valueAddedPerHour() * p.hours()).isCloseTo(p.valueAdded(), within(1e-6));
    }

    @Test
    void shouldDeductHiredLabourCostWhenItsHoursAreNotCounted() {
        YearFigures f = example();
        YearFigures noHiredHours = new YearFigures(
                f.year(),
                f.revenue(),
                f.purchases(),
                f.otherIntermediateCosts(),
                f.inventoryChange(),
                OptionalDouble.of(25_000),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.of(60_000),
                OptionalDouble.empty());

        OrganisationProductivity p = OrganisationProductivity.of(noHiredHours);

        assertThat(p.valueAdded()).isCloseTo(1_140_000, within(TOLERANCE));
        assertThat(p.hoursDerived()).isFalse();
        assertThat(p.valueAddedPerHour()).isCloseTo(45.6, within(TOLERANCE));
        assertThat(p.valueAddedPerFte()).isEmpty();
    }

    @Test
    void shouldNameEveryBadField() {
        assertThatThrownBy(() -> new YearFigures(
                        2024,
                        100,
                        -1,
                        0,
                        0,
                        OptionalDouble.of(-5),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.of(1.5),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("purchases", "hoursWorked", "absenceRate"));
    }

    @Test
    void shouldAskForTheDerivationInputsWhenHoursAreMissing() {
        assertThatThrownBy(() -> new YearFigures(
                        2024,
                        100,
                        0,
                        0,
                        0,
                        OptionalDouble.empty(),
                        OptionalDouble.of(2),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("contractHoursPerWeek", "absenceRate"));
    }

    @Test
    void shouldBringTheSectorFigureToTheOrganisationsPriceLevel() {
        // sector 2022: 50 EUR/h; deflator steps CP/PYP: 2023 1.04, 2024 1.02 -> factor 1.0608
        SectorComparison c = SectorComparison.of(42.0, 2024, 50.0, 2022, Map.of(2023, 1.04, 2024, 1.02));

        assertThat(c.priceFactor().getAsDouble()).isCloseTo(1.0608, within(TOLERANCE));
        assertThat(c.sectorValue()).isCloseTo(53.04, within(TOLERANCE));
        assertThat(c.ratio()).isCloseTo(42.0 / 53.04, within(TOLERANCE));
        assertThat(c.implausible()).isFalse();
    }

    @Test
    void shouldSayWhenTheDeflatorDoesNotReachTheYear() {
        SectorComparison c = SectorComparison.of(300.0, 2025, 50.0, 2023, Map.of(2024, 1.02));

        assertThat(c.priceFactor()).isEmpty();
        assertThat(c.sectorValue()).isEqualTo(50.0);
        assertThat(c.implausible()).isTrue();
    }
}
