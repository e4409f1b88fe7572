package nl.werkkracht.core.codelist;

/** The level of a sector code. {@code TOTAL} is an aggregate, never a sector of a breakdown. */
public enum SectorLevel {
    /** All economic activities (A–U). */
    TOTAL,
    /** A union of sections (B-E, G-I, M_N, O-Q, R-U…) or a source-defined aggregate (MARKT). */
    AGGREGATE,
    /** A NACE Rev.2 / SBI 2008 section (A–U). */
    SECTION,
    /** One or more NACE divisions within one section (C10-C12, J61…). */
    DIVISION
}
