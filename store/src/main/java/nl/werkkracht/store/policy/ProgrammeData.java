package nl.werkkracht.store.policy;

import java.util.Objects;

/** What a user enters for a programme; checked by the application before it reaches the store. */
public record ProgrammeData(String name, String region, int fromYear, int toYear, String description) {
    public ProgrammeData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(description, "description");
        if (toYear < fromYear) {
            throw new IllegalArgumentException("toYear before fromYear");
        }
    }
}
