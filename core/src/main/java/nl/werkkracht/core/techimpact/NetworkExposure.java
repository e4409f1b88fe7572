package nl.werkkracht.core.techimpact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkkracht.core.benchmark.DisclosureRule;
import nl.werkkracht.core.benchmark.SignificantFigures;
import nl.werkkracht.core.benchmark.SuppressionReason;
import nl.werkkracht.core.occupation.ExposureGradient;

/**
 * The exposure of a network's member roles as disclosure-controlled aggregates (METHODS.md §9 applied to §16;
 * ADR 0026): per ISCO-08 major group and per ILO gradient, the organisations (banded), the people in the roles
 * (rounded to tens), the hours-weighted mean exposure, and the shares of people in roles with high exposure,
 * with the automation and with the augmentation pattern.
 *
 * <p>An organisation has roles in several cells, so the benchmark's {@code CutLattice} (one atom per
 * organisation) does not fit. The unit here is an organisation's <em>part</em> in an interior cell major group
 * × gradient; the shown cells are the two margins and the total of that interior. Rules, per cell:
 *
 * <ul>
 *   <li>frequency: at least {@code k} organisations; dominance (the rule of {@link DisclosureRule}) on the
 *       organisations' people and on their hours, both additive;
 *   <li>secondary suppression, exact for any linear combination of shown cells: a combination of row and column
 *       totals gives the interior parts the coefficient {@code a(row) + b(column)}, with every suppressed row
 *       sharing one coefficient (they enter only through the total) and every suppressed column another (one and
 *       the same when the total is not shown). Every derivable total is then a sum over the interior parts that
 *       cross a split of these nodes into two sides (the nodes with the highest coefficient against the rest
 *       isolate a subset of any derivable support), so trying every split finds every derivable group: each must
 *       hold no organisation or at least {@code k}, undominated. Cells are decided largest first; a cell that
 *       would make an unsafe group derivable is suppressed;
 *   <li>insiders: for a viewer who can access some organisations the same is decided again without their parts
 *       (the viewer subtracts what it knows); a cell shown to all but not to this viewer is {@link
 *       SuppressionReason#INSIDER}.
 * </ul>
 *
 * Over time: {@link ExposureHistory}.
 */
public final class NetworkExposure {

    private final DisclosureRule rule;
    private final List<Part> parts;
    private final Map<Set<String>, Map<ExposureCell, Optional<SuppressionReason>>> decisions =
            new ConcurrentHashMap<>();

    private NetworkExposure(DisclosureRule rule, List<Part> parts) {
        this.rule = rule;
        this.parts = List.copyOf(parts);
    }

    /**
     * One role of a contributing organisation, with its exposure ({@link TechnologyImpact#exposure}).
     *
     * @param isco the role's 4-digit ISCO-08 unit group
     * @param gradient the ILO gradient of that occupation, as published
     * @param mean the role's exposure (mean task score, 0–1)
     */
    public record MemberRole(
            String organisationId,
            String isco,
            ExposureGradient gradient,
            int people,
            double hoursPerYear,
            double mean,
            ExposurePattern pattern,
            boolean high) {
        public MemberRole {
            Objects.requireNonNull(organisationId, "organisationId");
            Objects.requireNonNull(gradient, "gradient");
            Objects.requireNonNull(pattern, "pattern");
            if (isco == null || !isco.matches("\\d{4}")) {
                throw new IllegalArgumentException("isco must have 4 digits, got " + isco);
            }
            if (people < 1 || !(hoursPerYear >= 0) || Double.isInfinite(hoursPerYear) || !(mean >= 0 && mean <= 1)) {
                throw new IllegalArgumentException("a role has at least 1 person, finite hours ≥ 0, a mean in [0, 1]");
            }
        }
    }

