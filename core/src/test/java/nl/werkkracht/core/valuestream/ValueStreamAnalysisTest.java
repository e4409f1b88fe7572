package nl.werkkracht.core.valuestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import nl.werkkracht.core.WorkedExample;
import org.junit.jupiter.api.Test;

class ValueStreamAnalysisTest {

    private static final double TOLERANCE = 1e-9;

    private final WorkedExample example = WorkedExample.load("valuestream/quote-request.txt");

    private ValueStream quoteRequest() {
        List<Step> steps = example.table("steps").stream()
                .map(row -> new Step(
                        row.text("role"),
                        row.number("process"),
                        row.number("waiting"),
                        StepClass.valueOf(row.text("classification")),
                        row.optionalText("wasteType").map(WasteType::valueOf),
                        Boolean.parseBoolean(row.text("registration"))))
                .toList();
        return new ValueStream("Offerteaanvraag", example.table("stream").get(0).number("volumePerYear"), steps);
    }

    private OptionalDouble valueAddedPerHour() {
        return example.table("stream").get(0).optionalNumber("valueAddedPerHour");
    }

    @Test
    void shouldComputeTheWorkedExampleByHand() {
        ValueStreamMetrics m = ValueStreamAnalysis.analyse(quoteRequest(), valueAddedPerHour());

        assertThat(m.leadTimeMinutes()).isCloseTo(example.expected("leadTime"), within(TOLERANCE));
        assertThat(m.processMinutes()).isCloseTo(example.expected("processMinutes"), within(TOLERANCE));
        assertThat(m.waitingMinutes()).isCloseTo(example.expected("waitingMinutes"), within(TOLERANCE));
        assertThat(m.valueAddingMinutes()).isCloseTo(example.expected("valueAddingMinutes"), within(TOLERANCE));
        assertThat(m.processCycleEfficiency().getAsDouble()).isCloseTo(example.expected("pce"), within(TOLERANCE));
        assertThat(m.handovers()).isEqualTo((int) example.expected("handovers"));
        assertThat(m.registrationShare().getAsDouble())
                .isCloseTo(example.expected("registrationShare"), within(TOLERANCE));
        assertThat(m.wasteMinutesPerPass()).isCloseTo(example.expected("wasteMinutes"), within(TOLERANCE));
        assertThat(m.improvementHoursPerYear()).isCloseTo(example.expected("improvementHours"), within(TOLERANCE));
        assertThat(m.improvementEuroPerYear().getAsDouble())
                .isCloseTo(example.expected("improvementEuro"), within(TOLERANCE));
        assertThat(m.valueAddedPerHour()).hasValue(62.5);
        assertThat(m.volumePerYear()).isEqualTo(1200.0);
    }

    @Test
    void shouldBreakWasteDownByTypeWithEveryTypePresent() {
        ValueStreamMetrics m = ValueStreamAnalysis.analyse(quoteRequest(), valueAddedPerHour());

        assertThat(m.wasteByType()).containsOnlyKeys(WasteType.values());
        assertThat(m.wasteByType().get(WasteType.OVER_PROCESSING))
                .isCloseTo(example.expected("waste.OVER_PROCESSING"), within(TOLERANCE));
        assertThat(m.wasteByType().get(WasteType.DEFECTS))
                .isCloseTo(example.expected("waste.DEFECTS"), within(TOLERANCE));
        assertThat(m.wasteByType().get(WasteType.WAITING)).isZero();
        assertThat(m.wasteByType().get(WasteType.TRANSPORT)).isZero();
    }

    @Test
    void shouldLeaveTheEuroFigureEmptyWithoutOrganisationFigures() {
        ValueStreamMetrics m = ValueStreamAnalysis.analyse(quoteRequest(), OptionalDouble.empty());

        assertThat(m.improvementHoursPerYear()).isCloseTo(example.expected("improvementHours"), within(TOLERANCE));
        assertThat(m.improvementEuroPerYear()).isEmpty();
        assertThat(m.valueAddedPerHour()).isEmpty();
    }

    @Test
    void shouldNotValueFreedHoursAtANegativeValueAddedPerHour() {
        ValueStreamMetrics m = ValueStreamAnalysis.analyse(quoteRequest(), OptionalDouble.of(-12.0));

        assertThat(m.improvementEuroPerYear()).isEmpty();
        assertThat(m.valueAddedPerHour()).hasValue(-12.0);
    }

    @Test
    void shouldCountWaitingBeforeAWasteStepAsLeadTimeButNotAsWaste() {
        var stream = new ValueStream("Wachten", 100, List.of(Step.waste("Magazijn", 6, 54, WasteType.TRANSPORT)));

        ValueStreamMetrics m = ValueStreamAnalysis.analyse(stream, OptionalDouble.of(50));

        // lead time 6 + 54 = 60; waste 6 min × 100 / 60 = 10 h; 10 h × 50 = 500 euro
        assertThat(m.leadTimeMinutes()).isCloseTo(60, within(TOLERANCE));
        assertThat(m.wasteMinutesPerPass()).isCloseTo(6, within(TOLERANCE));
        assertThat(m.improvementHoursPerYear()).isCloseTo(10, within(TOLERANCE));
        assertThat(m.improvementEuroPerYear().getAsDouble()).isCloseTo(500, within(TOLERANCE));
    }

