package nl.werkkracht.app.national;

/**
 * A sector code with its name in the request's language, e.g. for sectors a dataset lacks.
 *
 * @param sector sector code (NACE Rev.2 / SBI 2008 section, or TOTAL)
 * @param name the name in the request's language
 */
public record SectorName(String sector, String name) {}
