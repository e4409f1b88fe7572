package nl.werkkracht.app.valuestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.werkkracht.core.valuestream.InvalidValueStreamException;
import nl.werkkracht.core.valuestream.InvalidValueStreamException.Reason;
import nl.werkkracht.core.valuestream.StepClass;
import nl.werkkracht.core.valuestream.ValueStream;
import nl.werkkracht.core.valuestream.WasteType;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The editor form as posted without JavaScript, and as JavaScript renumbers it. */
class ValueStreamFormTest {

    private static MultiValueMap<String, String> form(String... keyValues) {
        var params = new LinkedMultiValueMap<String, String>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.add(keyValues[i], keyValues[i + 1]);
        }
        return params;
    }

    @Test
    void shouldSkipEmptyRowsAndKeepTheOrderOfTheIndices() {
        ValueStreamForm form = ValueStreamForm.parse(form(
                "name", "Order",
                "volumePerYear", "52",
                "steps[10].role", "Monteur",
                "steps[10].processMinutes", "90",
                "steps[10].classification", "VALUE_ADDING",
                "steps[2].role", "Planning",
                "steps[2].processMinutes", "7,5",
                "steps[2].waitingMinutes", "",
                "steps[2].classification", "WASTE",
                "steps[2].wasteType", "WAITING",
                "steps[2].registration", "true",
                "steps[3].role", "",
                "steps[3].processMinutes", "",
                "steps[3].classification", "NECESSARY"));

        ValueStream stream = form.toValueStream().orElseThrow();

        assertThat(form.errors()).isEmpty();
        assertThat(stream.steps()).hasSize(2);
        assertThat(stream.steps().get(0).roleName()).isEqualTo("Planning");
        assertThat(stream.steps().get(0).processMinutes()).isCloseTo(7.5, within(1e-12));
        assertThat(stream.steps().get(0).waitingMinutes()).isZero();
        assertThat(stream.steps().get(0).wasteType()).contains(WasteType.WAITING);
        assertThat(stream.steps().get(0).registration()).isTrue();
        assertThat(stream.steps().get(1).classification()).isEqualTo(StepClass.VALUE_ADDING);
        assertThat(stream.steps().get(1).registration()).isFalse();
    }

    @Test
    void shouldReportEveryWrongFieldCountedAmongTheFilledInRows() {
        ValueStreamForm form = ValueStreamForm.parse(form(
                "name", "",
                "volumePerYear", "veel",
                "steps[0].role", "",
                "steps[0].processMinutes", "",
                "steps[1].role", "Magazijn",
                "steps[1].processMinutes", "-3",
                "steps[1].classification", "WASTE",
                "steps[2].role", "Monteur",
                "steps[2].processMinutes", "20",
                "steps[2].classification", "WASTE"));

        assertThat(form.toValueStream()).isEmpty();

        assertThat(form.errors())
                .extracting(e -> e.step() + ":" + e.fieldName() + ":" + e.reason())
                .containsExactly(
                        "0:processMinutes:NEGATIVE",
                        "1:wasteType:WASTE_TYPE_REQUIRED",
                        "-1:volumePerYear:NOT_A_NUMBER",
                        "-1:name:EMPTY");
        assertThat(form.error(1, "wasteType")).isPresent();
        assertThat(form.error(0, "processMinutes").orElseThrow().inputId()).isEqualTo("steps-0-processMinutes");
        assertThat(form.error(-1, "name").orElseThrow().inputId()).isEqualTo("vs-name");
        assertThat(form.displayRows()).hasSize(ValueStreamForm.NEW_ROWS);
        assertThat(form.displayRows().get(0).role()).isEqualTo("Magazijn");
    }

    @Test
    void shouldAskForAStepWhenEveryRowIsEmpty() {
        ValueStreamForm form = ValueStreamForm.parse(form("name", "Leeg", "volumePerYear", "1", "steps[0].role", ""));

        assertThat(form.toValueStream()).isEmpty();
        assertThat(form.errors()).extracting(ValueStreamForm.FieldError::reason).containsExactly(Reason.NO_STEPS);
    }

    @Test
    void shouldReadDecimalCommasAndPoints() {
        assertThat(ValueStreamForm.parse("x", "7,5", true)).isEqualTo(7.5);
        assertThat(ValueStreamForm.parse("x", "7.5", true)).isEqualTo(7.5);
        assertThat(ValueStreamForm.parse("x", "1.200,5", true)).isEqualTo(1200.5);
        assertThat(ValueStreamForm.parse("x", " 1 200 ", true)).isEqualTo(1200);
        // thousands the Dutch or the English way: a minute or a count has no three decimals
        assertThat(ValueStreamForm.parse("x", "1.440", true)).isEqualTo(1440);
        assertThat(ValueStreamForm.parse("x", "1,440", true)).isEqualTo(1440);
        assertThat(ValueStreamForm.parse("x", "1.200.000", true)).isEqualTo(1_200_000);
        assertThatThrownBy(() -> ValueStreamForm.parse("x", "1,234.5,6", true)).hasMessage("x must be a number");
        assertThat(ValueStreamForm.parse("x", "", false)).isZero();
        assertThatThrownBy(() -> ValueStreamForm.parse("x", "", true))
                .isInstanceOf(InvalidValueStreamException.class)
                .hasMessage("x is required");
        assertThatThrownBy(() -> ValueStreamForm.parse("x", "tien", true)).hasMessage("x must be a number");
    }

    @Test
    void shouldShowAStoredValueStreamWithThreeEmptyRowsAfterItsSteps() {
        var steps = java.util.Collections.nCopies(
                9, new ValueStreamView.StepView("Montage", "Monteur", 7.5, 60, "WASTE", "MOTION", false));
        var view = new ValueStreamView(
                1, "Order", 1200, steps, 0, 0, 0, 0, null, 0, null, 0, java.util.Map.of(), 0, null, null, null, null);

        ValueStreamForm form = ValueStreamForm.of(view);

        assertThat(form.volumePerYear()).isEqualTo("1200");
        assertThat(form.displayRows()).hasSize(12);
        assertThat(form.displayRows().get(0).processMinutes()).isEqualTo("7.5");
        assertThat(form.displayRows().get(0).waitingMinutes()).isEqualTo("60");
        assertThat(form.displayRows().get(11).blank()).isTrue();
    }
}
