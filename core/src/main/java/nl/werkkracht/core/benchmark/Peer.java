package nl.werkkracht.core.benchmark;

import java.util.Objects;

/**
 * One organisation's value of one metric in one period, with the attributes that place it in peer
 * groups. Only organisations that consented to compare this metric in this network are peers; an
 * organisation without a value is not a peer (its value is missing, never 0).
 *
 * @param organisationId the organisation's id
 * @param sector its sector code at the level the network chose (SBI section or division)
 * @param sizeClass its size class
 * @param region its region code at the level the network chose
 * @param value the metric's value, finite, in the metric's unit
 */
public record Peer(String organisationId, String sector, SizeClass sizeClass, String region, double value) {

    public Peer {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(sizeClass, "sizeClass");
        Objects.requireNonNull(region, "region");
        if (organisationId.isBlank() || sector.isBlank() || region.isBlank()) {
            throw new IllegalArgumentException("organisation, sector and region must not be blank");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    "value of " + organisationId + " must be finite; leave a missing value out");
        }
    }
}
