package nl.werkkracht.core.notation;

/**
 * What a typed number stands for, which decides how a lone separator followed by three digits is read
 * ({@link NumberNotation}).
 */
public enum NumberKind {
    /**
     * An amount of euros: "4.150" and "4,150" are 4150 (nobody types a tenth of a cent), "12,50" is 12.5;
     * "€", "EUR" and a Dutch whole-euro ending ",-" are allowed.
     */
    AMOUNT,
    /**
     * A quantity where three decimals make no sense (hours in a year, minutes, times a year): "28.419" is
     * 28419, "187,5" is 187.5.
     */
    GROUPED,
    /** A quantity that may well have decimals (fte, hours a week): "4.150" could be 4150 or 4.15 and is refused. */
    DECIMAL,
    /** A percentage, as {@link #DECIMAL} with an optional "%" at the end. */
    PERCENT,
    /** A whole number (a count): "1.000" and "1,000" are 1000, "2,5" is refused. */
    WHOLE
}
