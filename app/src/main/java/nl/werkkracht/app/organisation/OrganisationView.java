package nl.werkkracht.app.organisation;

import java.time.Instant;
import java.util.List;
import nl.werkkracht.store.organisation.Organisation;

/** An organisation as the API shows it to its members ({@code kvkNumber} null until given). */
public record OrganisationView(
        long id,
        String name,
        String sector,
        String sectorName,
        String sizeClass,
        String region,
        String regionName,
        String contactName,
        String contactEmail,
        Instant createdAt,
        List<String> members,
        String kvkNumber) {

    /** A view without a KvK number. */
    public OrganisationView(
            long id,
            String name,
            String sector,
            String sectorName,
            String sizeClass,
            String region,
            String regionName,
            String contactName,
            String contactEmail,
            Instant createdAt,
            List<String> members) {
        this(
                id,
                name,
                sector,
                sectorName,
                sizeClass,
                region,
                regionName,
                contactName,
                contactEmail,
                createdAt,
                members,
                null);
    }

    static OrganisationView of(Organisation o, String sectorName, String regionName, List<String> members) {
        return new OrganisationView(
                o.id(),
                o.name(),
                o.sector(),
                sectorName,
                o.sizeClass(),
                o.region(),
                regionName,
                o.contactName().orElse(null),
                o.contactEmail().orElse(null),
                o.createdAt(),
                List.copyOf(members),
                o.kvkNumber().orElse(null));
    }
}
