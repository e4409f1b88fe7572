package nl.werkkracht.core.codelist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The NUTS 2016, 2021 and 2024 codes of the Netherlands and the kind of each change, so that an
 * observation keeps its NUTS version and figures combine versions only for regions whose boundary did
 * not change. A region whose boundary changed is a different region: Utrecht NL31 (NUTS 2016/2021) is not
 * Utrecht NL35 (NUTS 2024), which includes Vijfheerenlanden. NUTS 2021 has the NUTS 2016 codes and areas
 * for the Netherlands (the Dutch changes came with NUTS 2024).
 */
public final class NutsVersions {

    /** A NUTS version. */
    public enum Version {
        NUTS2016,
        NUTS2021,
        NUTS2024;

        /** "NUTS 2024". */
        public String label() {
            return "NUTS " + name().substring(4);
        }
    }

    /** What happened to a region between NUTS 2016 and NUTS 2024. */
    public enum Change {
        /** Same code, same area. */
        UNCHANGED,
        /** New code, same area (the parent's code changed). */
        RECODED,
        /** The area changed: not the same region, never combined. */
        BOUNDARY_CHANGED
    }

    /**
     * One region through the versions.
     *
     * @param nuts2016 code in NUTS 2016
     * @param nuts2021 code in NUTS 2021
     * @param nuts2024 code in NUTS 2024
     * @param level COUNTRY, NUTS1, NUTS2, NUTS3 or EXTRA_REGIO
     * @param change what happened to it by NUTS 2024
     * @param note what changed, in words
     */
    public record Entry(
            String nuts2016, String nuts2021, String nuts2024, RegionLevel level, Change change, String note) {

        public String code(Version v) {
            return switch (v) {
                case NUTS2016 -> nuts2016;
                case NUTS2021 -> nuts2021;
                case NUTS2024 -> nuts2024;
            };
        }

        /** Whether data of this region in two versions may be combined: the same area. */
        public boolean sameArea() {
            return change != Change.BOUNDARY_CHANGED;
        }
    }

    private final List<Entry> entries;
    private final Map<Version, Map<String, Entry>> byCode = new LinkedHashMap<>();

    public NutsVersions(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Version v : Version.values()) {
            var map = new LinkedHashMap<String, Entry>();
            for (Entry e : this.entries) {
                map.put(e.code(v), e);
            }
            byCode.put(v, map);
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The codes of a version, in the order of the list. */
    public List<String> codes(Version v) {
        return List.copyOf(byCode.get(v).keySet());
    }

    /** The entry of a code in a version. */
    public Optional<Entry> entry(Version v, String code) {
        return Optional.ofNullable(byCode.get(v).get(code));
    }

    /**
     * The code of the same area in another version; empty when the code is unknown in {@code from} or
     * the area changed (then there is no equal region: the data are not combined).
     */
    public Optional<String> sameArea(Version from, String code, Version to) {
        return entry(from, code).filter(Entry::sameArea).map(e -> e.code(to));
    }

    /**
     * Why a code of one version has no equal in another, for the answer to say so; empty when it has one.
     */
    public Optional<String> whyNot(Version from, String code, Version to) {
        Optional<Entry> e = entry(from, code);
        if (e.isEmpty()) {
            return Optional.of(code + " is not a " + from.label() + " code of the Netherlands");
        }
        if (e.get().sameArea()) {
            return Optional.empty();
        }
        return Optional.of(code + " (" + from.label() + ") and " + e.get().code(to) + " (" + to.label()
                + ") are different regions: the boundary changed (" + e.get().note() + ")");
    }
}
