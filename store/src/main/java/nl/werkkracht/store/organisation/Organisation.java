package nl.werkkracht.store.organisation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation as stored: what it is (sector, size class, region) and whom to contact.
 *
 * @param sector SBI 2008 / NACE Rev. 2 code (a section letter or a division)
 * @param sizeClass employees: {@code 2-9}, {@code 10-49}, {@code 50-249} or {@code 250+}
 * @param region COROP or province code
 * @param contactName empty when not given
 * @param contactEmail empty when not given
 * @param kvkNumber the Chamber of Commerce (KvK) number, 8 digits; empty until given (needed to join a network)
 * @param municipality the CBS municipality code ({@code GM0153}) the organisation chose, whose COROP region is
 *     {@code region}; empty when it gave a COROP region or province only (ADR 0032)
 */
public record Organisation(
        long id,
        String name,
        String sector,
        String sizeClass,
        String region,
        Optional<String> contactName,
        Optional<String> contactEmail,
        Instant createdAt,
        Optional<String> kvkNumber,
        Optional<String> municipality) {

    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(sizeClass, "sizeClass");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(contactEmail, "contactEmail");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(kvkNumber, "kvkNumber");
        Objects.requireNonNull(municipality, "municipality");
    }

    /** An organisation without a municipality. */
    public Organisation(
            long id,
            String name,
            String sector,
            String sizeClass,
            String region,
            Optional<String> contactName,
            Optional<String> contactEmail,
            Instant createdAt,
            Optional<String> kvkNumber) {
        this(id, name, sector, sizeClass, region, contactName, contactEmail, createdAt, kvkNumber, Optional.empty());
    }

    /** An organisation without a KvK number. */
    public Organisation(
            long id,
            String name,
            String sector,
            String sizeClass,
            String region,
            Optional<String> contactName,
            Optional<String> contactEmail,
            Instant createdAt) {
        this(
                id,
                name,
                sector,
                sizeClass,
                region,
                contactName,
                contactEmail,
                createdAt,
                Optional.empty(),
                Optional.empty());
    }
}