    /**
     * One organisation's part in one interior cell (major group × gradient): the sums over its roles there. It is
     * what a published version records of the organisation (deleting the organisation deletes it).
     *
     * @param exposureHours Σ hours × mean exposure
     * @param highPeople people in roles with high exposure
     * @param automationPeople people in roles with the automation pattern
     * @param augmentationPeople people in roles with the augmentation pattern
     */
    public record Part(
            String organisationId,
            String majorGroup,
            ExposureGradient gradient,
            int people,
            double hours,
            double exposureHours,
            int highPeople,
            int automationPeople,
            int augmentationPeople) {
        public Part {
            Objects.requireNonNull(organisationId, "organisationId");
            Objects.requireNonNull(gradient, "gradient");
            if (majorGroup == null || !majorGroup.matches("\\d")) {
                throw new IllegalArgumentException("a major group is one digit, got " + majorGroup);
            }
        }

        /** The interior cell. */
        public String atom() {
            return majorGroup + "|" + gradient.name();
        }

        /** The part's values as text: equal text, equal values (a change is a different variable over time). */
        public String fingerprint() {
            return atom() + "|" + people + "|" + Double.doubleToLongBits(hours + 0.0) + "|"
                    + Double.doubleToLongBits(exposureHours + 0.0) + "|" + highPeople + "|" + automationPeople + "|"
                    + augmentationPeople;
        }
    }

    /**
     * The figures of a shown cell, rounded as they are shown and stored: people to tens (then 3 significant
     * digits), shares in percent and the mean exposure to 3 significant digits.
     *
     * @param people people in the roles, rounded to tens
     * @param meanExposure the hours-weighted mean exposure, 0–1; empty when the roles have no hours
     * @param highShare percent of the people in roles with high exposure
     * @param automationShare percent of the people in roles with the automation pattern
     * @param augmentationShare percent of the people in roles with the augmentation pattern
     */
    public record Figures(
            long people,
            OptionalDouble meanExposure,
            double highShare,
            double automationShare,
            double augmentationShare) {

        static Figures of(List<Part> parts) {
            long people = 0;
            double hours = 0;
            double exposureHours = 0;
            long high = 0;
            long automation = 0;
            long augmentation = 0;
            for (Part p : parts) {
                people += p.people();
                hours += p.hours();
                exposureHours += p.exposureHours();
                high += p.highPeople();
                automation += p.automationPeople();
                augmentation += p.augmentationPeople();
            }
            return new Figures(
                    roundPeople(people),
                    hours > 0
                            ? OptionalDouble.of(SignificantFigures.benchmark(exposureHours / hours))
                            : OptionalDouble.empty(),
                    percent(high, people),
                    percent(automation, people),
                    percent(augmentation, people));
        }

        private static double percent(long part, long whole) {
            return SignificantFigures.benchmark(100.0 * part / whole);
        }
    }

    /** People rounded half up to tens, then to 3 significant digits. */
    static long roundPeople(long people) {
        long tens = (people + 5) / 10 * 10;
        return (long) SignificantFigures.benchmark(tens);
    }

    /**
     * The table of these roles.
     *
     * @throws IllegalArgumentException when an organisation id holds a "|"
     */
    public static NetworkExposure of(List<MemberRole> roles, DisclosureRule rule) {
        Map<String, Part> parts = new TreeMap<>();
        for (MemberRole r : roles) {
            String major = r.isco().substring(0, 1);
            String key = r.organisationId() + "|" + major + "|" + r.gradient().name();
            Part old = parts.get(key);
            int people = r.people();
            Part add = new Part(
                    r.organisationId(),
                    major,
                    r.gradient(),
                    people,
                    r.hoursPerYear(),
                    r.hoursPerYear() * r.mean(),
                    r.high() ? people : 0,
                    r.pattern() == ExposurePattern.AUTOMATION ? people : 0,
                    r.pattern() == ExposurePattern.AUGMENTATION ? people : 0);
            parts.put(
                    key,
                    old == null
                            ? add
                            : new Part(
                                    old.organisationId(),
                                    major,
                                    r.gradient(),
                                    old.people() + add.people(),
                                    old.hours() + add.hours(),
                                    old.exposureHours() + add.exposureHours(),
                                    old.highPeople() + add.highPeople(),
                                    old.automationPeople() + add.automationPeople(),
                                    old.augmentationPeople() + add.augmentationPeople()));
        }
        return new NetworkExposure(rule, new ArrayList<>(parts.values()));
    }

    public DisclosureRule rule() {
        return rule;
    }

    /** Every part, by organisation, major group and gradient. */
    public List<Part> parts() {
        return parts;
    }

