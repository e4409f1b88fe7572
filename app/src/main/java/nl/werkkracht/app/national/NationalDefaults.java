package nl.werkkracht.app.national;

import java.util.Optional;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.PriceBasis;

/**
 * Defaults and parsing of the national page's request parameters, shared by the page, the API and the
 * exports so that the same address gives the same figures everywhere.
 *
 * <p>The default period 2013–2019 is the productivity slowdown the product brief starts from (about
 * 0.4 % a year since 2013) and ends in the last year both default datasets cover, before the pandemic.
 */
final class NationalDefaults {

    static final String FROM = "2013";
    static final String TO = "2019";

    private NationalDefaults() {}

    /** HOURS, FTE, JOBS or PERSONS; anything else is a bad request naming the parameter. */
    static LabourMeasure labour(String code) {
        return LabourMeasure.parse(code)
                .orElseThrow(() -> new IllegalArgumentException(
                        "parameter labour must be HOURS, FTE, JOBS or PERSONS, got '" + code + "'"));
    }

    /** PYP or CP; empty (absent or blank) for the default, PYP when the dataset has it. */
    static Optional<PriceBasis> priceBasis(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(PriceBasis.parse(code)
                .filter(pb -> pb.kind() == PriceBasis.Kind.CP || pb.kind() == PriceBasis.Kind.PYP)
                .orElseThrow(() ->
                        new IllegalArgumentException("parameter priceBasis must be PYP or CP, got '" + code + "'")));
    }
}
