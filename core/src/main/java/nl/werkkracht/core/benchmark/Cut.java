package nl.werkkracht.core.benchmark;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A peer group a user can request (METHODS.md §9): the whole network, or the members with a given sector,
 * size class and/or region. Each attribute is either fixed or open ("all"); the combinations form the cut
 * lattice of {@link CutLattice}.
 *
 * @param sector the sector code, or empty for all sectors
 * @param sizeClass the size class, or empty for all sizes
 * @param region the region code, or empty for all regions
 */
public record Cut(Optional<String> sector, Optional<SizeClass> sizeClass, Optional<String> region) {

    /** The whole network. */
    public static final Cut ALL = new Cut(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * A stable order: coarser cuts first (fewer fixed attributes), then by sector code, size class and
     * region code, an open attribute before any fixed one.
     */
    public static final Comparator<Cut> STABLE_ORDER = Comparator.comparingInt(Cut::level)
            .thenComparing(Cut::sector, Cut.<String>openFirst())
            .thenComparing(Cut::sizeClass, Cut.<SizeClass>openFirst())
            .thenComparing(Cut::region, Cut.<String>openFirst());

    public Cut {
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(sizeClass, "sizeClass");
        Objects.requireNonNull(region, "region");
        if (sector.filter(String::isBlank).isPresent()
                || region.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("a fixed sector or region must not be blank");
        }
    }

    /** A cut from nullable parts: {@code null} means open. */
    public static Cut of(String sector, SizeClass sizeClass, String region) {
        return new Cut(Optional.ofNullable(sector), Optional.ofNullable(sizeClass), Optional.ofNullable(region));
    }

    /** The number of fixed attributes: 0 for {@link #ALL}, 3 for a single sector × size × region cell. */
    public int level() {
        return (sector.isPresent() ? 1 : 0) + (sizeClass.isPresent() ? 1 : 0) + (region.isPresent() ? 1 : 0);
    }

    /** Whether the peer belongs to this cut. */
    public boolean contains(Peer peer) {
        return sector.map(peer.sector()::equals).orElse(true)
                && sizeClass.map(c -> c == peer.sizeClass()).orElse(true)
                && region.map(peer.region()::equals).orElse(true);
    }

    /** This cut with the sector open. */
    public Cut withoutSector() {
        return new Cut(Optional.empty(), sizeClass, region);
    }

    /** This cut with the size class open. */
    public Cut withoutSizeClass() {
        return new Cut(sector, Optional.empty(), region);
    }

    /** This cut with the region open. */
    public Cut withoutRegion() {
        return new Cut(sector, sizeClass, Optional.empty());
    }

    /** {@code all}, or the fixed attributes as the API's query parameters, e.g. {@code sector=F&region=PV20}. */
    @Override
    public String toString() {
        if (level() == 0) {
            return "all";
        }
        var sb = new StringBuilder();
        sector.ifPresent(s -> sb.append("sector=").append(s));
        sizeClass.ifPresent(
                c -> sb.append(sb.isEmpty() ? "" : "&").append("sizeClass=").append(c.code()));
        region.ifPresent(
                r -> sb.append(sb.isEmpty() ? "" : "&").append("region=").append(r));
        return sb.toString();
    }

    /**
     * The cut {@link #toString()} wrote.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Cut parse(String text) {
        if ("all".equals(text)) {
            return ALL;
        }
        String sector = null;
        SizeClass size = null;
        String region = null;
        for (String part : (text == null ? "" : text).split("&")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || kv[1].isBlank()) {
                throw new IllegalArgumentException("not a cut: " + text);
            }
            switch (kv[0]) {
                case "sector" -> sector = kv[1];
                case "sizeClass" ->
                    size = SizeClass.parse(kv[1])
                            .orElseThrow(() -> new IllegalArgumentException("not a size class: " + kv[1]));
                case "region" -> region = kv[1];
                default -> throw new IllegalArgumentException("not a cut: " + text);
            }
        }
        return of(sector, size, region);
    }

    private static <T extends Comparable<? super T>> Comparator<Optional<T>> openFirst() {
        return (a, b) -> a.isEmpty() || b.isEmpty()
                ? Boolean.compare(a.isPresent(), b.isPresent())
                : a.get().compareTo(b.get());
    }
}