    /** The cells with at least one part, in {@link ExposureCell#ORDER}. */
    public List<ExposureCell> cells() {
        TreeSet<ExposureCell> cells = new TreeSet<>(ExposureCell.ORDER);
        for (Part p : parts) {
            cells.add(ExposureCell.ALL);
            cells.add(ExposureCell.majorGroup(p.majorGroup()));
            cells.add(ExposureCell.gradient(p.gradient()));
        }
        return List.copyOf(cells);
    }

    /** The parts in the cell. */
    public List<Part> parts(ExposureCell cell) {
        return parts.stream()
                .filter(p -> cell.contains(p.majorGroup(), p.gradient()))
                .toList();
    }

    /** The number of organisations with a part in the cell. */
    public int n(ExposureCell cell) {
        return organisations(parts(cell)).size();
    }

    /** The cell's figures, computed and rounded (whether they may be shown is {@link #decision}'s answer). */
    public Figures figures(ExposureCell cell) {
        return Figures.of(parts(cell));
    }

    /**
     * Whether the cell may be shown to a viewer who can access the organisations {@code known} (empty: to
     * everyone): empty, or why not.
     */
    public Optional<SuppressionReason> decision(ExposureCell cell, Set<String> known) {
        Map<ExposureCell, Optional<SuppressionReason>> all = decisions(known);
        return all.getOrDefault(cell, Optional.of(SuppressionReason.FREQUENCY));
    }

    /** The decision for every cell with parts, for a viewer who can access {@code known}. */
    public Map<ExposureCell, Optional<SuppressionReason>> decisions(Set<String> known) {
        Set<String> relevant = new TreeSet<>(known);
        relevant.retainAll(organisations(parts));
        return decisions.computeIfAbsent(Set.copyOf(relevant), this::decide);
    }

    private Map<ExposureCell, Optional<SuppressionReason>> decide(Set<String> known) {
        Map<ExposureCell, Optional<SuppressionReason>> publicDecisions = known.isEmpty() ? null : decisions(Set.of());
        List<Part> unknown =
                parts.stream().filter(p -> !known.contains(p.organisationId())).toList();
        Map<ExposureCell, Optional<SuppressionReason>> out = new LinkedHashMap<>();
        List<ExposureCell> candidates = new ArrayList<>();
        for (ExposureCell cell : cells()) {
            List<Part> in = parts(cell);
            Optional<SuppressionReason> primary = primary(in);
            if (primary.isEmpty() && !known.isEmpty()) {
                List<Part> others = in.stream()
                        .filter(p -> !known.contains(p.organisationId()))
                        .toList();
                if (primary(others).isPresent()) {
                    primary = Optional.of(SuppressionReason.INSIDER);
                }
            }
            if (primary.isPresent()) {
                out.put(cell, primary);
            } else {
                candidates.add(cell);
            }
        }
        candidates.sort(
                java.util.Comparator.comparingInt((ExposureCell c) -> -n(c)).thenComparing(ExposureCell.ORDER));
        List<ExposureCell> shown = new ArrayList<>();
        for (ExposureCell cell : candidates) {
            shown.add(cell);
            if (!derivableGroupsSafe(shown, unknown)) {
                shown.remove(shown.size() - 1);
                boolean shownToAll = publicDecisions != null
                        && publicDecisions.getOrDefault(cell, Optional.empty()).isEmpty();
                out.put(cell, Optional.of(shownToAll ? SuppressionReason.INSIDER : SuppressionReason.SECONDARY));
            } else {
                out.put(cell, Optional.empty());
            }
        }
        Map<ExposureCell, Optional<SuppressionReason>> ordered = new TreeMap<>(ExposureCell.ORDER);
        ordered.putAll(out);
        return java.util.Collections.unmodifiableMap(ordered);
    }

    /**
     * Frequency and dominance over these parts: dominance on every total a shown cell reveals per organisation —
     * its people, its hours, and the people in high-exposure, automation- and augmentation-pattern roles (a share
     * times the people is such a total; one organisation holding most of it would be read from it).
     */
    Optional<SuppressionReason> primary(List<Part> in) {
        Map<String, double[]> byOrg = totals(in);
        if (byOrg.size() < rule.k()) {
            return Optional.of(SuppressionReason.FREQUENCY);
        }
        if (dominated(byOrg)) {
            return Optional.of(SuppressionReason.DOMINANCE);
        }
        return Optional.empty();
    }

