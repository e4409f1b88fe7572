package nl.werkkracht.core.typology;

import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Classifies regions by how their productivity moves relative to the frontrunner (koploperregio),
 * METHODS.md §5. {@code R_r,t = P_r,t / P_f,t}; the frontrunner is the region with the highest level
 * in t0 unless chosen; {@code ΔR = R_r,t1 - R_r,t0} in percentage points, classified by {@link
 * Thresholds}. Works on raw levels or on structure-corrected levels alike (the caller passes them).
 *
 * <p>The ratio is taken before scaling to percent, {@code 100 · (P_r / P_f)}, so the frontrunner is
 * exactly 100 with a change of exactly 0, and no region below the frontrunner in t0 shows above 100.
 * Levels must be positive: a region with a level ≤ 0 in t0 or t1 is reported as missing, since a
 * relative level against it is meaningless.
 */
public final class CatchUpTypology {

    private CatchUpTypology() {}

    /**
     * @param levels per region the levels in t0 and t1 (empty optional = missing)
     * @param frontrunner the chosen frontrunner, or empty for the highest level in t0
     * @param thresholds class boundaries
     * @return the typology; empty when no region (or the chosen frontrunner) has both levels
     */
    public static Optional<TypologyResult> classify(
            Map<String, Levels> levels, Optional<String> frontrunner, Thresholds thresholds) {
        var missing = new ArrayList<String>();
        var complete = new java.util.LinkedHashMap<String, Levels>();
        levels.forEach((region, l) -> {
            if (l.from().isPresent() && l.to().isPresent() && l.from().getAsDouble() > 0 && l.to().getAsDouble() > 0) {
                complete.put(region, l);
            } else {
                missing.add(region);
            }
        });
        String front = frontrunner.orElseGet(() -> highestInFirstYear(complete));
        if (front == null || !complete.containsKey(front)) {
            return Optional.empty();
        }
        Levels f = complete.get(front);
        var regions = new ArrayList<RegionCatchUp>();
        complete.forEach((region, l) -> {
            double r0 = 100 * (l.from().getAsDouble() / f.from().getAsDouble());
            double r1 = 100 * (l.to().getAsDouble() / f.to().getAsDouble());
            double change = r1 - r0;
            regions.add(new RegionCatchUp(region, r0, r1, change, thresholds.classify(change)));
        });
        return Optional.of(new TypologyResult(front, frontrunner.isPresent(), regions, missing));
    }

    private static String highestInFirstYear(Map<String, Levels> complete) {
        String best = null;
        double max = Double.NEGATIVE_INFINITY;
        for (var e : complete.entrySet()) {
            double v = e.getValue().from().getAsDouble();
            if (v > max) {
                max = v;
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * A region's productivity level in the first and last year of the window.
     *
     * @param from level in t0
     * @param to level in t1
     */
    public record Levels(OptionalDouble from, OptionalDouble to) {
        public static Levels of(double from, double to) {
            return new Levels(OptionalDouble.of(from), OptionalDouble.of(to));
        }
    }
}
