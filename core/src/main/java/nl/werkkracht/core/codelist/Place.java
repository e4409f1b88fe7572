package nl.werkkracht.core.codelist;

import java.util.Objects;

/**
 * A place (woonplaats) of the CBS division of one year, in exactly one municipality.
 *
 * @param code the CBS woonplaats code (four digits, {@code 1145})
 * @param name the name ({@code Glanerbrug}); several places in different municipalities may share it
 * @param municipality the municipality's code ({@code GM0153})
 */
public record Place(String code, String name, String municipality) {
    public Place {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(municipality, "municipality");
        if (name.isBlank()) {
            throw new IllegalArgumentException("place " + code + " has no name");
        }
    }
}
