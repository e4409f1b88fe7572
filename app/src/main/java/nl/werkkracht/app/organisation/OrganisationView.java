package nl.werkkracht.app.organisation;

import java.time.Instant;
import java.util.List;
import nl.werkkracht.store.organisation.Organisation;

/**
 * An organisation as the API shows it to its members ({@code kvkNumber} null until given).
 *
 * @param region the region stored: the COROP region of the chosen municipality, or the COROP region or province given
 * @param municipality the municipality chosen ({@code GM0153}), null when a COROP region or province was given
 * @param corop the COROP region ({@code CR12}), null when only a province was given
 * @param province the province ({@code PV23}), derived from the COROP region when not given
 */
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
        String kvkNumber,
        String municipality,
        String municipalityName,
        String corop,
        String coropName,
        String province,
        String provinceName) {

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
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static OrganisationView of(
            Organisation o, String sectorName, String regionName, RegionChoice.Where where, List<String> members) {
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
                o.kvkNumber().orElse(null),
                where.municipality(),
                where.municipalityName(),
                where.corop(),
                where.coropName(),
                where.province(),
                where.provinceName());
    }
}