    private static Map<String, double[]> totals(List<Part> in) {
        Map<String, double[]> byOrg = new HashMap<>();
        for (Part p : in) {
            double[] t = byOrg.computeIfAbsent(p.organisationId(), o -> new double[TOTALS]);
            t[0] += p.people();
            t[1] += p.hours();
            t[2] += p.highPeople();
            t[3] += p.automationPeople();
            t[4] += p.augmentationPeople();
        }
        return byOrg;
    }

    /** People, hours, people in high-exposure, in automation- and in augmentation-pattern roles. */
    private static final int TOTALS = 5;

    private static boolean dominated(Map<String, double[]> byOrg) {
        for (int i = 0; i < TOTALS; i++) {
            int total = i;
            double[] values = byOrg.values().stream().mapToDouble(t -> t[total]).toArray();
            if (DisclosureRule.dominated(values)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every group derivable from the shown cells (any linear combination) holds no organisation or at
     * least {@code k} undominated ones; the parts are those the viewer does not know.
     */
    private boolean derivableGroupsSafe(List<ExposureCell> shown, List<Part> unknown) {
        boolean allShown = shown.contains(ExposureCell.ALL);
        Set<String> shownRows = new TreeSet<>();
        Set<String> shownColumns = new TreeSet<>();
        for (ExposureCell c : shown) {
            if (c.kind() == ExposureCell.Kind.MAJOR_GROUP) {
                shownRows.add(c.code());
            } else if (c.kind() == ExposureCell.Kind.GRADIENT) {
                shownColumns.add(c.code());
            }
        }
        // nodes: each shown row and column its own; the suppressed rows one node, the suppressed columns another
        // (the same node when the total is not shown: then their coefficient is 0 for both)
        Map<String, Integer> node = new HashMap<>();
        Map<String, List<Part>> edges = new TreeMap<>();
        for (Part p : unknown) {
            edges.computeIfAbsent(p.atom(), a -> new ArrayList<>()).add(p);
        }
        List<int[]> ends = new ArrayList<>();
        List<List<Part>> edgeParts = new ArrayList<>();
        for (List<Part> e : edges.values()) {
            Part first = e.get(0);
            String row = shownRows.contains(first.majorGroup()) ? "r" + first.majorGroup() : "R*";
            String column = shownColumns.contains(first.gradient().name()) ? "c" + first.gradient() : "C*";
            if (!allShown) {
                row = row.equals("R*") ? "*" : row;
                column = column.equals("C*") ? "*" : column;
            }
            int a = node.computeIfAbsent(row, x -> node.size());
            int b = node.computeIfAbsent(column, x -> node.size());
            if (a != b) {
                ends.add(new int[] {a, b});
                edgeParts.add(e);
            }
        }
        int nodes = node.size();
        if (nodes > 24) {
            throw new IllegalStateException("more nodes than the table can have: " + nodes);
        }
        for (long side = 1; side < (1L << (nodes - 1)); side++) { // node nodes-1 always on the other side
            List<Part> crossing = new ArrayList<>();
            for (int e = 0; e < ends.size(); e++) {
                int[] ab = ends.get(e);
                if ((((side >>> ab[0]) ^ (side >>> ab[1])) & 1L) != 0) {
                    crossing.addAll(edgeParts.get(e));
                }
            }
            if (!crossing.isEmpty() && primary(crossing).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> organisations(List<Part> parts) {
        Set<String> ids = new TreeSet<>();
        parts.forEach(p -> ids.add(p.organisationId()));
        return ids;
    }

    /**
     * The number of organisations of a shown cell as a band, so that a count that moved by one is not seen:
     * {@code k}–{@code 2k-1}, {@code 2k}–{@code 4k-1}, {@code 4k}–{@code 10k-1}, {@code 10k}–{@code 20k-1},
     * then {@code ≥ 20k} (for k = 5: 5–9, 10–19, 20–49, 50–99, ≥ 100); below k: {@code < k}.
     */
    public static String organisationBand(int n, int k) {
        if (n < k) {
            return "< " + k;
        }
        int[] bounds = {k, 2 * k, 4 * k, 10 * k, 20 * k};
        for (int i = 0; i < bounds.length - 1; i++) {
            if (n < bounds[i + 1]) {
                return bounds[i] + "–" + (bounds[i + 1] - 1);
            }
        }
        return "≥ " + bounds[bounds.length - 1];
    }
}
