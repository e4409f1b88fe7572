package nl.werkkracht.core.codelist;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The municipalities and places of one CBS division (2024 in the shipped data) with their COROP region: find a
 * municipality by its code, by its name or by the name of one of its places, and search both as a person types.
 *
 * <p>Names are compared without case, accents, apostrophes and the difference between a hyphen and a space, so
 * {@code "s hertogenbosch"} finds {@code 's-Hertogenbosch} and {@code "sudwest fryslan"} finds {@code Súdwest-Fryslân}.
 */
public final class Municipalities {

    private static final Pattern CODE_IN_BRACKETS = Pattern.compile("^(.*)\\(\\s*([A-Za-z]{2}[0-9]{2,4})\\s*\\)\\s*$");

    private final Map<String, Municipality> byCode;
    private final List<Place> places;
    private final Map<String, List<Municipality>> byName;

    /**
     * @throws IllegalArgumentException when a code appears twice or a place names an unknown municipality
     */
    public Municipalities(Collection<Municipality> municipalities, Collection<Place> places) {
        var codes = new LinkedHashMap<String, Municipality>();
        for (Municipality m : municipalities) {
            if (codes.put(m.code(), m) != null) {
                throw new IllegalArgumentException("municipality " + m.code() + " appears twice");
            }
        }
        var placeCodes = new java.util.HashSet<String>();
        for (Place p : places) {
            if (!codes.containsKey(p.municipality())) {
                throw new IllegalArgumentException(
                        "place " + p.code() + " " + p.name() + " names unknown municipality " + p.municipality());
            }
            if (!placeCodes.add(p.code())) {
                throw new IllegalArgumentException("place " + p.code() + " appears twice");
            }
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.places = List.copyOf(places);
        var names = new LinkedHashMap<String, List<Municipality>>();
        for (Municipality m : codes.values()) {
            names.computeIfAbsent(key(m.name()), k -> new ArrayList<>()).add(m);
        }
        this.byName = names;
    }

    /** Every municipality, in the order given. */
    public Collection<Municipality> all() {
        return byCode.values();
    }

    /** Every place, in the order given. */
    public List<Place> places() {
        return places;
    }

    /** The COROP regions the municipalities lie in, each once. */
    public Set<String> coropRegions() {
        var out = new LinkedHashSet<String>();
        byCode.values().forEach(m -> out.add(m.corop()));
        return out;
    }

    /** A municipality by its code, {@code GM0153} (case does not matter). */
    public Optional<Municipality> municipality(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** The places of a municipality. */
    public List<Place> placesOf(String municipalityCode) {
        return places.stream()
                .filter(p -> p.municipality().equals(municipalityCode))
                .toList();
    }

    /**
     * The municipalities a person may mean by {@code text}: the municipality with that code ({@code GM0153}), or
     * named so, or holding a place named so. Empty when nothing matches; more than one when a place name is used
     * in several municipalities ({@code Velp} lies in Rheden and in Land van Cuijk). A municipality's own name
     * wins over places of the same name elsewhere.
     */
    public List<Municipality> named(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Optional<Municipality> byItsCode = municipality(text);
        if (byItsCode.isPresent()) {
            return List.of(byItsCode.get());
        }
        String k = key(text);
        List<Municipality> exact = byName.get(k);
        if (exact != null) {
            return List.copyOf(exact);
        }
        var out = new LinkedHashSet<Municipality>();
        for (Place p : places) {
            if (key(p.name()).equals(k)) {
                out.add(byCode.get(p.municipality()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The code between brackets at the end of a text, as a suggestion shows it ({@code "Glanerbrug – Enschede
     * (GM0153)"} → {@code GM0153}); empty when there is none.
     */
    public static Optional<String> codeInBrackets(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CODE_IN_BRACKETS.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(2).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** What a search found: a municipality, or a place with its municipality. */
    public record Match(Kind kind, String name, Municipality municipality) {
        public Match {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(municipality, "municipality");
        }
    }

    /** The kind of a match. */
    public enum Kind {
        MUNICIPALITY,
        PLACE
    }

    /**
     * Municipalities and places whose name contains {@code query}, best first: names equal to the query, then
     * names starting with it, then names with a word starting with it, then the rest; at each rank municipalities
     * before places, then by name. A place named as its own municipality is left out (the municipality is there).
     *
     * @param limit at most this many
     */
    public List<Match> search(String query, int limit) {
        String q = key(query == null ? "" : query);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        var found = new ArrayList<Ranked>();
        for (Municipality m : byCode.values()) {
            int rank = rank(key(m.name()), q);
            if (rank >= 0) {
                found.add(new Ranked(rank, 0, new Match(Kind.MUNICIPALITY, m.name(), m)));
            }
        }
        for (Place p : places) {
            Municipality m = byCode.get(p.municipality());
            if (key(p.name()).equals(key(m.name()))) {
                continue;
            }
            int rank = rank(key(p.name()), q);
            if (rank >= 0) {
                found.add(new Ranked(rank, 1, new Match(Kind.PLACE, p.name(), m)));
            }
        }
        found.sort(Comparator.comparingInt(Ranked::rank)
                .thenComparingInt(Ranked::kind)
                .thenComparing(r -> key(r.match().name()))
                .thenComparing(r -> r.match().municipality().name()));
        return found.stream().limit(limit).map(Ranked::match).toList();
    }

    private record Ranked(int rank, int kind, Match match) {}

    /** 0 equal, 1 starts with, 2 a word starts with, 3 contains, -1 no match. */
    private static int rank(String name, String q) {
        if (name.equals(q)) {
            return 0;
        }
        if (name.startsWith(q)) {
            return 1;
        }
        if (name.contains(" " + q)) {
            return 2;
        }
        return name.contains(q) ? 3 : -1;
    }

    /** A name as compared: lower case, without accents and apostrophes, hyphens and runs of spaces as one space. */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’‘`]", "")
                .replaceAll("[-\\s.,/()]+", " ");
        return plain.strip();
    }
}
