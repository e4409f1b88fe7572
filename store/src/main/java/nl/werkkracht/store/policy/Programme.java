package nl.werkkracht.store.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A programme (*meerjarige aanpak*) for a region over some years.
 *
 * @param region NL, a province (PV..) or a COROP region (CR..)
 * @param published readable by the public; a draft only by its members
 * @param invented example data, labelled as invented wherever shown
 */
public record Programme(
        long id,
        String name,
        String region,
        int fromYear,
        int toYear,
        String description,
        boolean published,
        Optional<Instant> publishedAt,
        boolean invented,
        Instant createdAt) {

    public Programme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
