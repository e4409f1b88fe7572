package nl.werkkracht.core.typology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Classifies regions by how their productivity moves relative to the frontrunner (koploperregio),
 * METHODS.md §5 (revised). {@code R_r,t = P_r,t / P_f,t}, with {@code P_f,t} the mean level of the
 * frontrunner group in year t; {@code ΔR = R_r,t1 - R_r,t0} in percentage points, classified by
 * {@link Thresholds}. Works on raw levels or on structure-corrected levels alike (the caller passes
 * them).
 *
 * <p>The default frontrunner is a group, never one volatile region: the {@link #GROUP_SHARE 10 %} of
 * the regions of the level (at least {@link #MIN_GROUP two}) with the highest level averaged over the
 * first three years of the window, held fixed over the window. The user may choose one or more regions
 * instead. Next to {@code ΔR} every region shows its change against the reference (the nation),
 * {@code 100 · (P_r,t1/P_n,t1 − P_r,t0/P_n,t0)}, and so does the frontrunner group; when the group falls
 * back more than {@link #FRONTRUNNER_WARNING_PP 5 points} against the reference the result carries
 * {@link Warning#FRONTRUNNER_FALLS_BACK}: the regions then "catch up" because the frontrunner fell.
 *
 * <p>The ratio is taken before scaling to percent, {@code 100 · (P_r / P_f)}, so a single chosen
 * frontrunner is exactly 100 with a change of exactly 0. Levels must be positive: a region with a level
 * ≤ 0 in t0 or t1 is reported as missing, since a relative level against it is meaningless.
 */
public final class CatchUpTypology {

    /** Share of the regions of the level in the default frontrunner group. */
    public static final double GROUP_SHARE = 0.10;

    /** Smallest default frontrunner group. */
    public static final int MIN_GROUP = 2;

    /** A frontrunner group losing more than this many points against the reference is warned about. */
    public static final double FRONTRUNNER_WARNING_PP = 5;

    private CatchUpTypology() {}

    /**
     * The typology without a reference (no change against the nation is shown).
     *
     * @param levels per region the levels in t0 and t1 (empty optional = missing)
     * @param frontrunner one chosen frontrunner, or empty for the default group
     * @param thresholds class boundaries
     */
    public static Optional<TypologyResult> classify(
            Map<String, Levels> levels, Optional<String> frontrunner, Thresholds thresholds) {
        return classify(levels, frontrunner.map(List::of).orElse(List.of()), Optional.empty(), thresholds);
    }

    /**
     * @param levels per region the levels in t0 and t1 and the mean over the first three years
     * @param frontrunners the chosen frontrunner regions, or empty for the default group
     * @param reference the reference's (the nation's) levels in t0 and t1, same measure
     * @param thresholds class boundaries
     * @return the typology; empty when no region (or a chosen frontrunner) has both levels
     */
    public static Optional<TypologyResult> classify(
            Map<String, Levels> levels, List<String> frontrunners, Optional<Levels> reference, Thresholds thresholds) {
        var missing = new ArrayList<String>();
        var complete = new LinkedHashMap<String, Levels>();
        levels.forEach((region, l) -> {
            if (positive(l.from()) && positive(l.to())) {
                complete.put(region, l);
            } else {
                missing.add(region);
            }
        });
        List<String> group = frontrunners.isEmpty() ? defaultGroup(levels.size(), complete) : List.copyOf(frontrunners);
        if (group.isEmpty() || !complete.keySet().containsAll(group)) {
            return Optional.empty();
        }
        double f0 = group.stream()
                .mapToDouble(g -> complete.get(g).from().getAsDouble())
                .average()
                .orElseThrow();
        double f1 = group.stream()
                .mapToDouble(g -> complete.get(g).to().getAsDouble())
                .average()
                .orElseThrow();
        Optional<Levels> ref = reference.filter(r -> positive(r.from()) && positive(r.to()));
        var regions = new ArrayList<RegionCatchUp>();
        complete.forEach((region, l) -> {
            double r0 = 100 * (l.from().getAsDouble() / f0);
            double r1 = 100 * (l.to().getAsDouble() / f1);
            double change = r1 - r0;
            regions.add(
                    new RegionCatchUp(region, r0, r1, change, thresholds.classify(change), changeVsReference(l, ref)));
        });
        OptionalDouble frontChange = changeVsReference(Levels.of(f0, f1), ref);
        var warnings = new ArrayList<Warning>();
        if (frontChange.isPresent() && frontChange.getAsDouble() < -FRONTRUNNER_WARNING_PP) {
            warnings.add(Warning.FRONTRUNNER_FALLS_BACK);
        }
        return Optional.of(new TypologyResult(group, !frontrunners.isEmpty(), regions, missing, frontChange, warnings));
    }

    /** Size of the default group for a level with {@code regions} regions. */
    public static int groupSize(int regions) {
        return Math.max(MIN_GROUP, (int) Math.ceil(GROUP_SHARE * regions - 1e-9));
    }

    private static List<String> defaultGroup(int regionsOfLevel, Map<String, Levels> complete) {
        int size = Math.min(groupSize(regionsOfLevel), complete.size());
        return complete.entrySet().stream()
                .filter(e -> e.getValue().firstYears().isPresent())
                .sorted(Comparator.comparingDouble((Map.Entry<String, Levels> e) ->
                                e.getValue().firstYears().getAsDouble())
                        .reversed())
                .limit(size)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static OptionalDouble changeVsReference(Levels l, Optional<Levels> ref) {
        if (ref.isEmpty()) {
            return OptionalDouble.empty();
        }
        Levels n = ref.get();
        return OptionalDouble.of(100 * (l.to().getAsDouble() / n.to().getAsDouble())
                - 100 * (l.from().getAsDouble() / n.from().getAsDouble()));
    }

    private static boolean positive(OptionalDouble v) {
        return v.isPresent() && v.getAsDouble() > 0;
    }

    /** What the reader must be told next to the typology. */
    public enum Warning {
        /** The frontrunner group lost more than 5 points against the reference over the window. */
        FRONTRUNNER_FALLS_BACK
    }

    /**
     * A region's productivity level in the first and last year of the window, and its mean level over
     * the first three years (which picks the default frontrunner group).
     *
     * @param from level in t0
     * @param to level in t1
     * @param firstYears mean level over t0 … t0+2 (the years with data among them)
     */
    public record Levels(OptionalDouble from, OptionalDouble to, OptionalDouble firstYears) {
        /** Levels whose first-years mean is the level of t0. */
        public Levels(OptionalDouble from, OptionalDouble to) {
            this(from, to, from);
        }

        public static Levels of(double from, double to) {
            return new Levels(OptionalDouble.of(from), OptionalDouble.of(to));
        }

        public static Levels of(double from, double to, double firstYears) {
            return new Levels(OptionalDouble.of(from), OptionalDouble.of(to), OptionalDouble.of(firstYears));
        }
    }
}
