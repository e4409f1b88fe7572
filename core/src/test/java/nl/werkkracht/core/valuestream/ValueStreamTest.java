package nl.werkkracht.core.valuestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules a value stream and its steps check when they are made. */
class ValueStreamTest {

    private static final Step STEP = Step.of("Planner", 10, 5, StepClass.VALUE_ADDING);

    @Test
    void shouldTrimRoleAndName() {
        var stream = new ValueStream("  Offerte ", 12, List.of(Step.of("  Planner ", 1, 0, StepClass.NECESSARY)));

        assertThat(stream.name()).isEqualTo("Offerte");
        assertThat(stream.steps().get(0).roleName()).isEqualTo("Planner");
    }

    @Test
    void shouldRejectANegativeProcessTimeNamingTheStep() {
        assertThatThrownBy(() -> ValueStream.build(
                        "Offerte",
                        12,
                        List.of(() -> STEP, () -> STEP, () -> Step.of("Planner", -1, 0, StepClass.VALUE_ADDING))))
                .isInstanceOf(InvalidValueStreamException.class)
                .hasMessage("steps[2].processMinutes must not be negative")
                .satisfies(e -> {
                    var invalid = (InvalidValueStreamException) e;
                    assertThat(invalid.field()).isEqualTo("steps[2].processMinutes");
                    assertThat(invalid.stepIndex()).isEqualTo(2);
                    assertThat(invalid.fieldName()).isEqualTo("processMinutes");
                    assertThat(invalid.reason()).isEqualTo(InvalidValueStreamException.Reason.NEGATIVE);
                });
    }

    @Test
    void shouldNameAFieldOfTheStreamItselfWithoutStepIndex() {
        var e = new InvalidValueStreamException("volumePerYear", InvalidValueStreamException.Reason.NEGATIVE);

        assertThat(e.stepIndex()).isEqualTo(-1);
        assertThat(e.fieldName()).isEqualTo("volumePerYear");
        assertThat(e.limit()).isZero();
    }

    @Test
    void shouldRejectNegativeOrInfiniteWaitingTime() {
        assertInvalid(() -> Step.of("A", 1, -0.5, StepClass.NECESSARY), "waitingMinutes", "must not be negative");
        assertInvalid(() -> Step.of("A", 1, Double.NaN, StepClass.NECESSARY), "waitingMinutes", "must be a number");
        assertInvalid(
                () -> Step.of("A", Double.POSITIVE_INFINITY, 0, StepClass.NECESSARY),
                "processMinutes",
                "must be a number");
    }

    @Test
    void shouldRequireAWasteTypeForWasteAndOnlyForWaste() {
        assertInvalid(
                () -> new Step("A", 1, 0, StepClass.WASTE, Optional.empty(), false),
                "wasteType",
                "is required for a WASTE step");
        assertInvalid(
                () -> new Step("A", 1, 0, StepClass.NECESSARY, Optional.of(WasteType.MOTION), false),
                "wasteType",
                "must be empty unless the classification is WASTE");
    }

    @Test
    void shouldRequireRoleAndClassification() {
        assertInvalid(() -> Step.of(" ", 1, 0, StepClass.NECESSARY), "role", "must not be empty");
        assertInvalid(() -> Step.of(null, 1, 0, StepClass.NECESSARY), "role", "must not be empty");
        assertInvalid(
                () -> Step.of("x".repeat(101), 1, 0, StepClass.NECESSARY), "role", "must have at most 100 characters");
        assertInvalid(() -> Step.of("A", 1, 0, null), "classification", "is required");
    }

    @Test
    void shouldRequireNameVolumeAndAtLeastOneStep() {
        assertInvalid(() -> new ValueStream("", 1, List.of(STEP)), "name", "must not be empty");
        assertInvalid(
                () -> new ValueStream("x".repeat(201), 1, List.of(STEP)), "name", "must have at most 200 characters");
        assertInvalid(() -> new ValueStream("P", -1, List.of(STEP)), "volumePerYear", "must not be negative");
        assertInvalid(() -> new ValueStream("P", Double.NaN, List.of(STEP)), "volumePerYear", "must be a number");
        assertInvalid(() -> new ValueStream("P", 1, List.of()), "steps", "must contain at least one step");
        assertInvalid(
                () -> new ValueStream("P", 1, Collections.nCopies(101, STEP)),
                "steps",
                "must contain at most 100 steps");
        var withNull = new ArrayList<Step>(List.of(STEP));
        withNull.add(null);
        assertInvalid(() -> new ValueStream("P", 1, withNull), "steps[1]", "is required");
    }

    @Test
    void shouldKeepItsOwnCopyOfTheSteps() {
        var steps = new ArrayList<>(List.of(STEP));
        var stream = new ValueStream("P", 1, steps);

        steps.add(STEP);

        assertThat(stream.steps()).hasSize(1);
        assertThatThrownBy(() -> stream.steps().add(STEP)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static void assertInvalid(Runnable make, String field, String problem) {
        assertThatThrownBy(make::run)
                .isInstanceOf(InvalidValueStreamException.class)
                .hasMessage(field + " " + problem)
                .satisfies(e ->
                        assertThat(((InvalidValueStreamException) e).field()).isEqualTo(field))
                .satisfies(e ->
                        assertThat(((InvalidValueStreamException) e).problem()).isEqualTo(problem));
    }
}
