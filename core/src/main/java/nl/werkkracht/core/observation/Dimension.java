package nl.werkkracht.core.observation;

/** What a quantity measures; a unit converts only within its dimension. */
public enum Dimension {
    /** Money in euro. */
    MONEY,
    /** Hours worked. */
    HOURS,
    /** Persons (persons employed, employees). */
    PERSONS,
    /** Jobs (banen). */
    JOBS,
    /** Full-time equivalents (arbeidsjaren). */
    FTE,
    /** A volume or price index (base = 100). */
    INDEX,
    /** A growth rate or contribution in percent (or percentage points). */
    PERCENT
}
