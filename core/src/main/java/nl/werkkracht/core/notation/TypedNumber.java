package nl.werkkracht.core.notation;

import java.util.Objects;

/** What a person typed in a number field, as {@link NumberNotation} reads it. */
public sealed interface TypedNumber {

    /** Nothing was typed (or only spaces). */
    record Blank() implements TypedNumber {}

    /** A number that can be read in one way only. */
    record Value(double value) implements TypedNumber {
        public Value {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a typed number is finite");
            }
        }
    }

    /**
     * Text that is not a number, or a number that can be read in two ways.
     *
     * @param reason why
     * @param text what was typed, stripped
     * @param grouped for {@link Reason#AMBIGUOUS}: the value when the separator groups thousands (4150);
     *     otherwise NaN
     * @param decimal for {@link Reason#AMBIGUOUS}: the value when the separator is the decimal one (4.15);
     *     otherwise NaN
     */
    record Refused(Reason reason, String text, double grouped, double decimal) implements TypedNumber {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(text, "text");
        }

        static Refused of(Reason reason, String text) {
            return new Refused(reason, text, Double.NaN, Double.NaN);
        }
    }

    /** Why a text is not taken as a number. */
    enum Reason {
        /** Letters or other signs, or no digit at all. */
        NOT_A_NUMBER,
        /** One separator followed by three digits in a field where both readings make sense ("4.150"). */
        AMBIGUOUS,
        /** Both separators, the last one more than once ("1,234.5,6"). */
        MIXED_SEPARATORS,
        /** Thousands grouped other than in threes ("4.15.000", "1,2345"). */
        BAD_GROUPING,
        /** Decimals in a field for whole numbers. */
        NOT_WHOLE
    }

    /** The value, when there is one. */
    default java.util.OptionalDouble optional() {
        return this instanceof Value v ? java.util.OptionalDouble.of(v.value()) : java.util.OptionalDouble.empty();
    }
}
