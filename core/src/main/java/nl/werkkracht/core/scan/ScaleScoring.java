package nl.werkkracht.core.scan;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A respondent's score on one scale (METHODS.md §10): the mean of the answered items after reverse
 * keying ({@code 6 - x}), provided at least half of the scale's items are answered, expressed on 0–100
 * as {@code 100 · (mean - 1) / 4}. So 1 ("strongly disagree" everywhere) scores 0, 3 scores 50, 5
 * scores 100, and a higher score is always the better situation.
 */
public final class ScaleScoring {

    private ScaleScoring() {}

    /**
     * @param scaleItems the items of the scale, at least one
     * @param answers the respondent's answers (1..5) by item id; other items' answers are ignored
     * @return the score 0–100; empty when fewer than half of the items are answered
     */
    public static OptionalDouble respondentScore(List<Item> scaleItems, Map<String, Integer> answers) {
        if (scaleItems.isEmpty()) {
            throw new IllegalArgumentException("a scale needs at least one item");
        }
        int answered = 0;
        int sum = 0;
        for (Item item : scaleItems) {
            Integer answer = answers.get(item.id());
            if (answer != null) {
                answered++;
                sum += item.keyed(answer);
            }
        }
        if (answered == 0 || 2 * answered < scaleItems.size()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(toHundred((double) sum / answered));
    }

    /** A mean answer 1..5 on the 0–100 scale: {@code 100 · (mean - 1) / 4}. */
    public static double toHundred(double meanAnswer) {
        return 100 * (meanAnswer - Item.MIN_ANSWER) / (Item.MAX_ANSWER - Item.MIN_ANSWER);
    }
}
