package nl.werkkracht.core.codelist;

import java.util.Objects;

/**
 * A Dutch municipality (gemeente) of the CBS division of one year, with the COROP region it lies in.
 *
 * @param code the CBS code, {@code GM} and four digits ({@code GM0153})
 * @param name the name as CBS writes it ({@code 's-Hertogenbosch})
 * @param corop the COROP region's CBS code ({@code CR12}); its parent in the region code list is the province
 */
public record Municipality(String code, String name, String corop) {
    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(corop, "corop");
        if (!code.matches("GM[0-9]{4}")) {
            throw new IllegalArgumentException("municipality code must be GM and four digits, not '" + code + "'");
        }
        if (!corop.matches("CR[0-9]{2}")) {
            throw new IllegalArgumentException("COROP code must be CR and two digits, not '" + corop + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("municipality " + code + " has no name");
        }
    }
}
