package nl.werkkracht.core.scan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A respondent's score on one scale (METHODS.md §10): the mean of the answered items after reverse
 * keying ({@code 6 - x}), provided at least half of the scale's items are answered, expressed on 0–100
 * as {@code 100 · (mean - 1) / 4}. So 1 ("strongly disagree" everywhere) scores 0, 3 scores 50, 5
 * scores 100, and a higher score is always the better situation.
 *
 * <p>Scores that are shown are whole points ({@link #wholePoints}): the mean is computed exactly (as a
 * fraction) and rounded half up once, so that 62.5 is always 63 and never 62 through a floating-point
 * error. More digits would only help somebody who subtracts one view from another.
 */
public final class ScaleScoring {

    private ScaleScoring() {}

    /**
     * What a respondent answered on one scale, after reverse keying.
     *
     * @param keyedSum the sum of the keyed answers (each 1..5)
     * @param answered the number of items answered, at least 1
     */
    public record Tally(int keyedSum, int answered) {

        public Tally {
            if (answered < 1 || keyedSum < Item.MIN_ANSWER * answered || keyedSum > Item.MAX_ANSWER * answered) {
                throw new IllegalArgumentException("not a tally of answers 1..5: " + keyedSum + " over " + answered);
            }
        }

        /** The score 0–100, not rounded. */
        public double score() {
            return toHundred((double) keyedSum / answered);
        }
    }

    /**
     * @param scaleItems the items of the scale, at least one
     * @param answers the respondent's answers (1..5) by item id; other items' answers are ignored
     * @return the tally; empty when fewer than half of the items are answered
     */
    public static Optional<Tally> respondentTally(List<Item> scaleItems, Map<String, Integer> answers) {
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
            return Optional.empty();
        }
        return Optional.of(new Tally(sum, answered));
    }

    /**
     * @param scaleItems the items of the scale, at least one
     * @param answers the respondent's answers (1..5) by item id; other items' answers are ignored
     * @return the score 0–100; empty when fewer than half of the items are answered
     */
    public static OptionalDouble respondentScore(List<Item> scaleItems, Map<String, Integer> answers) {
        return respondentTally(scaleItems, answers)
                .map(t -> OptionalDouble.of(t.score()))
                .orElse(OptionalDouble.empty());
    }

    /**
     * The mean score of respondents on 0–100 in whole points, rounded half up, computed exactly: with
     * {@code s} the keyed sum and {@code a} the items answered, a respondent scores {@code 25 (s - a) /
     * a}; the mean over {@code n} respondents is brought onto the common denominator {@code n · lcm(a)}
     * and rounded in integer arithmetic.
     *
     * @param tallies at least one
     */
    public static int wholePoints(List<Tally> tallies) {
        if (tallies.isEmpty()) {
            throw new IllegalArgumentException("a mean needs at least one score");
        }
        long lcm = 1;
        for (Tally t : tallies) {
            lcm = lcm / gcd(lcm, t.answered()) * t.answered();
        }
        long numerator = 0; // of the mean times n · lcm
        for (Tally t : tallies) {
            numerator += 25L * (t.keyedSum() - t.answered()) * (lcm / t.answered());
        }
        return roundHalfUp(numerator, tallies.size() * lcm);
    }

    /** The mean of whole scores, rounded half up to a whole point. */
    public static int wholeMean(List<Integer> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("a mean needs at least one score");
        }
        long sum = 0;
        for (int s : scores) {
            sum += s;
        }
        return roundHalfUp(sum, scores.size());
    }

    /** {@code numerator / denominator} rounded half up, for a numerator ≥ 0 and a denominator > 0. */
    static int roundHalfUp(long numerator, long denominator) {
        return Math.toIntExact((2 * numerator + denominator) / (2 * denominator));
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** A mean answer 1..5 on the 0–100 scale: {@code 100 · (mean - 1) / 4}. */
    public static double toHundred(double meanAnswer) {
        return 100 * (meanAnswer - Item.MIN_ANSWER) / (Item.MAX_ANSWER - Item.MIN_ANSWER);
    }
}