    @Test
    void shouldHaveNoEfficiencyOrRegistrationShareForAProcessWithoutTime() {
        var stream = new ValueStream("Leeg", 10, List.of(Step.of("A", 0, 0, StepClass.VALUE_ADDING)));

        ValueStreamMetrics m = ValueStreamAnalysis.analyse(stream, OptionalDouble.of(50));

        assertThat(m.leadTimeMinutes()).isZero();
        assertThat(m.processCycleEfficiency()).isEmpty();
        assertThat(m.registrationShare()).isEmpty();
        assertThat(m.improvementHoursPerYear()).isZero();
        assertThat(m.improvementEuroPerYear()).hasValue(0.0);
    }

    @Test
    void shouldHaveNoRegistrationShareWhenOnlyWaitingTakesTime() {
        var stream = new ValueStream(
                "Alleen wachten",
                10,
                List.of(Step.of("A", 0, 30, StepClass.NECESSARY).asRegistration()));

        ValueStreamMetrics m = ValueStreamAnalysis.analyse(stream, OptionalDouble.empty());

        assertThat(m.processCycleEfficiency()).hasValue(0.0);
        assertThat(m.registrationShare()).isEmpty();
    }

    @Test
    void shouldCountNoHandoverForASingleStepOrOneRole() {
        var one = new ValueStream("Een", 1, List.of(Step.of("A", 1, 0, StepClass.VALUE_ADDING)));
        var sameRole = new ValueStream(
                "Zelfde rol",
                1,
                List.of(
                        Step.of("Planner", 1, 0, StepClass.VALUE_ADDING),
                        Step.of(" PLANNER ", 1, 0, StepClass.NECESSARY)));

        assertThat(ValueStreamAnalysis.analyse(one, OptionalDouble.empty()).handovers())
                .isZero();
        assertThat(ValueStreamAnalysis.analyse(sameRole, OptionalDouble.empty()).handovers())
                .isZero();
    }

    @Test
    void shouldCountARoleThatComesBackAsTwoHandovers() {
        var stream = new ValueStream(
                "Heen en weer",
                1,
                List.of(
                        Step.of("A", 1, 0, StepClass.VALUE_ADDING),
                        Step.of("B", 1, 0, StepClass.VALUE_ADDING),
                        Step.of("A", 1, 0, StepClass.VALUE_ADDING)));

        assertThat(ValueStreamAnalysis.analyse(stream, OptionalDouble.empty()).handovers())
                .isEqualTo(2);
    }

    @Test
    void shouldRefuseAnInfiniteValueAddedPerHour() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ValueStreamAnalysis.analyse(quoteRequest(), OptionalDouble.of(Double.NaN)))
                .withMessage("valueAddedPerHour must be finite");
    }

    @Test
    void shouldExpressImprovementHoursAsFte() {
        ValueStreamMetrics m = ValueStreamAnalysis.analyse(quoteRequest(), valueAddedPerHour());

        // 600 h / 1500 h per FTE = 0.4 FTE
        assertThat(m.improvementFte(1500)).isCloseTo(0.4, within(TOLERANCE));
        assertThatIllegalArgumentException().isThrownBy(() -> m.improvementFte(0));
    }

    /**
     * Issue 13: the step's name is not its role. Intake and offer by the office, planning by the planner,
     * assembly by the fitter, invoicing not yet assigned: 2 handovers, 1 transition unknown. Typing the
     * activities into the role field, as users did before, counted 4.
     */
    @Test
    void shouldCountHandoversBetweenRolesNotBetweenStepNames() {
        var steps = java.util.List.of(
                new Step(
                        "Intake",
                        java.util.Optional.of("Binnendienst"),
                        5,
                        0,
                        StepClass.VALUE_ADDING,
                        java.util.Optional.empty(),
                        false),
                new Step(
                        "Offerte",
                        java.util.Optional.of("binnendienst"),
                        20,
                        60,
                        StepClass.VALUE_ADDING,
                        java.util.Optional.empty(),
                        false),
                new Step(
                        "Planning",
                        java.util.Optional.of("Planner"),
                        10,
                        120,
                        StepClass.NECESSARY,
                        java.util.Optional.empty(),
                        false),
                new Step(
                        "Montage",
                        java.util.Optional.of("Monteur"),
                        240,
                        2880,
                        StepClass.VALUE_ADDING,
                        java.util.Optional.empty(),
                        false),
                new Step(
                        "Factuur",
                        java.util.Optional.empty(),
                        15,
                        1440,
                        StepClass.NECESSARY,
                        java.util.Optional.empty(),
                        true));
        var stream = new ValueStream("Installatieopdracht", 300, steps);
        assertThat(ValueStreamAnalysis.analyse(stream, OptionalDouble.empty()).handovers())
                .isEqualTo(2);
        assertThat(ValueStreamAnalysis.unknownTransitions(stream)).isEqualTo(1);
        var activitiesAsRoles = new ValueStream(
                "Installatieopdracht",
                300,
                java.util.List.of(
                        Step.of("Intake", 5, 0, StepClass.VALUE_ADDING),
                        Step.of("Offerte", 20, 60, StepClass.VALUE_ADDING),
                        Step.of("Planning", 10, 120, StepClass.NECESSARY),
                        Step.of("Montage", 240, 2880, StepClass.VALUE_ADDING),
                        Step.of("Factuur", 15, 1440, StepClass.NECESSARY)));
        assertThat(ValueStreamAnalysis.analyse(activitiesAsRoles, OptionalDouble.empty())
                        .handovers())
                .isEqualTo(4);
    }
}
