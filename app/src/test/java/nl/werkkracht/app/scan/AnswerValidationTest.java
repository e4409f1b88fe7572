package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.werkkracht.core.scan.Instrument;
import org.junit.jupiter.api.Test;

class AnswerValidationTest {

    private final Instrument instrument = InstrumentFile.current();

    private static String field(Runnable r) {
        try {
            r.run();
        } catch (ScanProblemException e) {
            return e.field();
        }
        throw new AssertionError("no problem");
    }

    @Test
    void shouldAcceptSkippedItemsAndTrimTheTeamAndIdea() {
        var valid = AnswerValidation.validate(
                instrument, List.of("Zorg", "Kantoor"), " Zorg ", Map.of("tech.tools.1", 4), "  meer overleg ");

        assertThat(valid.team()).hasValue("Zorg");
        assertThat(valid.answers()).containsExactly(Map.entry("tech.tools.1", 4));
        assertThat(valid.idea().orElseThrow().text()).isEqualTo("meer overleg");
        assertThat(valid.idea().orElseThrow().team()).hasValue("Zorg");
    }

    @Test
    void shouldNameTheWrongField() {
        List<String> teams = List.of("Zorg");
        assertThat(field(() -> AnswerValidation.validate(instrument, teams, "Zorg", Map.of("x.y.1", 3), null)))
                .isEqualTo("answers.x.y.1");
        assertThat(field(() -> AnswerValidation.validate(instrument, teams, "Zorg", Map.of("tech.ai.1", 0), null)))
                .isEqualTo("answers.tech.ai.1");
        assertThat(field(() -> AnswerValidation.validate(instrument, teams, "Zorg", Map.of("tech.ai.1", "3"), null)))
                .isEqualTo("answers.tech.ai.1");
        assertThat(field(() -> AnswerValidation.validate(instrument, teams, "", Map.of("tech.ai.1", 3), null)))
                .isEqualTo("team");
        assertThat(field(() -> AnswerValidation.validate(instrument, List.of(), "Zorg", Map.of("tech.ai.1", 3), null)))
                .isEqualTo("team");
        assertThat(field(() -> AnswerValidation.validate(instrument, teams, "Zorg", Map.of(), " ")))
                .isEqualTo("answers");
        assertThat(field(() -> AnswerValidation.validate(instrument, teams, "Zorg", null, "x".repeat(2001))))
                .isEqualTo("ideas");
    }

    @Test
    void shouldAcceptAnIdeaWithoutAnswers() {
        var valid = AnswerValidation.validate(instrument, List.of(), null, null, "Minder vergaderen");

        assertThat(valid.answers()).isEmpty();
        assertThat(valid.team()).isEmpty();
        assertThatThrownBy(() -> AnswerValidation.validate(instrument, List.of(), null, null, null))
                .isInstanceOf(ScanProblemException.class);
    }
}
