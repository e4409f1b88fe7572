package nl.werkkracht.core.routeplan;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkkracht.core.scan.Pillar;
import nl.werkkracht.core.scan.TopBalance;

/**
 * A condition on an organisation's scan results, written in the catalogue as text:
 *
 * <ul>
 *   <li>{@code org.rules < 50}, {@code absenteeism > 5.5}, {@code balance.gap <= 15}: a {@link Quantity}
 *       compared with a number ({@code <}, {@code <=}, {@code >}, {@code >=});
 *   <li>{@code lagging technology}: the TOP balance is flagged and this pillar lags (METHODS.md §11);
 *   <li>{@code balance flagged}: the TOP balance gap is above 15 points.
 * </ul>
 *
 * A condition on something that was not measured neither holds nor fails: it is {@link Check.Status#UNKNOWN}.
 */
public sealed interface Condition permits Condition.Compare, Condition.Lagging, Condition.BalanceFlagged {

    /** How strongly a flag condition (lagging, balance flagged) counts when interventions are ordered. */
    double FLAG_SEVERITY = 0.5;

    /** Whether the condition holds for this input, with the value it looked at. */
    Check check(RoutePlanInput input);

    /** How strongly a condition that holds with {@code actual} triggers, 0–1 (see {@link Unit}). */
    double severity(double actual);

    /** The condition as the catalogue writes it. */
    String text();

    /** A comparison operator. */
    enum Comparator {
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">=");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean test(double value, double threshold) {
            return switch (this) {
                case LT -> value < threshold;
                case LE -> value <= threshold;
                case GT -> value > threshold;
                case GE -> value >= threshold;
            };
        }

        /** Whether this operator tests for a low value. */
        public boolean below() {
            return this == LT || this == LE;
        }

        static Comparator of(String symbol) {
            for (Comparator c : values()) {
                if (c.symbol.equals(symbol)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown operator " + symbol);
        }
    }

    /** A quantity compared with a threshold in the quantity's own unit. */
    record Compare(Quantity quantity, Comparator comparator, double threshold) implements Condition {
        public Compare {
            if (quantity == null || comparator == null) {
                throw new IllegalArgumentException("a comparison needs a quantity and an operator");
            }
            if (!Double.isFinite(threshold)) {
                throw new IllegalArgumentException("threshold of " + quantity.id() + " must be a number");
            }
        }

        @Override
        public Check check(RoutePlanInput input) {
            OptionalDouble value = input.value(quantity);
            if (value.isEmpty()) {
                return Check.unknown(this);
            }
            return Check.of(this, comparator.test(value.getAsDouble(), threshold), value.getAsDouble());
        }

        @Override
        public double severity(double actual) {
            return quantity.unit().severity(actual, threshold);
        }

        @Override
        public String text() {
            return quantity.id() + " " + comparator.symbol() + " " + number(threshold);
        }
    }

    /** The TOP balance is flagged and this pillar is the lagging one; its value is the balance gap. */
    record Lagging(Pillar pillar) implements Condition {
        public Lagging {
            if (pillar == null) {
                throw new IllegalArgumentException("a lagging condition needs a pillar");
            }
        }

        @Override
        public Check check(RoutePlanInput input) {
            return input.balance()
                    .map(b -> Check.of(this, b.flagged() && b.lagging() == pillar, b.gap()))
                    .orElseGet(() -> Check.unknown(this));
        }

        @Override
        public double severity(double actual) {
            return FLAG_SEVERITY;
        }

        @Override
        public String text() {
            return "lagging " + pillarId(pillar);
        }
    }

    /** The TOP balance gap is above {@link TopBalance#FLAG_ABOVE}; its value is the gap. */
    record BalanceFlagged() implements Condition {
        @Override
        public Check check(RoutePlanInput input) {
            return input.balance()
                    .map(b -> Check.of(this, b.flagged(), b.gap()))
                    .orElseGet(() -> Check.unknown(this));
        }

        @Override
        public double severity(double actual) {
            return FLAG_SEVERITY;
        }

        @Override
        public String text() {
            return "balance flagged";
        }
    }

    /**
     * Reads a condition as the catalogue writes it.
     *
     * @throws IllegalArgumentException saying what is wrong, e.g. an unknown quantity or pillar
     */
    static Condition parse(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.equals("balance flagged")) {
            return new BalanceFlagged();
        }
        if (t.startsWith("lagging ")) {
            String pillar = t.substring("lagging ".length());
            return new Lagging(parsePillar(pillar)
                    .orElseThrow(() -> new IllegalArgumentException("unknown pillar '" + pillar + "' in condition '" + t
                            + "'; use technology, organisation or people")));
        }
        Matcher m = COMPARISON.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read condition '" + t
                    + "'; write 'quantity < number' (or <=, >, >=), 'lagging pillar' or 'balance flagged'");
        }
        Quantity quantity = Quantity.of(m.group(1))
                .orElseThrow(() ->
                        new IllegalArgumentException("unknown quantity '" + m.group(1) + "' in condition '" + t + "'"));
        return new Compare(quantity, Comparator.of(m.group(2)), Double.parseDouble(m.group(3)));
    }

    /** {@code id op number}. */
    Pattern COMPARISON = Pattern.compile("([a-z_.]+) ?(<=|>=|<|>) ?(-?[0-9]+(?:\\.[0-9]+)?)");

    /** The id a condition uses for a pillar: {@code technology}, {@code organisation}, {@code people}. */
    private static String pillarId(Pillar pillar) {
        return pillar.name().toLowerCase(Locale.ROOT);
    }

    /** The pillar with this id, ignoring case. */
    private static Optional<Pillar> parsePillar(String id) {
        for (Pillar p : Pillar.values()) {
            if (pillarId(p).equalsIgnoreCase(id.strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
