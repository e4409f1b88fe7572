package nl.werkkracht.app.scan;

import java.time.Instant;
import java.util.List;

/**
 * The questionnaire of a scan in one language, as an employee sees it.
 *
 * @param language {@code nl} or {@code en}
 * @param organisation the name of the organisation that asks (responsible for the answers)
 * @param instrumentId the questionnaire's id
 * @param instrumentVersion its version
 * @param closesAt until when answers are accepted
 * @param teams the teams to choose from; empty when the scan has none
 * @param answerLabels the labels of answers 1 to 5 (a respondent may also skip a statement: "don't know
 *     / not applicable" is sent as no answer)
 * @param scales the questions, grouped by scale, in order
 * @param openQuestion the open question for ideas
 * @param maxIdeaLength the longest idea accepted, in characters
 * @param questions the number of statements
 */
public record QuestionnaireView(
        String language,
        String organisation,
        String instrumentId,
        int instrumentVersion,
        Instant closesAt,
        List<String> teams,
        List<String> answerLabels,
        List<Section> scales,
        Question openQuestion,
        int maxIdeaLength,
        int questions) {

    /** A scale's statements under the scale's name. */
    public record Section(String id, String name, List<Question> items) {}

    /** A statement (or the open question) with its id. */
    public record Question(String id, String text) {}
}
