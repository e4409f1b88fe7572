package nl.werkkracht.core.codelist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The region and sector code lists, the breakdowns that partition the economy into sectors, and the
 * code aliases of the sources (EU KLEMS writes {@code M-N} for Eurostat's {@code M_N}; CBS writes
 * {@code NL01} for {@code NL}).
 */
public final class CodeLists {

    private final Map<String, Region> regions;
    private final Map<String, Sector> sectors;
    private final Map<String, List<String>> breakdowns;
    private final Map<String, Map<String, String>> aliases;

    /**
     * @param regions all regions
     * @param sectors all sectors
     * @param breakdowns named sector breakdowns (A10, A21) that each partition TOTAL, in display order
     * @param aliases per source scheme ({@code klems}, {@code cbs}), source code → canonical code
     */
    public CodeLists(
            Collection<Region> regions,
            Collection<Sector> sectors,
            Map<String, List<String>> breakdowns,
            Map<String, Map<String, String>> aliases) {
        var r = new LinkedHashMap<String, Region>();
        for (Region region : regions) {
            if (r.put(region.code(), region) != null) {
                throw new IllegalArgumentException("duplicate region code " + region.code());
            }
        }
        var s = new LinkedHashMap<String, Sector>();
        for (Sector sector : sectors) {
            if (s.put(sector.code(), sector) != null) {
                throw new IllegalArgumentException("duplicate sector code " + sector.code());
            }
        }
        var b = new LinkedHashMap<String, List<String>>();
        breakdowns.forEach((name, codes) -> b.put(name, List.copyOf(codes)));
        this.regions = Collections.unmodifiableMap(r);
        this.sectors = Collections.unmodifiableMap(s);
        this.breakdowns = Collections.unmodifiableMap(b);
        var a = new LinkedHashMap<String, Map<String, String>>();
        aliases.forEach((scheme, map) -> a.put(scheme, Map.copyOf(map)));
        this.aliases = Collections.unmodifiableMap(a);
        b.forEach(this::checkPartition);
    }

    private void checkPartition(String name, List<String> codes) {
        var covered = new HashSet<String>();
        for (String code : codes) {
            Sector sector = sectors.get(code);
            if (sector == null) {
                throw new IllegalArgumentException("breakdown " + name + " names unknown sector " + code);
            }
            if (sector.isTotal()) {
                throw new IllegalArgumentException("breakdown " + name + " cannot contain TOTAL");
            }
            for (String section : sector.sections()) {
                if (!covered.add(section)) {
                    throw new IllegalArgumentException("breakdown " + name + " covers section " + section + " twice");
                }
            }
        }
        Sector total = sectors.get("TOTAL");
        if (total != null && !covered.containsAll(total.sections())) {
            throw new IllegalArgumentException("breakdown " + name + " does not cover all sections");
        }
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    public Optional<Sector> sector(String code) {
        return Optional.ofNullable(sectors.get(code));
    }

    public Collection<Region> regions() {
        return regions.values();
    }

    public Collection<Sector> sectors() {
        return sectors.values();
    }

    /** Regions of one level, in code-list order. */
    public List<Region> regions(RegionLevel level) {
        var out = new ArrayList<Region>();
        for (Region region : regions.values()) {
            if (region.level() == level) {
                out.add(region);
            }
        }
        return out;
    }

    /** The sector codes of a named breakdown (A10, A21), which partition TOTAL. */
    public Optional<List<String>> breakdown(String name) {
        return Optional.ofNullable(breakdowns.get(name));
    }

    public Map<String, List<String>> breakdowns() {
        return breakdowns;
    }

    /**
     * The canonical code for a source's code: the alias when the scheme defines one, otherwise the code
     * itself (which the caller must still check against the code list).
     */
    public String canonical(String scheme, String code) {
        Map<String, String> map = aliases.get(scheme);
        if (map == null) {
            return code;
        }
        return map.getOrDefault(code, code);
    }
}
