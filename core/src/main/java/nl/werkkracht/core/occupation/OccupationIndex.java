package nl.werkkracht.core.occupation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ISCO-08 occupations with their ILO exposure, the major and sub-major groups with Dutch and English
 * titles, and Dutch titles of some unit groups, searchable in both languages.
 *
 * <p>Search: the query is split into words; an occupation matches when every word occurs (ignoring case
 * and accents) in its code, its English title, its Dutch title, or the English or Dutch title of its
 * sub-major or major group. So "administratief" finds the clerks through their Dutch group, "clerk" through
 * the English titles. A query of digits only finds the codes starting with it ("41"). Results are ordered: code prefix, then title starting with
 * the query, then a title containing it, then a match through a group only; within each by code.
 */
public final class OccupationIndex {

    /** The most results a search returns. */
    public static final int MAX_RESULTS = 50;

    private final Map<String, Occupation> byIsco;
    private final Map<String, IscoGroup> groups;
    private final Map<String, String> dutchTitles;

    /**
     * @param occupations the 4-digit occupations, each code once
     * @param groups the major and sub-major groups
     * @param dutchTitles Dutch titles of unit groups by 4-digit code (a subset; others have none)
     */
    public OccupationIndex(List<Occupation> occupations, List<IscoGroup> groups, Map<String, String> dutchTitles) {
        var occ = new LinkedHashMap<String, Occupation>();
        for (Occupation o : occupations) {
            if (occ.put(o.isco(), o) != null) {
                throw new IllegalArgumentException("occupation " + o.isco() + " appears twice");
            }
        }
        var grp = new LinkedHashMap<String, IscoGroup>();
        for (IscoGroup g : groups) {
            if (grp.put(g.code(), g) != null) {
                throw new IllegalArgumentException("group " + g.code() + " appears twice");
            }
        }
        this.byIsco = Map.copyOf(occ);
        this.groups = Map.copyOf(grp);
        this.dutchTitles = Map.copyOf(dutchTitles);
    }

    /** The occupation with this 4-digit code. */
    public Optional<Occupation> find(String isco) {
        return Optional.ofNullable(isco).map(String::strip).map(byIsco::get);
    }

    /** All occupations ordered by code. */
    public List<Occupation> all() {
        return byIsco.values().stream()
                .sorted(Comparator.comparing(Occupation::isco))
                .toList();
    }

    /** The major or sub-major group with this code. */
    public Optional<IscoGroup> group(String code) {
        return Optional.ofNullable(groups.get(code));
    }

    /** All groups ordered by code (major groups before their sub-major groups). */
    public List<IscoGroup> groups() {
        return groups.values().stream()
                .sorted(Comparator.comparing(IscoGroup::code))
                .toList();
    }

    /** The Dutch title of an occupation: its own where Werkkracht has one written, else empty. */
    public Optional<String> dutchTitle(String isco) {
        return Optional.ofNullable(dutchTitles.get(isco));
    }

    /** Occupations matching the query in Dutch or English (see the class comment), at most {@link #MAX_RESULTS}. */
    public List<Occupation> search(String query) {
        String q = normalise(query == null ? "" : query);
        if (q.isEmpty()) {
            return List.of();
        }
        if (q.chars().allMatch(Character::isDigit)) {
            return byIsco.values().stream()
                    .filter(o -> o.isco().startsWith(q))
                    .sorted(Comparator.comparing(Occupation::isco))
                    .limit(MAX_RESULTS)
                    .toList();
        }
        String[] words = q.split(" ");
        var hits = new ArrayList<Hit>();
        for (Occupation o : byIsco.values()) {
            String own = normalise(o.isco() + " " + o.title() + " " + dutchTitles.getOrDefault(o.isco(), ""));
            String all = own + " " + groupText(o);
            if (!containsAll(all, words)) {
                continue;
            }
            hits.add(new Hit(o, rank(o, own, q, words)));
        }
        return hits.stream()
                .sorted(Comparator.comparingInt(Hit::rank)
                        .thenComparing(h -> h.occupation().isco()))
                .limit(MAX_RESULTS)
                .map(Hit::occupation)
                .toList();
    }

    private int rank(Occupation o, String own, String q, String[] words) {
        if (o.isco().startsWith(q)) {
            return 0;
        }
        String en = normalise(o.title());
        String nl = normalise(dutchTitles.getOrDefault(o.isco(), ""));
        if (en.startsWith(q) || nl.startsWith(q)) {
            return 1;
        }
        if (containsAll(own, words)) {
            return 2;
        }
        return 3;
    }

    private String groupText(Occupation o) {
        var text = new StringBuilder();
        for (String code : List.of(o.majorGroup(), o.subMajorGroup())) {
            IscoGroup g = groups.get(code);
            if (g != null) {
                text.append(' ').append(g.titleEn()).append(' ').append(g.titleNl());
            }
        }
        return normalise(text.toString());
    }

    private static boolean containsAll(String text, String[] words) {
        for (String w : words) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, accents removed, punctuation to spaces, single spaces. */
    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    private record Hit(Occupation occupation, int rank) {}
}
