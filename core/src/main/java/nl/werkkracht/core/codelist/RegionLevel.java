package nl.werkkracht.core.codelist;

import java.util.Locale;
import java.util.Optional;

/** The level of a Dutch region in the NUTS or CBS classification. */
public enum RegionLevel {
    /** The Netherlands (NUTS-0, CBS NL01). */
    COUNTRY,
    /** NUTS-1 (= CBS landsdelen LD01–LD04). */
    NUTS1,
    /** NUTS-2 (= provinces). */
    NUTS2,
    /** NUTS-3 (close to COROP regions). */
    NUTS3,
    /** CBS landsdeel LD01–LD04. */
    LANDSDEEL,
    /** CBS province PV20–PV31. */
    PROVINCE,
    /** CBS COROP region CR01–CR40. */
    COROP,
    /** Eurostat extra-regio (NLZ, NLZZ, NLZZZ): activity not attributable to a region. */
    EXTRA_REGIO;

    /** Parses the CLI names {@code nuts1}, {@code nuts2}, {@code nuts3}, {@code province}, {@code corop}... */
    public static Optional<RegionLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
