package nl.werkkracht.app.scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.core.scan.Idea;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.core.scan.Item;

/**
 * Checks what a respondent sent against the questionnaire and the scan's teams, naming the first wrong
 * field: {@code team}, {@code answers.<item id>} or {@code ideas}. Items may be skipped; an empty
 * submission (no answer and no idea) is refused.
 */
final class AnswerValidation {

    /** What was sent, valid. */
    record ValidAnswers(Optional<String> team, Map<String, Integer> answers, Optional<Idea> idea) {}

    private AnswerValidation() {}

    /**
     * @param answers by item id: an {@link Integer} 1..5 is valid, anything else (a fraction, text, null)
     *     is not
     * @throws ScanProblemException 400 naming the field
     */
    static ValidAnswers validate(
            Instrument instrument, List<String> teams, String team, Map<String, ?> answers, String ideas) {
        Optional<String> chosen = Optional.ofNullable(team).map(String::strip).filter(t -> !t.isEmpty());
        if (teams.isEmpty() && chosen.isPresent()) {
            throw ScanProblemException.invalidAnswer("team", "this scan has no teams");
        }
        if (!teams.isEmpty() && (chosen.isEmpty() || !teams.contains(chosen.get()))) {
            throw ScanProblemException.invalidAnswer(
                    "team",
                    chosen.isEmpty() ? "choose your team" : "'" + chosen.get() + "' is not a team of this scan");
        }
        var valid = new LinkedHashMap<String, Integer>();
        if (answers != null) {
            for (var answer : answers.entrySet()) {
                String field = "answers." + answer.getKey();
                if (instrument.item(answer.getKey()).isEmpty()) {
                    throw ScanProblemException.invalidAnswer(field, "no such question: " + answer.getKey());
                }
                if (!(answer.getValue() instanceof Integer value) || !Item.isValidAnswer(value)) {
                    throw ScanProblemException.invalidAnswer(
                            field, "the answer must be a whole number from 1 to 5, got " + answer.getValue());
                }
                valid.put(answer.getKey(), value);
            }
        }
        Optional<String> text = Optional.ofNullable(ideas).map(String::strip).filter(t -> !t.isEmpty());
        if (text.isPresent() && text.get().length() > Idea.MAX_LENGTH) {
            throw ScanProblemException.invalidAnswer(
                    "ideas", "ideas may have at most " + Idea.MAX_LENGTH + " characters");
        }
        if (valid.isEmpty() && text.isEmpty()) {
            throw ScanProblemException.invalidAnswer("answers", "answer at least one question");
        }
        return new ValidAnswers(chosen, valid, text.map(t -> new Idea(chosen, t)));
    }
}
