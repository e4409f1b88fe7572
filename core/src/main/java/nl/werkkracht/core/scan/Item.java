package nl.werkkracht.core.scan;

import java.util.Objects;

/**
 * A statement the respondent answers on the 5-point agreement scale (1 = strongly disagree … 5 =
 * strongly agree).
 *
 * @param id stable id, e.g. {@code tech.tools.1}
 * @param scaleId the scale it belongs to
 * @param reversed reverse-keyed: agreeing means a worse situation, so the answer counts as {@code 6 - x}
 * @param text the statement in Dutch and English
 */
public record Item(String id, String scaleId, boolean reversed, Bilingual text) {

    /** Lowest answer. */
    public static final int MIN_ANSWER = 1;

    /** Highest answer. */
    public static final int MAX_ANSWER = 5;

    public Item {
        Instrument.requireId(id, "item id");
        Instrument.requireId(scaleId, "scale of item " + id);
        Objects.requireNonNull(text, "text of item " + id);
    }

    /** Whether {@code answer} is on the 5-point scale. */
    public static boolean isValidAnswer(int answer) {
        return answer >= MIN_ANSWER && answer <= MAX_ANSWER;
    }

    /**
     * The answer in the scale's direction: {@code 6 - answer} for a reverse-keyed item, else the answer.
     *
     * @throws IllegalArgumentException when the answer is not 1..5
     */
    public int keyed(int answer) {
        if (!isValidAnswer(answer)) {
            throw new IllegalArgumentException("answer to " + id + " must be 1..5, got " + answer);
        }
        return reversed ? MIN_ANSWER + MAX_ANSWER - answer : answer;
    }
}
